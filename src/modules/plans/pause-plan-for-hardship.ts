import { addMonthsOnDay, daysBetween, localDate } from '../../platform/time/index.js';
import { planError } from './errors.js';
import { isLive, transitionPlan, unpaidInstallments, type ServicedPlan, type ServicingPolicy } from './plan-state.js';

export interface PausePlanForHardshipOptions {
  /** First local date payments resume (the pause covers the days before it). */
  until: string;
  at: Date;
  reason?: string;
}

/**
 * Pauses a plan for hardship: unpaid installments move forward by whole months, keeping the
 * plan's day of month, so the oldest unpaid one falls on or after `until`. Nothing is due and no
 * reminder goes out during the pause.
 */
export function pausePlanForHardship(
  plan: ServicedPlan,
  opts: PausePlanForHardshipOptions,
  policy: ServicingPolicy,
): ServicedPlan {
  if (!isLive(plan.status) || plan.status === 'hardship_paused') {
    throw planError('invalid_transition', { message: `plan ${plan.id} in ${plan.status} cannot be paused` });
  }
  const today = localDate(opts.at, plan.timeZone);
  const length = daysBetween(today, opts.until);
  if (length < 1 || length > policy.maxHardshipPauseDays) {
    throw planError('pause_too_long', {
      message: `a pause until ${opts.until} is ${length} days; allowed 1..${policy.maxHardshipPauseDays}`,
    });
  }
  const unpaid = unpaidInstallments(plan);
  const oldest = unpaid[0];
  let shift = 0;
  if (oldest) while (addMonthsOnDay(oldest.dueOn, shift, plan.anchorDay) < opts.until) shift++;
  const moved = new Set(unpaid.map((i) => i.seq));
  const installments = plan.installments.map((i) =>
    moved.has(i.seq) ? { ...i, dueOn: addMonthsOnDay(i.dueOn, shift, plan.anchorDay) } : i,
  );
  const paused = transitionPlan(plan, 'hardship_paused', { at: opts.at, reason: opts.reason ?? 'hardship' });
  return { ...paused, installments, pausedUntil: opts.until };
}
