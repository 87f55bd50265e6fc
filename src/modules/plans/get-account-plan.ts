import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/index.js';
import { findAccountPlan } from './plan-store.js';
import { remainingCents, unpaidInstallments, type PlanInstallment, type PlanStatus } from './plan-state.js';
import { planHistory } from './schema.js';

export interface AccountPlanView {
  id: string;
  accountId: string;
  status: PlanStatus;
  totalCents: number;
  remainingCents: number;
  monthlyPaymentCents: number;
  nextDue: { seq: number; dueOn: string; amountCents: number } | null;
  installments: PlanInstallment[];
  history: Array<{ at: string; from: string | null; to: string; reason: string }>;
  autopay: { brand: string | null; last4: string } | null;
  pausedUntil: string | null;
  createdAt: string;
  /** The payment-policy version the plan was set up under (0: settings or defaults; null: set up before versions were recorded). */
  paymentPolicyVersion: number | null;
}

/** The account's current plan (or latest closed one) as staff and the portal show it, or null. */
export async function getAccountPlan(q: Queryable, opts: { tenantId: string; accountId: string; includeClosed?: boolean }): Promise<AccountPlanView | null> {
  const row = await findAccountPlan(q, { ...opts });
  if (!row) return null;
  const history = await q.select().from(planHistory).where(eq(planHistory.planId, row.id)).orderBy(asc(planHistory.id));
  const next = unpaidInstallments(row.state)[0];
  return {
    id: row.id,
    accountId: row.accountId,
    status: row.status,
    totalCents: row.totalCents,
    remainingCents: remainingCents(row.state),
    monthlyPaymentCents: row.monthlyPaymentCents,
    nextDue: next ? { seq: next.seq, dueOn: next.dueOn, amountCents: next.amountCents - next.paidCents } : null,
    installments: row.state.installments,
    history: history.map((h) => ({ at: h.at.toISOString(), from: h.fromStatus, to: h.toStatus, reason: h.reason })),
    autopay: row.autopayCardLast4 ? { brand: row.autopayCardBrand, last4: row.autopayCardLast4 } : null,
    pausedUntil: row.state.pausedUntil,
    createdAt: row.createdAt.toISOString(),
    paymentPolicyVersion: row.paymentPolicyVersion,
  };
}
