import type { ClaimItem, ClaimRecord, SourceLocation } from '../../types.js';
import type { FhirReader, Json } from '../fhir-reader.js';
import { at, refList, requireRef, servicedDate } from './shared.js';

function pushUnique(into: string[], keys: readonly string[]): void {
  for (const k of keys) if (!into.includes(k)) into.push(k);
}

/** A Claim with its lines; it must name its patient. */
export function mapClaim(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): ClaimRecord {
  const patientKey = requireRef(r, res, p, 'patient', 'Patient');
  const created = r.moment(res['created'], at(p, 'created'));
  const billable = r.period(res['billablePeriod'], at(p, 'billablePeriod'));
  // STU3 named the billing provider `organization`.
  const providerField = res['provider'] !== undefined ? 'provider' : 'organization';
  const insurance = r.arr(res['insurance'], at(p, 'insurance'), true);
  const coverageKeys: string[] = [];
  const coverageDisplays: string[] = [];
  for (let i = 0; i < insurance.length; i++) {
    const ip = `${at(p, 'insurance')}[${i}]`;
    const ins = r.obj(insurance[i], ip);
    if (ins === null) continue;
    const k = r.ref(ins['coverage'], `${ip}.coverage`, 'Coverage');
    if (k !== null) coverageKeys.push(k);
    const d = r.refDisplay(ins['coverage'], `${ip}.coverage`);
    if (d !== null) coverageDisplays.push(d);
  }
  const encounterKeys = refList(r, res['encounter'], at(p, 'encounter'), 'Encounter');
  const itemsIn = r.arr(res['item'], at(p, 'item'));
  const items: ClaimItem[] = [];
  for (let i = 0; i < itemsIn.length; i++) {
    const ip = `${at(p, 'item')}[${i}]`;
    const it = r.obj(itemsIn[i], ip);
    if (it === null) continue;
    const productField = it['productOrService'] !== undefined ? 'productOrService' : 'service';
    const [productSystem, productCode, productDisplay] = r.coding(it[productField], `${ip}.${productField}`);
    const itemEncounters = refList(r, it['encounter'], `${ip}.encounter`, 'Encounter');
    pushUnique(encounterKeys, itemEncounters);
    const qty = r.obj(it['quantity'], `${ip}.quantity`);
    items.push({
      sequence: r.num(it['sequence'], `${ip}.sequence`),
      productSystem,
      productCode,
      productDisplay,
      quantity: qty === null ? null : r.num(qty['value'], `${ip}.quantity.value`),
      unitPriceCents: r.money(it['unitPrice'], `${ip}.unitPrice`),
      netCents: r.money(it['net'], `${ip}.net`),
      servicedDate: servicedDate(r, it, ip),
      encounterKeys: itemEncounters,
    });
  }
  return {
    kind: 'claim',
    key,
    source,
    identifiers: r.identifiers(res['identifier'], at(p, 'identifier')),
    patientKey,
    status: r.str(res['status'], at(p, 'status')),
    use: r.str(res['use'], at(p, 'use')),
    typeCode: r.code(res['type'], at(p, 'type')),
    createdAt: created?.instant ?? null,
    billablePeriodStart: billable.start?.date ?? null,
    billablePeriodEnd: billable.end?.date ?? null,
    providerKey: r.ref(res[providerField], at(p, providerField), 'Organization'),
    providerName: r.refDisplay(res[providerField], at(p, providerField)),
    insurerKey: r.ref(res['insurer'], at(p, 'insurer'), 'Organization'),
    insurerName: r.refDisplay(res['insurer'], at(p, 'insurer')),
    coverageKeys,
    coverageDisplays,
    encounterKeys,
    totalCents: r.money(res['total'], at(p, 'total'), true),
    items,
  };
}
