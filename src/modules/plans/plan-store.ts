import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/index.js';
import { refreshAccountBalances } from '../ledger/index.js';
import { publishAccountChanged } from '../../platform/events/index.js';
import { isLive, remainingCents, unpaidInstallments, type ServicedPlan } from './plan-state.js';
import { paymentPlans, planHistory, planInstallments, type PaymentPlanRow } from './schema.js';

export const LIVE_PLAN_STATUSES = ['active', 'grace', 'missed', 'hardship_paused', 'replan_offered'] as const;

/** A plan's status and installments (what a journey needs of it). */
export function planView(plan: ServicedPlan): { status: ServicedPlan['status']; installments: Array<{ seq: number; dueOn: string; amountCents: number; paidCents: number }> } {
  return { status: plan.status, installments: plan.installments.map((i) => ({ seq: i.seq, dueOn: i.dueOn, amountCents: i.amountCents, paidCents: i.paidCents })) };
}

/** The account's live plan (or its latest one with `includeClosed`), locked for update when asked. */
export async function findAccountPlan(q: Queryable, opts: { tenantId: string; accountId: string; includeClosed?: boolean; forUpdate?: boolean }): Promise<PaymentPlanRow | null> {
  const base = q
    .select()
    .from(paymentPlans)
    .where(
      and(
        eq(paymentPlans.tenantId, opts.tenantId),
        eq(paymentPlans.accountId, opts.accountId),
        opts.includeClosed ? undefined : inArray(paymentPlans.status, [...LIVE_PLAN_STATUSES, 'defaulted']),
      ),
    )
    .orderBy(sql`${paymentPlans.createdAt} desc`)
    .limit(1);
  const [row] = opts.forUpdate ? await base.for('update') : await base;
  return row ?? null;
}

export async function findPlan(q: Queryable, opts: { tenantId: string; planId: string; forUpdate?: boolean }): Promise<PaymentPlanRow | null> {
  const base = q.select().from(paymentPlans).where(and(eq(paymentPlans.tenantId, opts.tenantId), eq(paymentPlans.id, opts.planId)));
  const [row] = opts.forUpdate ? await base.for('update') : await base;
  return row ?? null;
}

/**
 * Writes a plan's new value: the row (status, remaining, next due date, the full value), its
 * installments and the history entries added since `before`; publishes `account.changed`; and moves the
 * account in or out of the `plan` status. Does nothing when the value did not change.
 */
export async function savePlan(q: Queryable, row: PaymentPlanRow, plan: ServicedPlan, now: Date): Promise<PaymentPlanRow> {
  const before = row.state;
  if (JSON.stringify(before) === JSON.stringify(plan)) return row;
  const nextDue = unpaidInstallments(plan)[0]?.dueOn ?? null;
  const [saved] = await q
    .update(paymentPlans)
    .set({ status: plan.status, remainingCents: remainingCents(plan), nextDueOn: nextDue, anchorDay: plan.anchorDay, state: plan, updatedAt: now, version: row.version + 1 })
    .where(and(eq(paymentPlans.id, row.id), eq(paymentPlans.version, row.version)))
    .returning();
  if (!saved) throw new Error(`plan ${row.id} changed concurrently`);
  await writeInstallments(q, row.tenantId, plan);
  const added = plan.history.slice(before.history.length);
  if (added.length) {
    await q.insert(planHistory).values(added.map((h) => ({ planId: plan.id, tenantId: row.tenantId, at: new Date(h.at), fromStatus: h.from, toStatus: h.to, reason: h.reason })));
  }
  await afterPlanChange(q, saved, plan, now);
  return saved;
}

export async function writeInstallments(q: Queryable, tenantId: string, plan: ServicedPlan): Promise<void> {
  await q.delete(planInstallments).where(eq(planInstallments.planId, plan.id));
  if (plan.installments.length) {
    await q.insert(planInstallments).values(plan.installments.map((i) => ({ planId: plan.id, seq: i.seq, tenantId, dueOn: i.dueOn, amountCents: i.amountCents, paidCents: i.paidCents })));
  }
}

/** Keeps the account status in step with the plan and tells subscribers (outreach) it changed. */
export async function afterPlanChange(q: Queryable, row: PaymentPlanRow, plan: ServicedPlan, now: Date): Promise<void> {
  if (isLive(plan.status)) {
    await q.execute(sql`update accounts set status = 'plan', updated_at = ${now} where id = ${row.accountId} and tenant_id = ${row.tenantId} and status <> 'plan' and balance_cents > 0`);
  } else {
    // Out of the plan: the balance decides the status again (paid, patient due...).
    await q.execute(sql`update accounts set status = 'patient_due' where id = ${row.accountId} and tenant_id = ${row.tenantId} and status = 'plan'`);
    await refreshAccountBalances(q, row.tenantId, [row.accountId]);
  }
  await publishAccountChanged(q, { tenantId: row.tenantId, accountIds: [row.accountId], reason: 'plan_changed', at: now });
}
