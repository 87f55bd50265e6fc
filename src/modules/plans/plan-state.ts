import { z } from 'zod';
import { planError } from './errors.js';

export const PLAN_STATUSES = [
  'active',
  'grace',
  'missed',
  'hardship_paused',
  'replan_offered',
  'defaulted',
  'completed',
  'cancelled',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanInstallment {
  seq: number;
  dueOn: string;
  amountCents: number;
  paidCents: number;
}

export interface PlanHistoryEntry {
  at: string;
  from: PlanStatus | null;
  to: PlanStatus;
  reason: string;
}

export interface PlanPaymentRecord {
  at: string;
  amountCents: number;
  allocations: Array<{ seq: number; amountCents: number }>;
  unappliedCents: number;
}

/** Outreach already done, so a daily evaluation never repeats it. */
export interface PlanNotice {
  type: PlanActionType;
  on: string;
  installmentSeq?: number;
}

export type PlanActionType =
  | 'payment_reminder'
  | 'gentle_missed_payment_reminder'
  | 'missed_payment_outreach'
  | 'offer_replan'
  | 'plan_defaulted_notice'
  | 'hardship_pause_ended_notice'
  | 'thank_you';

/** A plan being serviced: a plain value, changed only by the pure functions of this module. */
export interface ServicedPlan {
  id: string;
  status: PlanStatus;
  /** The patient's IANA time zone: due dates are on their calendar. */
  timeZone: string;
  /** Day of month the schedule keeps (clamped to month ends). */
  anchorDay: number;
  installments: PlanInstallment[];
  history: PlanHistoryEntry[];
  payments: PlanPaymentRecord[];
  notices: PlanNotice[];
  pausedUntil: string | null;
  replanOfferedOn: string | null;
}

/** Servicing rules from the tenant's policy. */
export const ServicingPolicy = z.object({
  /** A reminder goes out this many days before a due date (0: on the day). */
  reminderDaysBefore: z.number().int().min(0).max(30).default(3),
  /** Days after a due date during which a late payment is only gently reminded. */
  graceDays: z.number().int().min(0).max(60).default(10),
  /** Days past due after which a new plan is offered (never default without one). */
  replanAfterDaysLate: z.number().int().min(1).max(365).default(30),
  /** Days an unanswered re-plan offer stays open before the plan defaults. */
  defaultAfterReplanDays: z.number().int().min(1).max(365).default(30),
  /** Longest hardship pause staff may grant at once. */
  maxHardshipPauseDays: z.number().int().min(1).max(366).default(90),
});
export type ServicingPolicy = z.output<typeof ServicingPolicy>;

/** The policy with every default filled in. */
export function servicingPolicy(input: z.input<typeof ServicingPolicy> = {}): ServicingPolicy {
  return ServicingPolicy.parse(input);
}

const LIVE: readonly PlanStatus[] = ['active', 'grace', 'missed', 'hardship_paused', 'replan_offered'];

/**
 * Allowed transitions. Default is reachable only from an open re-plan offer, so a patient is
 * always offered a new plan first; a defaulted plan can still be completed or re-planned.
 */
const TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  active: ['grace', 'missed', 'replan_offered', 'hardship_paused', 'completed', 'cancelled'],
  grace: ['active', 'missed', 'replan_offered', 'hardship_paused', 'completed', 'cancelled'],
  missed: ['active', 'grace', 'replan_offered', 'hardship_paused', 'completed', 'cancelled'],
  hardship_paused: ['active', 'replan_offered', 'completed', 'cancelled'],
  replan_offered: ['active', 'grace', 'missed', 'hardship_paused', 'defaulted', 'completed', 'cancelled'],
  defaulted: ['active', 'completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canTransition(from: PlanStatus, to: PlanStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isLive(status: PlanStatus): boolean {
  return LIVE.includes(status);
}

/** The plan in a new status with a history entry; throws on a transition the machine forbids. */
export function transitionPlan(plan: ServicedPlan, to: PlanStatus, opts: { at: Date; reason: string }): ServicedPlan {
  if (!canTransition(plan.status, to)) {
    throw planError('invalid_transition', { message: `plan ${plan.id}: ${plan.status} -> ${to} is not allowed` });
  }
  return {
    ...plan,
    status: to,
    history: [...plan.history, { at: opts.at.toISOString(), from: plan.status, to, reason: opts.reason }],
  };
}

export function remainingCents(plan: ServicedPlan): number {
  return plan.installments.reduce((sum, i) => sum + (i.amountCents - i.paidCents), 0);
}

/** Unpaid installments, oldest due first. */
export function unpaidInstallments(plan: ServicedPlan): PlanInstallment[] {
  return plan.installments
    .filter((i) => i.paidCents < i.amountCents)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.seq - b.seq));
}
