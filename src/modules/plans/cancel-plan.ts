import { transitionPlan, type ServicedPlan } from './plan-state.js';

/** Cancels a plan (e.g. the balance was paid elsewhere or adjusted by assistance). */
export function cancelPlan(plan: ServicedPlan, opts: { at: Date; reason: string }): ServicedPlan {
  return transitionPlan(plan, 'cancelled', opts);
}
