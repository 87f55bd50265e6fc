import { z } from 'zod';

const cents = z.number().int().min(0);
const isoDate = z.iso.date({ message: 'must be a calendar date YYYY-MM-DD' });
/** A percentage with at most two decimals, e.g. 10 or 7.5. */
const pct = z
  .number()
  .min(0)
  .max(100)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { message: 'at most two decimals' });

/** The tenant's installment-plan policy (the part a quote needs). */
export const PlanPolicy = z.object({
  maxMonths: z.number().int().min(1).max(120),
  minMonthlyPaymentCents: cents.default(0),
  /** Monthly payment cap as a share of the household's gross monthly income. */
  maxShareOfMonthlyIncomePct: pct.refine((v) => v > 0, { message: 'must be above 0' }).optional(),
  /** Days of the month a plan may start on (31 = the month's last day); absent: any day. */
  allowedStartDays: z.array(z.number().int().min(1).max(31)).min(1).optional(),
  /** Deferred start: how many days after `quotedOn` the first payment may fall; absent: no limit. */
  maxStartDeferralDays: z.number().int().min(0).max(366).optional(),
});
export type PlanPolicy = z.infer<typeof PlanPolicy>;

/** `kindly plan quote` input (../shared/contracts/cli.md). Unknown fields are ignored. */
export const PlanQuoteInput = z
  .object({
    balanceCents: z.number().int().min(1),
    startOn: isoDate,
    /** The day the quote is made; defaults to `startOn`. Only used for the deferral limit. */
    quotedOn: isoDate.optional(),
    state: z
      .string()
      .regex(/^[A-Za-z]{2}$/, { message: 'must be a two-letter state code' })
      .transform((s) => s.toUpperCase())
      .optional(),
    policy: PlanPolicy,
    household: z
      .object({
        monthlyIncomeCents: cents,
        monthlyEssentialExpensesCents: cents.default(0),
      })
      .optional(),
    /** The patient's own stated monthly budget. */
    monthlyBudgetCents: cents.optional(),
  })
  .superRefine((input, ctx) => {
    const { quotedOn, startOn, policy } = input;
    if (quotedOn !== undefined && startOn < quotedOn) {
      ctx.addIssue({ code: 'custom', path: ['startOn'], message: 'must not be before quotedOn' });
    }
    if (quotedOn !== undefined && policy.maxStartDeferralDays !== undefined) {
      const days = (Date.parse(startOn) - Date.parse(quotedOn)) / 86_400_000;
      if (days > policy.maxStartDeferralDays) {
        ctx.addIssue({
          code: 'custom',
          path: ['startOn'],
          message: `is ${days} days after quotedOn; the policy allows a deferred start of at most ${policy.maxStartDeferralDays} days`,
        });
      }
    }
  });
export type PlanQuoteInput = z.input<typeof PlanQuoteInput>;
export type ParsedPlanQuoteInput = z.output<typeof PlanQuoteInput>;

/** Why the monthly cap is what it is: every source that equals the cap. */
export type CapReason =
  | 'patient_budget'
  | 'policy_share_of_income'
  | 'ca_reasonable_payment_formula'
  | 'no_limit_stated';

export interface ScheduledPayment {
  dueOn: string;
  amountCents: number;
}

export interface PlanOption {
  months: number;
  monthlyPaymentCents: number;
  totalCents: number;
  /** Always 0: plans are interest-free. */
  interestCents: 0;
  label: 'shortest' | 'balanced' | 'lowest_payment';
  firstDueOn: string;
  lastDueOn: string;
  /** Day of month the schedule keeps (clamped to each month's end). */
  anchorDay: number;
  schedule: ScheduledPayment[];
}

export interface PlanQuote {
  capCents: number;
  capReasons: CapReason[];
  options: PlanOption[];
  /** Index into `options`, or null when there is none. */
  recommended: number | null;
  referToAssistance: boolean;
  /** The first due date used: `startOn`, moved to the next allowed start day when the policy has them. */
  startOn: string;
  /** True when the cap is below the policy's minimum payment, so the cap is the payment floor. */
  capBelowPolicyMinimum: boolean;
}
