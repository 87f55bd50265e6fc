import { addDays, daysBetween } from '../../platform/time/index.js';
import type { DiscountPolicy } from './discounts.schema.js';

export interface QuotePayInFullOptions {
  balanceCents: number;
  /** The patient's local date today. */
  today: string;
  serviceOn?: string;
  firstStatementOn?: string;
  policy: DiscountPolicy;
}

export interface PayInFullQuote {
  kind: 'prompt_pay' | 'early_out' | null;
  discountPct: number;
  discountCents: number;
  amountDueCents: number;
  /** Last local date the discount applies, or null without one. */
  validThrough: string | null;
}

/** Discount in cents rounded half up in the patient's favour, in exact integer arithmetic. */
export function discountCentsFor(balanceCents: number, pct: number): number {
  const bp = BigInt(Math.round(pct * 100));
  return Number((BigInt(balanceCents) * bp + 5_000n) / 10_000n);
}

/** The best pay-in-full discount open today (prompt-pay or early-out), or none. */
export function quotePayInFull(opts: QuotePayInFullOptions): PayInFullQuote {
  const offers: PayInFullQuote[] = [];
  const { promptPay, earlyOut } = opts.policy;
  const offer = (kind: 'prompt_pay' | 'early_out', pct: number, from: string, days: number) => {
    const elapsed = daysBetween(from, opts.today);
    // Prompt pay is open before the visit too (pre-service estimates); early-out starts with the statement.
    if (elapsed > days || (kind === 'early_out' && elapsed < 0)) return;
    const discountCents = discountCentsFor(opts.balanceCents, pct);
    offers.push({ kind, discountPct: pct, discountCents, amountDueCents: opts.balanceCents - discountCents, validThrough: addDays(from, days) });
  };
  if (promptPay && opts.serviceOn) offer('prompt_pay', promptPay.pct, opts.serviceOn, promptPay.withinDaysOfService);
  if (earlyOut && opts.firstStatementOn) offer('early_out', earlyOut.pct, opts.firstStatementOn, earlyOut.withinDaysOfFirstStatement);
  offers.sort((a, b) => b.discountCents - a.discountCents);
  return offers[0] ?? { kind: null, discountPct: 0, discountCents: 0, amountDueCents: opts.balanceCents, validThrough: null };
}
