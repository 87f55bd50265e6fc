import type { InvoiceLine, InvoiceRecord, SourceLocation } from '../../types.js';
import type { FhirReader, Json } from '../fhir-reader.js';
import { at } from './shared.js';

const PRICE_SIGN: Record<string, number> = { base: 1, surcharge: 1, tax: 1, deduction: -1, discount: -1 };

/** An Invoice with its lines, each line's amount summed from its signed price components. */
export function mapInvoice(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): InvoiceRecord {
  const lineItems = r.arr(res['lineItem'], at(p, 'lineItem'));
  const lines: InvoiceLine[] = [];
  for (let i = 0; i < lineItems.length; i++) {
    const lp = `${at(p, 'lineItem')}[${i}]`;
    const li = r.obj(lineItems[i], lp);
    if (li === null) continue;
    const [, code, display] = r.coding(li['chargeItemCodeableConcept'], `${lp}.chargeItemCodeableConcept`);
    let amountCents: number | null = null;
    const comps = r.arr(li['priceComponent'], `${lp}.priceComponent`);
    for (let j = 0; j < comps.length; j++) {
      const cp = `${lp}.priceComponent[${j}]`;
      const c = r.obj(comps[j], cp);
      if (c === null) continue;
      const t = r.str(c['type'], `${cp}.type`);
      const cents = r.money(c['amount'], `${cp}.amount`);
      const sign = t === null ? 0 : (PRICE_SIGN[t] ?? 0);
      if (cents !== null && sign !== 0) amountCents = (amountCents ?? 0) + sign * cents;
    }
    lines.push({
      sequence: r.num(li['sequence'], `${lp}.sequence`),
      chargeItemKey: r.ref(li['chargeItemReference'], `${lp}.chargeItemReference`, 'ChargeItem'),
      code,
      display,
      amountCents,
    });
  }
  return {
    kind: 'invoice',
    key,
    source,
    identifiers: r.identifiers(res['identifier'], at(p, 'identifier')),
    status: r.str(res['status'], at(p, 'status')),
    patientKey: r.ref(res['subject'], at(p, 'subject'), 'Patient'),
    recipientKey: r.ref(res['recipient'], at(p, 'recipient'), 'Patient'),
    accountKey: r.ref(res['account'], at(p, 'account'), 'Account'),
    issuerKey: r.ref(res['issuer'], at(p, 'issuer'), 'Organization'),
    date: r.moment(res['date'], at(p, 'date'))?.date ?? null,
    totalNetCents: r.money(res['totalNet'], at(p, 'totalNet')),
    totalGrossCents: r.money(res['totalGross'], at(p, 'totalGross')),
    lines,
  };
}
