import { z } from 'zod';
import type { ParsedPlanQuoteInput } from './plan-quote.schema.js';

/**
 * The common well-formed quote input read by hand, or null for anything else (which then goes
 * through the zod schema, for its answer or its field errors). A quote is asked per plan request
 * of the strategy simulator and the portal, and zod was most of its cost. It accepts only what
 * `PlanQuoteInput` accepts, with the same output: defaults filled, the state upper-cased; any key
 * it does not know, an allowed-start-days list or an input the schema's refinements would refuse
 * is left to zod. A property test compares the two on generated inputs.
 */
export function fastParsePlanQuoteInput(raw: unknown): ParsedPlanQuoteInput | null {
  if (!isPlain(raw)) return null;
  const r = raw as Record<string, unknown>;
  // A key holding undefined is as good as absent (the schema drops or defaults it).
  for (const k in r) if (!INPUT_KEYS.has(k) && r[k] !== undefined) return null;
  const { balanceCents, startOn, quotedOn, state, monthlyBudgetCents } = r;
  if (!isSafeInt(balanceCents) || balanceCents < 1) return null;
  if (!isDate(startOn) || (quotedOn !== undefined && !isDate(quotedOn))) return null;
  if (state !== undefined && !(typeof state === 'string' && STATE.test(state))) return null;
  if (monthlyBudgetCents !== undefined && !isCents(monthlyBudgetCents)) return null;
  const policy = fastPolicy(r.policy);
  if (!policy) return null;
  let household: ParsedPlanQuoteInput['household'];
  if (r.household !== undefined) {
    const h = r.household;
    if (!isPlain(h)) return null;
    const hh = h as Record<string, unknown>;
    for (const k in hh) if (k !== 'monthlyIncomeCents' && k !== 'monthlyEssentialExpensesCents' && hh[k] !== undefined) return null;
    const { monthlyIncomeCents, monthlyEssentialExpensesCents } = hh;
    if (!isCents(monthlyIncomeCents) || (monthlyEssentialExpensesCents !== undefined && !isCents(monthlyEssentialExpensesCents))) return null;
    household = { monthlyIncomeCents, monthlyEssentialExpensesCents: monthlyEssentialExpensesCents ?? 0 };
  }
  // The schema's cross-field checks: refused inputs get zod's errors.
  if (quotedOn !== undefined && (startOn < quotedOn || policy.maxStartDeferralDays !== undefined)) return null;
  const out: ParsedPlanQuoteInput = { balanceCents, startOn, policy };
  if (quotedOn !== undefined) out.quotedOn = quotedOn;
  if (state !== undefined) out.state = state.toUpperCase();
  if (household !== undefined) out.household = household;
  if (monthlyBudgetCents !== undefined) out.monthlyBudgetCents = monthlyBudgetCents;
  return out;
}

const INPUT_KEYS: ReadonlySet<string> = new Set(['balanceCents', 'startOn', 'quotedOn', 'state', 'policy', 'household', 'monthlyBudgetCents']);
const POLICY_KEYS: ReadonlySet<string> = new Set(['maxMonths', 'minMonthlyPaymentCents', 'maxShareOfMonthlyIncomePct', 'maxStartDeferralDays']);
const STATE = /^[A-Za-z]{2}$/;
const DATE = z.regexes.date;

function fastPolicy(p: unknown): ParsedPlanQuoteInput['policy'] | null {
  if (!isPlain(p)) return null;
  // allowedStartDays (a list) and any unknown key go to zod.
  const pp = p as Record<string, unknown>;
  for (const k in pp) if (!POLICY_KEYS.has(k) && pp[k] !== undefined) return null;
  const { maxMonths, minMonthlyPaymentCents, maxShareOfMonthlyIncomePct, maxStartDeferralDays } = pp;
  if (!isSafeInt(maxMonths) || maxMonths < 1 || maxMonths > 120) return null;
  if (minMonthlyPaymentCents !== undefined && !isCents(minMonthlyPaymentCents)) return null;
  if (maxShareOfMonthlyIncomePct !== undefined && !isPct(maxShareOfMonthlyIncomePct)) return null;
  if (maxStartDeferralDays !== undefined && !(isSafeInt(maxStartDeferralDays) && maxStartDeferralDays >= 0 && maxStartDeferralDays <= 366)) return null;
  const out: ParsedPlanQuoteInput['policy'] = { maxMonths, minMonthlyPaymentCents: minMonthlyPaymentCents ?? 0 };
  if (maxShareOfMonthlyIncomePct !== undefined) out.maxShareOfMonthlyIncomePct = maxShareOfMonthlyIncomePct;
  if (maxStartDeferralDays !== undefined) out.maxStartDeferralDays = maxStartDeferralDays;
  return out;
}

function isPlain(x: unknown): x is object {
  if (typeof x !== 'object' || x === null) return false;
  return Object.getPrototypeOf(x) === Object.prototype;
}

function isSafeInt(x: unknown): x is number {
  return Number.isSafeInteger(x);
}

function isCents(x: unknown): x is number {
  return Number.isSafeInteger(x) && (x as number) >= 0;
}

function isDate(x: unknown): x is string {
  return typeof x === 'string' && DATE.test(x);
}

/** A share above 0 and at most 100 with at most two decimals (the schema's `pct` and its refinement). */
function isPct(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 100 && Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
}
