import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Database, Queryable } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { lockAccount } from '../payments/index.js';
import { cancelPlan } from './cancel-plan.js';
import { isPlanError } from './errors.js';
import { loadPaymentPolicy } from './load-payment-policy.js';
import { pausePlanForHardship } from './pause-plan-for-hardship.js';
import { findAccountPlan, findPlan, savePlan } from './plan-store.js';
import { isLive, type ServicedPlan } from './plan-state.js';
import { reducePlanRemaining } from './reduce-plan-remaining.js';
import type { PaymentPlanRow } from './schema.js';
import { syncPlanPayments } from './sync-plan-payments.js';

function asAppError(err: unknown): never {
  if (isPlanError(err)) {
    throw new AppError(err.reason === 'invalid_input' || err.reason === 'pause_too_long' ? 'validation_failed' : 'conflict', { message: err.message, userMessage: err.userMessage, cause: err });
  }
  throw err;
}

async function change(database: Database, ctx: AccessContext, planId: string, what: string, fn: (plan: ServicedPlan, row: PaymentPlanRow) => ServicedPlan | Promise<ServicedPlan>): Promise<PaymentPlanRow> {
  return database.db.transaction(async (tx) => {
    const peek = await findPlan(tx, { tenantId: ctx.tenantId, planId });
    if (peek) await lockAccount(tx, peek.accountId);
    const row = await findPlan(tx, { tenantId: ctx.tenantId, planId, forUpdate: true });
    if (!row) throw notFound('payment plan');
    let next: ServicedPlan;
    try {
      next = await fn(row.state, row);
    } catch (err) {
      asAppError(err);
    }
    const saved = await savePlan(tx, row, next, ctx.clock.now());
    await audit(tx, ctx, { action: 'write', recordType: 'payment_plan', recordId: planId, details: { change: what, status: next.status } });
    return saved;
  });
}

/** Hardship pause granted by a counselor: nothing is due and no reminder goes out until `until`. */
export async function pauseAccountPlan(opts: { database: Database; ctx: AccessContext; planId: string; until: string; reason?: string }): Promise<PaymentPlanRow> {
  const policy = await loadPaymentPolicy(opts.database.db, opts.ctx.tenantId);
  return change(opts.database, opts.ctx, opts.planId, 'hardship_pause', (plan) =>
    pausePlanForHardship(plan, { until: opts.until, at: opts.ctx.clock.now(), reason: opts.reason ?? 'hardship' }, policy.servicing),
  );
}

export async function cancelAccountPlan(opts: { database: Database; ctx: AccessContext; planId: string; reason: string }): Promise<PaymentPlanRow> {
  return change(opts.database, opts.ctx, opts.planId, 'cancel', (plan) => cancelPlan(plan, { at: opts.ctx.clock.now(), reason: opts.reason }));
}

/**
 * After the balance of a plan's account was lowered (assistance, a correction): the plan asks
 * for no more than the new balance; nothing left means the plan is cancelled, as nothing is owed.
 * Call inside the transaction that lowered the balance.
 */
export async function fitPlanToBalance(q: Queryable, ctx: AccessContext, opts: { accountId: string; balanceCents: number; reason: string }): Promise<PaymentPlanRow | null> {
  const row = await findAccountPlan(q, { tenantId: ctx.tenantId, accountId: opts.accountId, forUpdate: true });
  if (!row || !isLive(row.status)) return null;
  const now = ctx.clock.now();
  const policy = await loadPaymentPolicy(q, ctx.tenantId);
  const synced = await syncPlanPayments(q, row, { now, servicing: policy.servicing });
  if (!isLive(synced.plan.status)) return synced.row;
  const remaining = synced.plan.installments.reduce((s, i) => s + i.amountCents - i.paidCents, 0);
  if (opts.balanceCents >= remaining) return synced.row;
  const next = opts.balanceCents <= 0 ? cancelPlan(synced.plan, { at: now, reason: opts.reason }) : reducePlanRemaining(synced.plan, opts.balanceCents, { at: now, reason: opts.reason });
  const saved = await savePlan(q, synced.row, next, now);
  await audit(q, ctx, { action: 'write', recordType: 'payment_plan', recordId: row.id, details: { change: 'fit_to_balance', balanceCents: opts.balanceCents, status: next.status } });
  return saved;
}
