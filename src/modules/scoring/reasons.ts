import { FEATURES, TARGETS, type FeatureName, type Target } from './features.js';

/** A reason: the feature, its value for this account (to 4 decimals), and whether it raised (+1) or lowered (-1) the score. */
export type StoredReason = [FeatureName, number, 1 | -1];

/** Reason slots stored per score (`account_scores.reason_features` holds TARGETS.length × this). */
export const REASON_SLOTS = 3;

/**
 * The reasons of all three scores as `account_scores` stores them: two arrays of
 * TARGETS.length × REASON_SLOTS slots (pay_30's first, then pay_90's, then hardship's), the largest
 * reason first. `features[k]` is ±(index in FEATURES + 1), + when the feature raised the score and
 * − when it lowered it, 0 for an empty slot; `values[k]` is the feature's value in ten-thousandths
 * (it is stored rounded to 4 decimals, so the integer is exact). Two short integer arrays instead
 * of JSON keep the nightly rewrite of every score row small.
 */
export interface PackedReasons {
  features: number[];
  values: number[];
}

export function packReasons(byTarget: Record<Target, readonly StoredReason[]>): PackedReasons {
  const features: number[] = [];
  const values: number[] = [];
  for (const target of TARGETS) {
    const reasons = byTarget[target];
    for (let k = 0; k < REASON_SLOTS; k++) {
      const r = reasons[k];
      features.push(r ? r[2] * (FEATURES.indexOf(r[0]) + 1) : 0);
      values.push(r ? Math.round(r[1] * 10_000) : 0);
    }
  }
  return { features, values };
}

// node-postgres and PGlite return integer arrays as numbers; a text form ('{1,-2,0}') is read too.
const intArray = (v: readonly (number | string)[] | string | null | undefined): number[] =>
  v == null ? [] : typeof v === 'string' ? v.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number) : v.map(Number);

/** The stored arrays back as each score's reasons, largest first. */
export function unpackReasons(features: readonly (number | string)[] | string | null | undefined, values: readonly (number | string)[] | string | null | undefined): Record<Target, StoredReason[]> {
  const f = intArray(features);
  const v = intArray(values);
  const out = {} as Record<Target, StoredReason[]>;
  TARGETS.forEach((target, ti) => {
    const reasons: StoredReason[] = [];
    for (let k = 0; k < REASON_SLOTS; k++) {
      const code = f[ti * REASON_SLOTS + k] ?? 0;
      const feature = FEATURES[Math.abs(code) - 1];
      if (!code || !feature) continue;
      reasons.push([feature, (v[ti * REASON_SLOTS + k] ?? 0) / 10_000, code > 0 ? 1 : -1]);
    }
    out[target] = reasons;
  });
  return out;
}

export interface ScoreReason {
  feature: FeatureName;
  direction: 'up' | 'down';
  /** Plain words a staff member can read to the patient's situation. */
  text: string;
}

const money = (dollars: number) => `$${dollars.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const fromLog = (v: number) => Math.round(Math.expm1(v) * 100) / 100;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const words = ['no', 'one', 'two', 'three', 'four', 'five'];

/** What a feature's value means, in plain words (the same sentence whichever way it moved the score). */
export function reasonText(feature: FeatureName, value: number): string {
  const n = Math.round(value);
  switch (feature) {
    case 'log_balance':
      return `owes ${money(fromLog(value))} on this bill`;
    case 'days_past_due':
      return n > 0 ? `the bill is ${plural(n, 'day')} past due` : n === 0 ? 'the bill is due now or has no due date yet' : `the bill is not due for ${plural(-n, 'day')}`;
    case 'payments_last_year':
      return n > 0 ? `made ${plural(n, 'payment')} in the last year` : 'made no payments in the last year';
    case 'days_since_last_payment':
      return n >= 365 ? 'no payment in the last year' : n <= 7 ? 'paid within the last week' : `last paid ${plural(n, 'day')} ago`;
    case 'prompt_paid_bills':
      return n === 0 ? 'has not paid an earlier bill by its due date' : n === 1 ? 'paid an earlier bill by its due date' : `paid the last ${words[n] ?? n} bills by their due date`;
    case 'had_plan':
      return n ? 'has set up a payment plan before' : 'has never had a payment plan';
    case 'plan_trouble':
      return n ? 'a payment plan missed an installment or was paused' : 'no trouble with payment plans';
    case 'inbound_replies_90d':
      return n ? `replied or reached out ${n === 1 ? 'once' : `${n} times`} in the last 90 days` : 'has not replied in the last 90 days';
    case 'failed_messages_90d':
      return n ? `${plural(n, 'message')} did not reach them in the last 90 days` : 'our messages are reaching them';
    case 'messages_sent_90d':
      return n ? `received ${plural(n, 'message')} from us in the last 90 days` : 'has not heard from us in the last 90 days';
    case 'prior_assistance_approved':
      return n ? 'was approved for financial assistance before' : 'no earlier financial assistance approval';
    case 'prior_assistance_applied':
      return n ? 'applied for financial assistance before' : 'has not applied for financial assistance';
    case 'payer_medicaid':
      return n ? 'has Medicaid coverage on file' : 'no Medicaid coverage on file';
    case 'payer_medicare':
      return n ? 'has Medicare coverage on file' : 'no Medicare coverage on file';
    case 'payer_self_pay':
      return n ? 'no insurance on file (self-pay)' : 'has insurance on file';
    case 'log_other_balance':
      return value > 0 ? `also owes ${money(fromLog(value))} on other bills` : 'no other unpaid bills';
    case 'income_known':
      return n ? 'household income is on file from an assistance application' : 'no household income on file';
    case 'balance_share_of_monthly_income':
      if (value <= 0) return 'no household income on file to compare the balance with';
      return value > 0.1 ? `balance is more than 10% of estimated monthly income (${Math.round(value * 100)}%)` : 'balance is under 10% of estimated monthly income';
    case 'income_at_or_below_200_fpl':
      return n ? 'reported income is at or below 200% of the federal poverty guideline' : 'reported income is above 200% of the poverty guideline, or not known';
    case 'zip_low_income':
      return n ? 'lives in an area with lower median household income' : 'area income is not low, or not known';
  }
}

/** Stored reasons in plain words. */
export function explainReasons(stored: readonly StoredReason[] | undefined): ScoreReason[] {
  return (stored ?? []).map(([feature, value, dir]) => ({ feature, direction: dir > 0 ? 'up' : 'down', text: reasonText(feature, value) }));
}

/** What each score means, for headings and the fairness report. */
export const TARGET_LABELS: Record<Target, string> = {
  pay_30: 'Likely to pay within 30 days',
  pay_90: 'Likely to pay within 90 days',
  hardship: 'Likely financial hardship',
};
