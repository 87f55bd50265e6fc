import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { lockAccount, payWithCard, resolveTenantGateway, type PaymentGateway } from '../payments/index.js';
import { localDate } from '../../platform/time/index.js';
import { loadPaymentPolicy } from './load-payment-policy.js';
import { LIVE_PLAN_STATUSES } from './plan-store.js';
import { unpaidInstallments, type PlanStatus } from './plan-state.js';
import { paymentPlans } from './schema.js';
import { syncPlanPayments } from './sync-plan-payments.js';

export interface ServicePlansOptions {
  database: Database;
  clock: Clock;
  /** The gateway autopay charges through (default: each plan's tenant's gateway). */
  gateway?: PaymentGateway;
  /** Plans per batch (each plan is its own transaction). */
  batchSize?: number;
  /** Service plans already serviced today too. */
  force?: boolean;
}

export interface ServicePlansSummary {
  serviced: number;
  changed: number;
  transitions: Partial<Record<PlanStatus, number>>;
  actions: Record<string, number>;
  autopay: { charged: number; declined: number; errors: number };
  skipped: number;
}

const SERVICED_STATUSES = [...LIVE_PLAN_STATUSES, 'defaulted'] as const;

/**
 * The daily plan servicing pass (the worker runs it once a day; running it twice the same day
 * changes nothing). Per plan: charge autopay for a due installment (stored gateway token, once per
 * installment), apply new payments oldest installment first, then the pure rules decide: reminder,
 * grace, missed-payment care, re-plan offer before any default, end of a hardship pause,
 * completion. Each plan is claimed with FOR UPDATE SKIP LOCKED, so several workers can share it.
 */
export async function servicePlans(opts: ServicePlansOptions): Promise<ServicePlansSummary> {
  const { database, clock } = opts;
  const summary: ServicePlansSummary = { serviced: 0, changed: 0, transitions: {}, actions: {}, autopay: { charged: 0, declined: 0, errors: 0 }, skipped: 0 };
  const policies = new Map<string, Awaited<ReturnType<typeof loadPaymentPolicy>>>();
  let after = '';
  for (;;) {
    const batch = await database.db
      .select({ id: paymentPlans.id, tenantId: paymentPlans.tenantId })
      .from(paymentPlans)
      .where(and(inArray(paymentPlans.status, [...SERVICED_STATUSES]), gt(paymentPlans.id, after)))
      .orderBy(asc(paymentPlans.id))
      .limit(opts.batchSize ?? 500);
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    for (const { id, tenantId } of batch) {
      let policy = policies.get(tenantId);
      if (!policy) policies.set(tenantId, (policy = await loadPaymentPolicy(database.db, tenantId)));
      await autopayIfDue(opts, id, tenantId, summary);
      const now = clock.now();
      await database.db.transaction(async (tx) => {
        // Account first, then the plan: the lock order of every money change.
        const [peek] = await tx.select({ accountId: paymentPlans.accountId }).from(paymentPlans).where(eq(paymentPlans.id, id));
        if (peek) await lockAccount(tx, peek.accountId);
        const [row] = await tx.select().from(paymentPlans).where(eq(paymentPlans.id, id)).for('update', { skipLocked: true });
        if (!row) return void summary.skipped++;
        const today = localDate(now, row.timeZone);
        if (!opts.force && row.lastServicedOn === today) return void summary.skipped++;
        const before = row.status;
        const r = await syncPlanPayments(tx, row, { now, servicing: policy.servicing });
        await tx.update(paymentPlans).set({ lastServicedOn: today }).where(eq(paymentPlans.id, id));
        summary.serviced++;
        if (r.decision.changed) summary.changed++;
        if (r.plan.status !== before) summary.transitions[r.plan.status] = (summary.transitions[r.plan.status] ?? 0) + 1;
        for (const a of r.decision.actions) summary.actions[a.type] = (summary.actions[a.type] ?? 0) + 1;
      });
    }
  }
  return summary;
}

async function autopayIfDue(opts: ServicePlansOptions, planId: string, tenantId: string, summary: ServicePlansSummary): Promise<void> {
  const { database, clock } = opts;
  const [row] = await database.db.select().from(paymentPlans).where(eq(paymentPlans.id, planId));
  if (!row?.autopayPaymentMethod || !['active', 'grace', 'missed'].includes(row.status)) return;
  const now = clock.now();
  const today = localDate(now, row.timeZone);
  const due = unpaidInstallments(row.state)[0];
  if (!due || due.dueOn > today) return;
  const [account] = await rows<{ patient_due_cents: number }>(database.db, sql`select patient_due_cents from accounts where id = ${row.accountId}`);
  const amountCents = Math.min(due.amountCents - due.paidCents, Number(account?.patient_due_cents ?? 0));
  if (amountCents <= 0) return;
  const ctx: AccessContext = { tenantId, actor: { kind: 'system', id: 'plan-autopay', roles: [] }, purpose: 'payment', clock };
  // The stored token belongs to the account that made it: the tenant's own gateway, else the installation's.
  const gateway = opts.gateway ?? (await resolveTenantGateway(database, tenantId, clock)).gateway;
  try {
    const r = await payWithCard({
      database,
      gateway,
      ctx,
      accountId: row.accountId,
      amountCents,
      paymentMethod: row.autopayPaymentMethod,
      // One attempt per installment and due date: a declined autopay is not hammered; gentle outreach follows.
      idempotencyKey: `autopay:${row.id}:${due.seq}:${due.dueOn}`,
      channel: 'autopay',
      planId: row.id,
    });
    if (r.payment.status === 'succeeded') summary.autopay.charged++;
    else if (r.payment.status === 'failed') summary.autopay.declined++;
  } catch (err) {
    // A refused or failed payment is counted; a module's own error (a plan or gateway fault) is not an autopay outcome.
    if (!(err instanceof AppError) || err.origin) throw err;
    summary.autopay.errors++;
  }
}
