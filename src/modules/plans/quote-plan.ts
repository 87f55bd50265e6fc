import { caReasonablePaymentCapCents } from '../compliance/index.js';
import { addMonthsOnDay, dayOfMonth } from '../../platform/time/index.js';
import { nextAllowedDay } from './calendar.js';
import { fastParsePlanQuoteInput } from './fast-parse-quote-input.js';
import {
  PlanQuoteInput,
  type CapReason,
  type ParsedPlanQuoteInput,
  type PlanOption,
  type PlanQuote,
  type ScheduledPayment,
} from './plan-quote.schema.js';
import { fieldErrors, type FieldError } from './validation.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Validates raw JSON against the quote contract; every problem is listed with its field path. */
export function parsePlanQuoteInput(raw: unknown): ParseResult<ParsedPlanQuoteInput> {
  // The common well-formed shape is read by hand (zod was most of a quote's cost); the rest, and
  // every refused input with its field errors, goes through the schema.
  const fast = fastParsePlanQuoteInput(raw);
  if (fast) return { ok: true, value: fast };
  const parsed = PlanQuoteInput.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}

/** floor(amount * pct / 100) in exact integer arithmetic (pct has at most two decimals). */
function shareOfCents(amountCents: number, pct: number): number {
  const basisPoints = BigInt(Math.round(pct * 100));
  return Number((BigInt(amountCents) * basisPoints) / 10_000n);
}

export interface AffordabilityCap {
  capCents: number;
  capReasons: CapReason[];
}

/**
 * The monthly cap: the lowest of the patient's budget, the policy's share of income and the state
 * formula (California: 10% of family income after essential expenses). Every source equal to the
 * cap is a reason. With none of them the balance itself is the cap.
 */
export function computeAffordabilityCap(input: ParsedPlanQuoteInput): AffordabilityCap {
  const sources: Array<[CapReason, number]> = [];
  if (input.monthlyBudgetCents !== undefined) sources.push(['patient_budget', input.monthlyBudgetCents]);
  const household = input.household;
  if (household !== undefined && input.policy.maxShareOfMonthlyIncomePct !== undefined) {
    sources.push([
      'policy_share_of_income',
      shareOfCents(household.monthlyIncomeCents, input.policy.maxShareOfMonthlyIncomePct),
    ]);
  }
  if (household !== undefined && input.state === 'CA') {
    sources.push([
      'ca_reasonable_payment_formula',
      caReasonablePaymentCapCents(household.monthlyIncomeCents, household.monthlyEssentialExpensesCents),
    ]);
  }
  if (sources.length === 0) return { capCents: input.balanceCents, capReasons: ['no_limit_stated'] };
  const capCents = Math.min(...sources.map(([, v]) => v));
  return { capCents, capReasons: sources.filter(([, v]) => v === capCents).map(([r]) => r) };
}

function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/**
 * A level schedule: `payment` every month and a smaller (or equal) last installment, so it sums
 * exactly to the balance. The number of installments follows from the payment.
 */
function levelSchedule(balanceCents: number, paymentCents: number, startOn: string, anchorDay: number): ScheduledPayment[] {
  const months = ceilDiv(balanceCents, paymentCents);
  const schedule: ScheduledPayment[] = [];
  for (let i = 0; i < months; i++) {
    const amountCents = i < months - 1 ? paymentCents : balanceCents - paymentCents * (months - 1);
    schedule.push({ dueOn: addMonthsOnDay(startOn, i, anchorDay), amountCents });
  }
  return schedule;
}

/**
 * The lowest level payment that pays the balance in at most `months` installments while keeping
 * every installment but the last at or above the floor and none above the balance.
 */
function paymentForMonths(balanceCents: number, months: number, floorCents: number): number {
  return Math.min(balanceCents, Math.max(ceilDiv(balanceCents, months), floorCents));
}

/**
 * Quotes interest-free installment plans for a validated input. Options are ordered from the
 * shortest affordable plan to the lowest payment within `policy.maxMonths`; the shortest is
 * recommended because its payment already fits the stated budget and it ends the debt soonest.
 * When no plan fits under the cap, no option is offered and the patient is referred to
 * financial assistance instead.
 */
export function quotePlan(input: ParsedPlanQuoteInput): PlanQuote {
  const { balanceCents, policy } = input;
  const { capCents, capReasons } = computeAffordabilityCap(input);
  const start = policy.allowedStartDays
    ? nextAllowedDay(input.startOn, policy.allowedStartDays)
    : { date: input.startOn, anchorDay: dayOfMonth(input.startOn) };
  // A cap below the policy minimum wins: the patient is never asked for more than they can afford.
  const floorCents = Math.min(policy.minMonthlyPaymentCents, capCents);
  const result = (options: PlanOption[]): PlanQuote => ({
    capCents,
    capReasons,
    options,
    recommended: options.length > 0 ? 0 : null,
    referToAssistance: options.length === 0,
    startOn: start.date,
    capBelowPolicyMinimum: capCents < policy.minMonthlyPaymentCents,
  });

  if (capCents === 0 || ceilDiv(balanceCents, capCents) > policy.maxMonths) return result([]);

  const shortestMonths = ceilDiv(balanceCents, capCents);
  const payments: Array<[PlanOption['label'], number]> = [
    ['shortest', paymentForMonths(balanceCents, shortestMonths, floorCents)],
  ];
  const lowest = paymentForMonths(balanceCents, policy.maxMonths, floorCents);
  const lowestMonths = ceilDiv(balanceCents, lowest);
  const middleMonths = Math.round((shortestMonths + lowestMonths) / 2);
  if (middleMonths > shortestMonths && middleMonths < lowestMonths) {
    payments.push(['balanced', paymentForMonths(balanceCents, middleMonths, floorCents)]);
  }
  payments.push(['lowest_payment', lowest]);

  const options: PlanOption[] = [];
  const seenMonths = new Set<number>();
  for (const [label, payment] of payments) {
    const schedule = levelSchedule(balanceCents, payment, start.date, start.anchorDay);
    if (seenMonths.has(schedule.length)) continue;
    seenMonths.add(schedule.length);
    options.push({
      months: schedule.length,
      monthlyPaymentCents: payment,
      totalCents: balanceCents,
      interestCents: 0,
      label,
      firstDueOn: schedule[0]!.dueOn,
      lastDueOn: schedule[schedule.length - 1]!.dueOn,
      anchorDay: start.anchorDay,
      schedule,
    });
  }
  return result(options);
}
