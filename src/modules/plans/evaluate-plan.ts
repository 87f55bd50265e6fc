import { daysBetween, localDate } from '../../platform/time/index.js';
import {
  remainingCents,
  unpaidInstallments,
  type PlanActionType,
  type PlanStatus,
  type ServicedPlan,
  type ServicingPolicy,
} from './plan-state.js';

export type PlanDecisionReason =
  | 'closed'
  | 'paid_in_full'
  | 'defaulted_awaiting_payment'
  | 'hardship_pause_in_effect'
  | 'hardship_pause_ended'
  | 'on_track'
  | 'reminder_due'
  | 'caught_up'
  | 'late_within_grace'
  | 'missed_after_grace'
  | 'replan_offered_before_default'
  | 'replan_offer_open'
  | 'defaulted_after_unanswered_replan';

export interface PlanAction {
  type: PlanActionType;
  installmentSeq?: number;
  dueOn?: string;
  /** What the patient owes for this step (the installment's unpaid part, or the plan's rest). */
  amountDueCents?: number;
}

/** What should happen to a plan now; computed without changing anything (CONVENTIONS example 7). */
export interface PlanDecision {
  planId: string;
  /** The patient's local date the decision was made for. */
  on: string;
  from: PlanStatus;
  to: PlanStatus;
  reason: PlanDecisionReason;
  actions: PlanAction[];
  /** False when applying the decision would change nothing. */
  changed: boolean;
  remainingCents: number;
  overdueCents: number;
  /** Days the oldest unpaid installment is past due (0 when none is). */
  daysLate: number;
}

/** Decides the plan's next status and outreach at `now` from its snapshot and the servicing policy. */
export function evaluatePlan(plan: ServicedPlan, now: Date, policy: ServicingPolicy): PlanDecision {
  const on = localDate(now, plan.timeZone);
  const remaining = remainingCents(plan);
  const unpaid = unpaidInstallments(plan);
  const overdueCents = unpaid.filter((i) => i.dueOn < on).reduce((s, i) => s + i.amountCents - i.paidCents, 0);
  const oldest = unpaid[0];
  const daysLate = oldest && oldest.dueOn < on ? daysBetween(oldest.dueOn, on) : 0;
  const from = plan.status;
  const noticed = (type: PlanActionType, seq?: number) =>
    plan.notices.some((n) => n.type === type && n.installmentSeq === seq);

  const decide = (to: PlanStatus, reason: PlanDecisionReason, actions: PlanAction[] = []): PlanDecision => ({
    planId: plan.id,
    on,
    from,
    to,
    reason,
    actions,
    changed: to !== from || actions.length > 0,
    remainingCents: remaining,
    overdueCents,
    daysLate,
  });

  if (from === 'completed' || from === 'cancelled') return decide(from, 'closed');
  if (remaining === 0 || !oldest) return decide('completed', 'paid_in_full', [{ type: 'thank_you' }]);
  if (from === 'defaulted') return decide(from, 'defaulted_awaiting_payment');
  if (from === 'hardship_paused') {
    if (plan.pausedUntil !== null && on < plan.pausedUntil) return decide(from, 'hardship_pause_in_effect');
    // Back to active first; lateness is judged from the next evaluation on the shifted schedule.
    return decide('active', 'hardship_pause_ended', [{ type: 'hardship_pause_ended_notice', dueOn: oldest.dueOn }]);
  }

  const owed = oldest.amountCents - oldest.paidCents;
  const step = (type: PlanActionType): PlanAction[] =>
    noticed(type, oldest.seq) ? [] : [{ type, installmentSeq: oldest.seq, dueOn: oldest.dueOn, amountDueCents: owed }];

  if (daysLate === 0) {
    const reminder = daysBetween(on, oldest.dueOn) <= policy.reminderDaysBefore ? step('payment_reminder') : [];
    if (from !== 'active') return decide('active', 'caught_up', reminder);
    return decide('active', reminder.length > 0 ? 'reminder_due' : 'on_track', reminder);
  }
  if (daysLate <= policy.graceDays) return decide('grace', 'late_within_grace', step('gentle_missed_payment_reminder'));
  if (daysLate < policy.replanAfterDaysLate) return decide('missed', 'missed_after_grace', step('missed_payment_outreach'));

  // Long past due: a new plan is always offered before any default.
  if (from !== 'replan_offered') {
    return decide('replan_offered', 'replan_offered_before_default', [{ type: 'offer_replan', amountDueCents: remaining }]);
  }
  const offeredOn = plan.replanOfferedOn ?? on;
  if (daysBetween(offeredOn, on) >= policy.defaultAfterReplanDays) {
    return decide('defaulted', 'defaulted_after_unanswered_replan', [{ type: 'plan_defaulted_notice', amountDueCents: remaining }]);
  }
  return decide('replan_offered', 'replan_offer_open');
}
