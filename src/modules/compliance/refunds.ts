/**
 * After a nonprofit hospital finds a patient eligible for financial assistance, it refunds what
 * the patient paid beyond what they are now responsible for, unless the excess is under $5
 * (26 CFR 1.501(r)-6(c)(6), the threshold the IRS may change by guidance: pass it if it has).
 */
export function fapExcessPaymentRefundCents(opts: {
  paidCents: number;
  responsibleCents: number;
  /** Smallest excess that must be refunded (default $5.00). */
  minimumRefundCents?: number;
}): number {
  const excess = opts.paidCents - Math.max(0, opts.responsibleCents);
  if (excess <= 0) return 0;
  return excess < (opts.minimumRefundCents ?? 500) ? 0 : excess;
}
