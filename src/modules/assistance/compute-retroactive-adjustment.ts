import { z } from 'zod';
import { fapExcessPaymentRefundCents } from '../compliance/index.js';
import { assistanceError } from './errors.js';

const cents = z.number().int().min(0);
const pct = z.number().min(0).max(100);

export const RetroactiveAdjustmentInput = z.object({
  accounts: z.array(
    z.object({
      accountId: z.string().optional(),
      /** Full gross charges (chargemaster prices) of the care on the account. */
      grossChargesCents: cents,
      /** What the patient still owes today. */
      patientBalanceCents: cents,
      /** What the patient has already paid on it. */
      patientPaidCents: cents,
    }),
  ),
  discountPct: pct,
  /** AGB as % of gross charges; absent: no AGB cap. */
  agbPct: pct.optional(),
  /**
   * Smallest excess that is refunded. Default 0: every cent. 26 CFR 1.501(r)-6(c) lets a hospital
   * keep an excess under $5 (500); such an excess is reported as unrefundedExcessCents.
   */
  minimumRefundCents: cents.default(0),
});
export type RetroactiveAdjustmentInput = z.input<typeof RetroactiveAdjustmentInput>;

export interface AccountAdjustment {
  accountId?: string;
  /** balance + paid: what the patient was asked to pay in all. */
  originalResponsibilityCents: number;
  /** What the patient is responsible for after the discount and the AGB cap. */
  newResponsibilityCents: number;
  agbCapCents: number | null;
  /** Reduction of the balance (an adjustment entry on the ledger). */
  adjustmentCents: number;
  /** Money the patient paid beyond the new responsibility, to be refunded. */
  refundCents: number;
  /** An excess below minimumRefundCents, kept (0 unless a minimum is set). */
  unrefundedExcessCents: number;
  newBalanceCents: number;
}

export interface RetroactiveAdjustment {
  accounts: AccountAdjustment[];
  totals: { adjustmentCents: number; refundCents: number; unrefundedExcessCents: number; newBalanceCents: number };
}

/** floor(amount * pct / 100), exact: the patient's share is rounded in their favour. */
function floorShare(amountCents: number, pct: number): number {
  return Number((BigInt(amountCents) * BigInt(Math.round(pct * 100))) / 10_000n);
}

/**
 * Applies an approved assistance decision to past accounts: the patient's responsibility becomes
 * the discounted amount, never above AGB% of gross charges; the balance drops accordingly (never
 * below zero) and anything paid beyond the new responsibility is refunded.
 */
export function computeRetroactiveAdjustment(input: RetroactiveAdjustmentInput): RetroactiveAdjustment {
  const parsed = RetroactiveAdjustmentInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw assistanceError('invalid_input', { message: `${issue.path.join('.')}: ${issue.message}` });
  }
  const { accounts, discountPct, agbPct, minimumRefundCents } = parsed.data;
  const out = accounts.map((a): AccountAdjustment => {
    const original = a.patientBalanceCents + a.patientPaidCents;
    const discounted = floorShare(original, 100 - discountPct);
    const agbCapCents = agbPct === undefined ? null : floorShare(a.grossChargesCents, agbPct);
    const newResponsibility = Math.min(original, discounted, agbCapCents ?? Number.MAX_SAFE_INTEGER);
    const newBalance = Math.max(0, newResponsibility - a.patientPaidCents);
    const excess = Math.max(0, a.patientPaidCents - newResponsibility);
    const refundCents = fapExcessPaymentRefundCents({ paidCents: a.patientPaidCents, responsibleCents: newResponsibility, minimumRefundCents });
    return {
      ...(a.accountId === undefined ? {} : { accountId: a.accountId }),
      originalResponsibilityCents: original,
      newResponsibilityCents: newResponsibility,
      agbCapCents,
      adjustmentCents: a.patientBalanceCents - newBalance,
      refundCents,
      unrefundedExcessCents: excess - refundCents,
      newBalanceCents: newBalance,
    };
  });
  const sum = (f: (x: AccountAdjustment) => number) => out.reduce((s, x) => s + f(x), 0);
  return {
    accounts: out,
    totals: {
      adjustmentCents: sum((x) => x.adjustmentCents),
      refundCents: sum((x) => x.refundCents),
      unrefundedExcessCents: sum((x) => x.unrefundedExcessCents),
      newBalanceCents: sum((x) => x.newBalanceCents),
    },
  };
}
