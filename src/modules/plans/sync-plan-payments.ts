import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';
import { applyPayment } from './apply-payment.js';
import { applyPlanDecision } from './apply-plan-decision.js';
import { evaluatePlan, type PlanDecision } from './evaluate-plan.js';
import { savePlan } from './plan-store.js';
import type { ServicedPlan, ServicingPolicy } from './plan-state.js';
import { planPaymentApplications, type PaymentPlanRow } from './schema.js';

/**
 * Marks every patient payment already on the account as "before the plan", so only later ones are
 * applied to it (the plan's total is the balance after them).
 */
export async function markPaymentsBeforePlan(q: Queryable, row: Pick<PaymentPlanRow, 'id' | 'tenantId' | 'accountId'>, now: Date): Promise<void> {
  await q.execute(sql`insert into plan_payment_applications (plan_id, ledger_entry_id, tenant_id, amount_cents, unapplied_cents, at)
    select ${row.id}, e.id, e.tenant_id, 0, 0, ${now} from ledger_entries e
    where e.tenant_id = ${row.tenantId} and e.account_id = ${row.accountId} and e.kind = 'patient_payment'
    on conflict do nothing`);
}

export interface SyncPlanResult {
  row: PaymentPlanRow;
  plan: ServicedPlan;
  appliedCents: number;
  decision: PlanDecision;
}

/**
 * Applies the account's new patient payments to the plan, oldest installment first, whatever
 * brought them in (portal, autopay, staff, an imported payment file), each exactly once; then lets
 * the servicing rules decide (a caught-up plan is active again, a paid one completed) and saves.
 */
export async function syncPlanPayments(q: Queryable, row: PaymentPlanRow, opts: { now: Date; servicing: ServicingPolicy }): Promise<SyncPlanResult> {
  const fresh = await rows<{ id: string; amount_cents: number; posted_at: Date }>(
    q,
    sql`select e.id, e.amount_cents, e.posted_at from ledger_entries e
        where e.tenant_id = ${row.tenantId} and e.account_id = ${row.accountId} and e.kind = 'patient_payment'
          and not exists (select 1 from plan_payment_applications a where a.plan_id = ${row.id} and a.ledger_entry_id = e.id)
        order by e.posted_at, e.id`,
  );
  let plan = row.state;
  let appliedCents = 0;
  for (const e of fresh) {
    const amount = -Number(e.amount_cents);
    let unapplied = amount;
    if (amount > 0 && plan.status !== 'completed' && plan.status !== 'cancelled') {
      const r = applyPayment(plan, amount, new Date(e.posted_at));
      plan = r.plan;
      unapplied = r.unappliedCents;
      appliedCents += amount - unapplied;
    }
    await q.insert(planPaymentApplications).values({ planId: row.id, ledgerEntryId: e.id, tenantId: row.tenantId, amountCents: Math.max(amount, 0), unappliedCents: Math.max(unapplied, 0), at: opts.now }).onConflictDoNothing();
  }
  const decision = evaluatePlan(plan, opts.now, opts.servicing);
  if (decision.changed) plan = applyPlanDecision(plan, decision, opts.now).plan;
  const saved = await savePlan(q, row, plan, opts.now);
  return { row: saved, plan, appliedCents, decision };
}
