import { AppError } from '../../platform/errors/index.js';
import type { EligibilityResult } from '../claims/index.js';
import type { PriceListItem } from './price-list.js';
import { formatCents } from '../../platform/money/index.js';

export interface EstimateLine {
  code: string;
  description: { en: string; es: string };
  quantity: number;
  grossChargeCents: number;
  /** What is expected to be charged: the payer's rate when insured, the cash price when self-pay. */
  expectedCents: number;
}

export interface PatientEstimate {
  kind: 'insured' | 'self_pay';
  lines: EstimateLine[];
  grossChargeCents: number;
  expectedCents: number;
  /** What the patient is expected to pay, and what insurance is expected to pay. */
  patientCents: number;
  insuranceCents: number;
  /** How the patient's share was worked out, as plain sentences (EN/ES). */
  basis: { en: string[]; es: string[] };
}

const usd = (c: number, lang: 'en' | 'es') => formatCents(c, lang === 'es' ? 'es-US' : 'en-US');

/**
 * A patient estimate for planned services. Insured: the payer's rate, then the benefits from the
 * last 271 (a copay for the visit's service type; otherwise what is left of the deductible, then
 * coinsurance), capped by what is left of the out-of-pocket maximum. Self-pay: the cash price.
 * Pure: the same inputs give the same estimate.
 */
export function estimateVisit(opts: { items: Array<{ code: string; quantity?: number }>; priceList: PriceListItem[]; benefits: EligibilityResult | null }): PatientEstimate {
  const issues = opts.items.flatMap((it, i) => {
    const out = [];
    if (!opts.priceList.some((p) => p.code === it.code)) out.push({ path: `items[${i}].code`, message: `${it.code} is not on the price list` });
    if (it.quantity !== undefined && (!Number.isInteger(it.quantity) || it.quantity < 1 || it.quantity > 99)) out.push({ path: `items[${i}].quantity`, message: 'a whole number from 1 to 99' });
    return out;
  });
  if (!opts.items.length) issues.push({ path: 'items', message: 'choose at least one service' });
  if (issues.length) throw new AppError('validation_failed', { message: issues.map((x) => `${x.path}: ${x.message}`).join('; '), issues });
  const insured = opts.benefits !== null && opts.benefits.active;
  const lines = opts.items.map((it): EstimateLine => {
    const p = opts.priceList.find((x) => x.code === it.code)!;
    const q = it.quantity ?? 1;
    return { code: p.code, description: p.description, quantity: q, grossChargeCents: p.grossChargeCents * q, expectedCents: (insured ? p.negotiatedRateCents : p.cashPriceCents) * q };
  });
  const grossChargeCents = lines.reduce((s, l) => s + l.grossChargeCents, 0);
  const expectedCents = lines.reduce((s, l) => s + l.expectedCents, 0);
  const en: string[] = [];
  const es: string[] = [];
  if (!insured) {
    en.push(`Self-pay price for these services: ${usd(expectedCents, 'en')} (the full price list total is ${usd(grossChargeCents, 'en')}).`);
    es.push(`Precio para pago por cuenta propia: ${usd(expectedCents, 'es')} (el total de la lista de precios es ${usd(grossChargeCents, 'es')}).`);
    return { kind: 'self_pay', lines, grossChargeCents, expectedCents, patientCents: expectedCents, insuranceCents: 0, basis: { en, es } };
  }
  const b = opts.benefits!;
  let patient = 0;
  const copayTypes = new Set<string>();
  let rest = 0;
  for (const l of lines) {
    const type = opts.priceList.find((x) => x.code === l.code)!.serviceType;
    const copay = type !== '30' ? b.copayCents[type] : undefined;
    if (copay !== undefined) {
      if (!copayTypes.has(type)) patient += Math.min(copay, l.expectedCents);
      copayTypes.add(type);
    } else rest += l.expectedCents;
  }
  if (copayTypes.size) {
    en.push(`Your plan's copay for this visit: ${usd(patient, 'en')}.`);
    es.push(`El copago de su plan para esta visita: ${usd(patient, 'es')}.`);
  }
  if (rest > 0) {
    const deductibleLeft = b.deductible.remainingCents ?? 0;
    const toDeductible = Math.min(rest, deductibleLeft);
    const coinsurance = Math.round(((rest - toDeductible) * (b.coinsurancePercent ?? 0)) / 100);
    patient += toDeductible + coinsurance;
    if (toDeductible) {
      en.push(`${usd(toDeductible, 'en')} goes toward your deductible (${usd(deductibleLeft, 'en')} was left to meet).`);
      es.push(`${usd(toDeductible, 'es')} se aplica a su deducible (le faltaban ${usd(deductibleLeft, 'es')}).`);
    }
    if (coinsurance) {
      en.push(`Your coinsurance of ${b.coinsurancePercent}% on the rest: ${usd(coinsurance, 'en')}.`);
      es.push(`Su coseguro del ${b.coinsurancePercent}% sobre el resto: ${usd(coinsurance, 'es')}.`);
    }
  }
  const oopLeft = b.outOfPocket.remainingCents;
  if (oopLeft !== null && patient > oopLeft) {
    patient = oopLeft;
    en.push(`You will not pay more than what is left of your yearly out-of-pocket maximum: ${usd(oopLeft, 'en')}.`);
    es.push(`No pagará más de lo que le queda de su máximo anual de gastos de bolsillo: ${usd(oopLeft, 'es')}.`);
  }
  patient = Math.min(patient, expectedCents);
  return { kind: 'insured', lines, grossChargeCents, expectedCents, patientCents: patient, insuranceCents: expectedCents - patient, basis: { en, es } };
}
