import { sql, type SQL } from 'drizzle-orm';
import { fromJsonRow, rows, type Queryable } from '../../platform/db/index.js';
import { LIVE_PLAN_STATUSES } from './plan-store.js';
import { remainingCents, unpaidInstallments, type PlanInstallment, type PlanStatus } from './plan-state.js';
import { paymentPlans, planHistory } from './schema.js';

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

/**
 * The account's plan with its history as one jsonb value (null without a plan), for a statement
 * that reads more than the plan (the account page); `accountPlanFromJson` turns it into the view.
 * `accountId` is an SQL expression (a column of the outer statement, or a parameter).
 */
export function accountPlanJsonSql(tenantId: SQL, accountId: SQL, opts: { includeClosed?: boolean } = {}): SQL {
  return sql`(select jsonb_build_object('plan', to_jsonb(p),
        'history', (select coalesce(jsonb_agg(to_jsonb(h) order by h.id), '[]'::jsonb) from plan_history h where h.tenant_id = p.tenant_id and h.plan_id = p.id))
      from payment_plans p
      where p.tenant_id = ${tenantId} and p.account_id = ${accountId} ${opts.includeClosed ? sql`` : sql`and p.status in (${sql.join([...LIVE_PLAN_STATUSES, 'defaulted'].map((x) => sql`${x}`), sql`, `)})`}
      order by p.created_at desc limit 1)`;
}

/** The view of a plan read by accountPlanJsonSql. */
export function accountPlanFromJson(found: { plan: Record<string, unknown>; history: Array<Record<string, unknown>> } | null): AccountPlanView | null {
  if (!found) return null;
  const row = fromJsonRow(paymentPlans, found.plan);
  const history = found.history.map((h) => fromJsonRow(planHistory, h));
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

/** The account's current plan (or latest closed one) as staff and the portal show it, or null: one statement. */
export async function getAccountPlan(q: Queryable, opts: { tenantId: string; accountId: string; includeClosed?: boolean }): Promise<AccountPlanView | null> {
  const [found] = await rows<{ plan: Parameters<typeof accountPlanFromJson>[0] }>(q, sql`select ${accountPlanJsonSql(sql`${opts.tenantId}`, sql`${opts.accountId}`, opts)} as plan`);
  return accountPlanFromJson(found?.plan ?? null);
}
