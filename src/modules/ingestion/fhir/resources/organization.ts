import type { OrganizationRecord, SourceLocation } from '../../types.js';
import type { FhirReader, Json } from '../fhir-reader.js';
import { at } from './shared.js';

const NPI_SYSTEM = 'http://hl7.org/fhir/sid/us-npi';
const TAX_ID_SYSTEM = 'urn:oid:2.16.840.1.113883.4.4';

/** An Organization (payer or provider) with its NPI and tax id when given. */
export function mapOrganization(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): OrganizationRecord {
  const identifiers = r.identifiers(res['identifier'], at(p, 'identifier'));
  const types = r.arr(res['type'], at(p, 'type'));
  return {
    kind: 'organization',
    key,
    source,
    identifiers,
    name: r.str(res['name'], at(p, 'name')),
    npi: identifiers.find((i) => i.system === NPI_SYSTEM || i.type === 'NPI')?.value ?? null,
    taxId: identifiers.find((i) => i.system === TAX_ID_SYSTEM || i.type === 'TAX')?.value ?? null,
    typeCode: types.length > 0 ? r.code(types[0], `${at(p, 'type')}[0]`) : null,
    active: r.bool(res['active'], at(p, 'active')),
    address: r.address(res['address'], at(p, 'address')),
    phone: r.telecom(res['telecom'], at(p, 'telecom'), 'phone'),
  };
}
