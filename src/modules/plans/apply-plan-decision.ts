import { planError } from './errors.js';
import { transitionPlan, type ServicedPlan } from './plan-state.js';
import type { PlanDecision } from './evaluate-plan.js';

/**
 * Applies a decision from evaluatePlan: records the transition in the history and the outreach
 * as notices. Returns the same plan object and `changed: false` when there is nothing to do.
 * A decision made for another status (the plan moved on since) is refused.
 */
export function applyPlanDecision(
  plan: ServicedPlan,
  decision: PlanDecision,
  at: Date,
): { plan: ServicedPlan; changed: boolean } {
  if (decision.planId !== plan.id || decision.from !== plan.status) {
    throw planError('stale_decision', {
      message: `decision for ${decision.planId} in ${decision.from} does not match plan ${plan.id} in ${plan.status}`,
    });
  }
  if (!decision.changed) return { plan, changed: false };
  let next = decision.to !== plan.status ? transitionPlan(plan, decision.to, { at, reason: decision.reason }) : plan;
  if (decision.to === 'replan_offered' && plan.status !== 'replan_offered') next = { ...next, replanOfferedOn: decision.on };
  if (plan.status === 'hardship_paused' && decision.to !== 'hardship_paused') next = { ...next, pausedUntil: null };
  if (decision.actions.length > 0) {
    const notices = decision.actions.map((a) =>
      a.installmentSeq === undefined ? { type: a.type, on: decision.on } : { type: a.type, on: decision.on, installmentSeq: a.installmentSeq },
    );
    next = { ...next, notices: [...next.notices, ...notices] };
  }
  return { plan: next, changed: true };
}
