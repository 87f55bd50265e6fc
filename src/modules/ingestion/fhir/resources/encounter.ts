import type { EncounterRecord, SourceLocation } from '../../types.js';
import type { FhirReader, Json } from '../fhir-reader.js';
import { at } from './shared.js';

/** An Encounter: who, when, where, and the accounts it is billed on. */
export function mapEncounter(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): EncounterRecord {
  let cls = res['class'];
  if (Array.isArray(cls)) cls = cls[0]; // R5 made class a list
  const period = r.period(res['period'], at(p, 'period'));
  const types = r.arr(res['type'], at(p, 'type'));
  const [, typeCode, typeDisplay] = types.length > 0 ? r.coding(types[0], `${at(p, 'type')}[0]`) : [null, null, null];
  const typeText = types.length > 0 ? (r.text(types[0], `${at(p, 'type')}[0]`) ?? typeDisplay) : null;
  const accounts = r.arr(res['account'], at(p, 'account'));
  const accountKeys: string[] = [];
  for (let i = 0; i < accounts.length; i++) {
    const k = r.ref(accounts[i], `${at(p, 'account')}[${i}]`, 'Account');
    if (k !== null) accountKeys.push(k);
  }
  return {
    kind: 'encounter',
    key,
    source,
    identifiers: r.identifiers(res['identifier'], at(p, 'identifier')),
    // DSTU2 used `patient`.
    patientKey:
      r.ref(res['subject'], at(p, 'subject'), 'Patient') ?? r.ref(res['patient'], at(p, 'patient'), 'Patient'),
    status: r.str(res['status'], at(p, 'status')),
    classCode: r.code(cls, at(p, 'class')),
    typeCode,
    typeText,
    periodStart: period.start?.instant ?? null,
    periodEnd: period.end?.instant ?? null,
    serviceDate: period.start?.date ?? null,
    serviceProviderKey: r.ref(res['serviceProvider'], at(p, 'serviceProvider'), 'Organization'),
    serviceProviderName: r.refDisplay(res['serviceProvider'], at(p, 'serviceProvider')),
    accountKeys,
  };
}
