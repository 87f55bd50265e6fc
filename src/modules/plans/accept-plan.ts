import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { publishWebhookEvent } from '../../platform/events/index.js';
import { newId } from '../../platform/ids/index.js';
import { createServicedPlan } from './create-serviced-plan.js';
import type { PlanOption } from './plan-quote.schema.js';
import { cancelPlan } from './cancel-plan.js';
import { afterPlanChange, findAccountPlan, savePlan, writeInstallments } from './plan-store.js';
import { quoteAccountPlan, type QuoteAccountPlanOptions } from './quote-account-plan.js';
import { paymentPlans, planHistory, type PaymentPlanRow } from './schema.js';
import { markPaymentsBeforePlan } from './sync-plan-payments.js';
import type { ServicedPlan } from './plan-state.js';

export interface AcceptPlanOptions {
  database: Database;
  ctx: AccessContext;
  accountId: string;
  /** The option chosen, by its number of installments (the schedule is quoted again here). */
  months: number;
  monthlyBudgetCents?: number;
  household?: QuoteAccountPlanOptions['household'];
  startOn?: string;
  source: 'portal' | 'staff';
  /** Autopay with a stored gateway token (never a card number). */
  autopay?: { paymentMethod: string; card: { brand: string; last4: string } | null } | null;
}

export interface AcceptedPlan {
  row: PaymentPlanRow;
  plan: ServicedPlan;
  option: PlanOption;
}

/**
 * Turns a quote into a serviced plan: the options are quoted again on the server (a client never
 * sends a schedule), the chosen one is saved with its installments and first history entry, the
 * account moves to `plan`, and outreach is told. One live plan per account.
 */
export async function acceptPlan(opts: AcceptPlanOptions): Promise<AcceptedPlan> {
  const { ctx } = opts;
  const now = ctx.clock.now();
  return opts.database.db.transaction(async (tx) => {
    await rows(tx, sql`select id from accounts where tenant_id = ${ctx.tenantId} and id = ${opts.accountId} for update`);
    const existing = await findAccountPlan(tx, { tenantId: ctx.tenantId, accountId: opts.accountId });
    if (existing && existing.status !== 'defaulted') {
      throw new AppError('conflict', { message: `account already has plan ${existing.id}`, userMessage: 'This bill already has a payment plan. You can see it on your bill page.' });
    }
    // A defaulted plan gives way to the new one (a new plan is how a default is cured).
    if (existing) await savePlan(tx, existing, cancelPlan(existing.state, { at: now, reason: 'replaced_by_new_plan' }), now);
    const { quote, timeZone, policyVersion } = await quoteAccountPlan({ ...opts, q: tx, tenantId: ctx.tenantId, now });
    if (quote.referToAssistance) {
      throw new AppError('unprocessable', {
        message: 'refer_to_assistance: no plan fits the stated budget',
        userMessage: 'No payment plan fits that budget, and we will not ask for more than you can pay. You may qualify for financial assistance instead.',
      });
    }
    const option = quote.options.find((o) => o.months === opts.months);
    if (!option) {
      throw new AppError('unprocessable', {
        message: `no quoted option with ${opts.months} months (have ${quote.options.map((o) => o.months).join(', ')})`,
        userMessage: 'That plan is no longer available. Please pick one of the plans shown.',
      });
    }
    const id = newId();
    const plan = createServicedPlan({ id, option, timeZone, at: now });
    const [row] = await tx
      .insert(paymentPlans)
      .values({
        id,
        tenantId: ctx.tenantId,
        accountId: opts.accountId,
        personId: (await rows<{ person_id: string }>(tx, sql`select person_id from accounts where id = ${opts.accountId}`))[0]!.person_id,
        status: plan.status,
        timeZone,
        anchorDay: plan.anchorDay,
        totalCents: option.totalCents,
        remainingCents: option.totalCents,
        monthlyPaymentCents: option.monthlyPaymentCents,
        nextDueOn: option.firstDueOn,
        state: plan,
        autopayPaymentMethod: opts.autopay?.paymentMethod ?? null,
        autopayCardBrand: opts.autopay?.card?.brand ?? null,
        autopayCardLast4: opts.autopay?.card?.last4 ?? null,
        source: opts.source,
        createdBy: `${ctx.actor.kind}:${ctx.actor.id}`,
        createdAt: now,
        updatedAt: now,
        paymentPolicyVersion: policyVersion,
      })
      .returning();
    await writeInstallments(tx, ctx.tenantId, plan);
    await tx.insert(planHistory).values(plan.history.map((h) => ({ planId: id, tenantId: ctx.tenantId, at: new Date(h.at), fromStatus: h.from, toStatus: h.to, reason: h.reason })));
    await markPaymentsBeforePlan(tx, row!, now);
    await afterPlanChange(tx, row!, plan, now);
    await publishWebhookEvent(tx, { tenantId: ctx.tenantId, type: 'plan.set_up', payload: { planId: id, accountId: opts.accountId, months: option.months, monthlyPaymentCents: option.monthlyPaymentCents, totalCents: option.totalCents, firstDueOn: option.firstDueOn, autopay: Boolean(opts.autopay) }, at: now });
    await audit(tx, ctx, { action: 'write', recordType: 'payment_plan', recordId: id, details: { accountId: opts.accountId, months: option.months, monthlyPaymentCents: option.monthlyPaymentCents, autopay: Boolean(opts.autopay), paymentPolicyVersion: policyVersion } });
    return { row: row!, plan, option };
  });
}
