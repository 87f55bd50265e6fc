import { planError } from './errors.js';
import { remainingCents, transitionPlan, type ServicedPlan } from './plan-state.js';
import type { PlanOption } from './plan-quote.schema.js';

export interface AcceptReplanOptions {
  /** An option quoted for the plan's remaining balance (quotePlan with balanceCents = remaining). */
  option: Pick<PlanOption, 'schedule' | 'anchorDay' | 'totalCents'>;
  at: Date;
}

/**
 * Replaces what is still owed with a new schedule and reactivates the plan. Paid money stays
 * where it was: a partly paid installment is closed at what was paid.
 */
export function acceptReplan(plan: ServicedPlan, opts: AcceptReplanOptions): ServicedPlan {
  const remaining = remainingCents(plan);
  const newTotal = opts.option.schedule.reduce((s, p) => s + p.amountCents, 0);
  if (newTotal !== remaining || opts.option.totalCents !== remaining) {
    throw planError('replan_total_mismatch', {
      message: `new schedule totals ${newTotal} but ${remaining} remains on plan ${plan.id}`,
    });
  }
  const kept = plan.installments
    .filter((i) => i.paidCents > 0)
    .map((i) => ({ ...i, amountCents: i.paidCents }));
  const nextSeq = plan.installments.reduce((m, i) => Math.max(m, i.seq), 0) + 1;
  const added = opts.option.schedule.map((p, k) => ({ seq: nextSeq + k, dueOn: p.dueOn, amountCents: p.amountCents, paidCents: 0 }));
  if (plan.status === 'completed' || plan.status === 'cancelled') {
    throw planError('plan_closed', { message: `plan ${plan.id} is ${plan.status}` });
  }
  // A patient on track may still ask for lower payments: that is recorded without a status change.
  const active =
    plan.status === 'active'
      ? { ...plan, history: [...plan.history, { at: opts.at.toISOString(), from: plan.status, to: plan.status, reason: 'replan_accepted' }] }
      : transitionPlan(plan, 'active', { at: opts.at, reason: 'replan_accepted' });
  return {
    ...active,
    anchorDay: opts.option.anchorDay,
    installments: [...kept, ...added],
    replanOfferedOn: null,
    pausedUntil: null,
  };
}
