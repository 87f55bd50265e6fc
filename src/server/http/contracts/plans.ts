import { z } from 'zod';
import { PlanView } from './common.js';
import { PlanOption, PlanQuote } from './portal.js';

export type { PlanOption, PlanView };

/** The account's plan (current, or the latest closed one), or null when it never had one. */
export const AccountPlan = z.object({ plan: PlanView.nullable() });
export type AccountPlan = z.infer<typeof AccountPlan>;

/** Plan options within the tenant's policy for the patient's stated budget, on today's balance. */
export const StaffPlanQuote = PlanQuote.extend({ balanceCents: z.number().int(), today: z.string() });
export type StaffPlanQuote = z.infer<typeof StaffPlanQuote>;

/** Whether a lump-sum settlement is within bounds, and whether it needs a supervisor. */
export const SettlementDecision = z.object({
  allowed: z.boolean(),
  requiresApproval: z.boolean(),
  discountCents: z.number().int(),
  /** Rounded to two decimals for display. */
  discountPct: z.number(),
  reasons: z.array(z.string()),
});
export type SettlementDecision = z.infer<typeof SettlementDecision>;

/** What a plan servicing pass did: plans looked at, changed, by new status and action, autopay results. */
export const ServicePlansSummary = z.object({
  serviced: z.number().int(),
  changed: z.number().int(),
  transitions: z.record(z.string(), z.number().int()),
  actions: z.record(z.string(), z.number().int()),
  autopay: z.object({ charged: z.number().int(), declined: z.number().int(), errors: z.number().int() }),
  skipped: z.number().int(),
});
export type ServicePlansSummary = z.infer<typeof ServicePlansSummary>;
