import type { BenefitBalance, CoverageRecord, EobItem, EobRecord, IngestEvent, SourceLocation } from '../../types.js';
import { isObject, type FhirReader, type Json } from '../fhir-reader.js';
import { at, refList, requireRef, servicedDate, type MapContext } from './shared.js';
import { AdjudicationAccumulator, mergeTotals } from '../map-adjudication.js';
import { mapCoverage } from './coverage.js';

function readAdjudications(r: FhirReader, list: unknown, path: string, acc: AdjudicationAccumulator): void {
  const adjs = r.arr(list, path);
  for (let j = 0; j < adjs.length; j++) {
    const ap = `${path}[${j}]`;
    const a = r.obj(adjs[j], ap);
    if (a === null) continue;
    const code = r.code(a['category'], `${ap}.category`);
    if (code === null) continue;
    const cents = r.money(a['amount'], `${ap}.amount`);
    if (cents !== null) acc.add(code, cents);
  }
}

/**
 * An ExplanationOfBenefit with adjudicated lines and totals; the Coverages it contains are mapped
 * first and pushed to `pending` once per file.
 */
export function mapEob(
  r: FhirReader,
  res: Json,
  p: string,
  key: string,
  source: SourceLocation,
  ctx: MapContext,
  pending: IngestEvent[],
): EobRecord {
  const patientKey = requireRef(r, res, p, 'patient', 'Patient');
  // Contained Coverages first: `insurance.coverage` may point at them with `#id`.
  const contained = r.arr(res['contained'], at(p, 'contained'));
  for (let i = 0; i < contained.length; i++) {
    const cp = `${at(p, 'contained')}[${i}]`;
    const c = contained[i];
    if (!isObject(c) || c['resourceType'] !== 'Coverage') continue;
    const cov = mapCoverage(r, c, cp, '', source, key);
    const covKey = containedCoverageKey(cov, key, c);
    cov.key = covKey;
    if (typeof c['id'] === 'string') r.scope!.contained.set(c['id'], covKey);
    if (!ctx.seenCoverages.has(covKey)) {
      ctx.seenCoverages.add(covKey);
      pending.push(cov);
    }
  }
  const created = r.moment(res['created'], at(p, 'created'));
  const billable = r.period(res['billablePeriod'], at(p, 'billablePeriod'));
  const insurerField = res['insurer'] !== undefined ? 'insurer' : 'organization';
  const coverageKeys: string[] = [];
  const insurance = r.arr(res['insurance'], at(p, 'insurance'), true);
  for (let i = 0; i < insurance.length; i++) {
    const ip = `${at(p, 'insurance')}[${i}]`;
    const ins = r.obj(insurance[i], ip);
    if (ins === null) continue;
    const k = r.ref(ins['coverage'], `${ip}.coverage`, 'Coverage');
    if (k !== null && !coverageKeys.includes(k)) coverageKeys.push(k);
  }

  const itemsIn = r.arr(res['item'], at(p, 'item'));
  const items: EobItem[] = [];
  for (let i = 0; i < itemsIn.length; i++) {
    const ip = `${at(p, 'item')}[${i}]`;
    const it = r.obj(itemsIn[i], ip);
    if (it === null) continue;
    const acc = new AdjudicationAccumulator();
    readAdjudications(r, it['adjudication'], `${ip}.adjudication`, acc);
    const productField = it['productOrService'] !== undefined ? 'productOrService' : 'service';
    const [productSystem, productCode, productDisplay] = r.coding(it[productField], `${ip}.${productField}`);
    const qty = r.obj(it['quantity'], `${ip}.quantity`);
    items.push({
      sequence: r.num(it['sequence'], `${ip}.sequence`),
      productSystem,
      productCode,
      productDisplay,
      quantity: qty === null ? null : r.num(qty['value'], `${ip}.quantity.value`),
      netCents: r.money(it['net'], `${ip}.net`),
      servicedDate: servicedDate(r, it, ip),
      encounterKeys: refList(r, it['encounter'], `${ip}.encounter`, 'Encounter'),
      adjudication: acc.toAmounts(),
    });
  }

  const header = new AdjudicationAccumulator();
  const totals = r.arr(res['total'], at(p, 'total'));
  for (let i = 0; i < totals.length; i++) {
    const tp = `${at(p, 'total')}[${i}]`;
    const t = r.obj(totals[i], tp);
    if (t === null) continue;
    const code = r.code(t['category'], `${tp}.category`);
    const cents = r.money(t['amount'], `${tp}.amount`);
    if (code !== null && cents !== null) header.add(code, cents);
  }
  readAdjudications(r, res['adjudication'], at(p, 'adjudication'), header);
  // STU3: totalCost (submitted) and totalBenefit (paid).
  const totalCost = r.money(res['totalCost'], at(p, 'totalCost'));
  if (totalCost !== null) header.add('submitted', totalCost);
  const totalBenefit = r.money(res['totalBenefit'], at(p, 'totalBenefit'));
  if (totalBenefit !== null) header.add('benefit', totalBenefit);

  const payment = r.obj(res['payment'], at(p, 'payment'));
  const paymentCents = payment === null ? null : r.money(payment['amount'], at(p, 'payment.amount'));
  const paymentDate = payment === null ? null : (r.moment(payment['date'], at(p, 'payment.date'))?.date ?? null);

  const benefitBalances: BenefitBalance[] = [];
  const bbs = r.arr(res['benefitBalance'], at(p, 'benefitBalance'));
  for (let i = 0; i < bbs.length; i++) {
    const bp = `${at(p, 'benefitBalance')}[${i}]`;
    const bb = r.obj(bbs[i], bp);
    if (bb === null) continue;
    const categoryCode = r.code(bb['category'], `${bp}.category`);
    const fins = r.arr(bb['financial'], `${bp}.financial`);
    for (let j = 0; j < fins.length; j++) {
      const fp = `${bp}.financial[${j}]`;
      const f = r.obj(fins[j], fp);
      if (f === null) continue;
      benefitBalances.push({
        categoryCode,
        typeCode: r.code(f['type'], `${fp}.type`),
        allowedCents: r.money(f['allowedMoney'], `${fp}.allowedMoney`),
        usedCents: r.money(f['usedMoney'], `${fp}.usedMoney`),
      });
    }
  }

  const itemAmounts = items.map((i) => i.adjudication);
  return {
    kind: 'eob',
    key,
    source,
    identifiers: r.identifiers(res['identifier'], at(p, 'identifier')),
    claimKey: r.ref(res['claim'], at(p, 'claim'), 'Claim'),
    patientKey,
    status: r.str(res['status'], at(p, 'status')),
    outcome: r.code(res['outcome'], at(p, 'outcome')),
    use: r.str(res['use'], at(p, 'use')),
    typeCode: r.code(res['type'], at(p, 'type')),
    createdAt: created?.instant ?? null,
    billablePeriodStart: billable.start?.date ?? null,
    billablePeriodEnd: billable.end?.date ?? null,
    insurerKey: r.ref(res[insurerField], at(p, insurerField), 'Organization'),
    insurerName: r.refDisplay(res[insurerField], at(p, insurerField)),
    providerKey: r.ref(res['provider'], at(p, 'provider'), null),
    providerName: r.refDisplay(res['provider'], at(p, 'provider')),
    coverageKeys,
    totals: mergeTotals(header.toAmounts(), itemAmounts),
    paymentCents,
    paymentDate,
    items,
    benefitBalances,
  };
}

function containedCoverageKey(cov: CoverageRecord, eobKey: string, res: Json): string {
  const id = cov.identifiers[0];
  if (id !== undefined) return `Coverage?identifier=${id.system ?? ''}|${id.value}`;
  if (cov.patientKey !== null && (cov.payerName !== null || cov.payerKey !== null)) {
    return `Coverage?beneficiary=${cov.patientKey}&payor=${cov.payerKey ?? cov.payerName}`;
  }
  return `${eobKey}#${typeof res['id'] === 'string' ? res['id'] : 'coverage'}`;
}
