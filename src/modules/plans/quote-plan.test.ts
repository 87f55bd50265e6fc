import { describe, expect, it } from 'vitest';
import { parsePlanQuoteInput, quotePlan } from './quote-plan.js';
import type { PlanQuoteInput } from './plan-quote.schema.js';

function quote(input: PlanQuoteInput) {
  const parsed = parsePlanQuoteInput(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return quotePlan(parsed.value);
}

const contractExample: PlanQuoteInput = {
  balanceCents: 184000,
  startOn: '2026-12-01',
  state: 'CA',
  policy: { maxMonths: 24, minMonthlyPaymentCents: 2500, maxShareOfMonthlyIncomePct: 10 },
  household: { monthlyIncomeCents: 400000, monthlyEssentialExpensesCents: 310000 },
  monthlyBudgetCents: 8000,
};

describe('quotePlan', () => {
  it('reproduces the contract example: 23 payments of $80 under the patient budget', () => {
    const q = quote(contractExample);
    expect(q.capCents).toBe(8000);
    expect(q.capReasons).toEqual(['patient_budget']);
    expect(q.referToAssistance).toBe(false);
    expect(q.recommended).toBe(0);
    const first = q.options[0]!;
    expect(first).toMatchObject({ months: 23, monthlyPaymentCents: 8000, totalCents: 184000, interestCents: 0 });
    expect(first.schedule[0]).toEqual({ dueOn: '2026-12-01', amountCents: 8000 });
    expect(first.schedule[22]).toEqual({ dueOn: '2028-10-01', amountCents: 8000 });
    // A lower-payment option uses all 24 months allowed.
    const lowest = q.options.at(-1)!;
    expect(lowest).toMatchObject({ months: 24, monthlyPaymentCents: 7667, label: 'lowest_payment' });
    expect(lowest.schedule.at(-1)!.amountCents).toBe(184000 - 23 * 7667);
  });

  it('uses the California formula when it is the lowest (10% of income after essentials)', () => {
    const q = quote({ ...contractExample, monthlyBudgetCents: undefined });
    // share of income: 40000; CA: (400000 - 310000) / 10 = 9000.
    expect(q.capCents).toBe(9000);
    expect(q.capReasons).toEqual(['ca_reasonable_payment_formula']);
    expect(q.options.every((o) => o.schedule.every((p) => p.amountCents <= 9000))).toBe(true);
  });

  it('does not apply the California formula outside California', () => {
    const q = quote({ ...contractExample, state: 'NV', monthlyBudgetCents: undefined });
    expect(q.capCents).toBe(40000);
    expect(q.capReasons).toEqual(['policy_share_of_income']);
  });

  it('lists every source that sets the cap when several tie', () => {
    const q = quote({ ...contractExample, monthlyBudgetCents: 9000 });
    expect(q.capReasons).toEqual(['patient_budget', 'ca_reasonable_payment_formula']);
  });

  it('refers to assistance instead of offering an unaffordable plan', () => {
    // $1,840 at $50 a month would take 37 months; the policy allows 24.
    const q = quote({ ...contractExample, monthlyBudgetCents: 5000 });
    expect(q.options).toEqual([]);
    expect(q.referToAssistance).toBe(true);
    expect(q.recommended).toBeNull();
  });

  it('pins the boundary: exactly maxMonths at the cap fits, one cent less does not', () => {
    const base: PlanQuoteInput = { balanceCents: 240000, startOn: '2026-01-15', policy: { maxMonths: 24 } };
    expect(quote({ ...base, monthlyBudgetCents: 10000 }).options[0]!.months).toBe(24);
    expect(quote({ ...base, monthlyBudgetCents: 9999 }).referToAssistance).toBe(true);
  });

  it('refers to assistance when essential expenses exceed income in California', () => {
    const q = quote({
      ...contractExample,
      monthlyBudgetCents: undefined,
      household: { monthlyIncomeCents: 250000, monthlyEssentialExpensesCents: 260000 },
    });
    expect(q.capCents).toBe(0);
    expect(q.referToAssistance).toBe(true);
  });

  it('lets a cap below the policy minimum set the payment floor', () => {
    const q = quote({ balanceCents: 30000, startOn: '2026-05-10', policy: { maxMonths: 24, minMonthlyPaymentCents: 2500 }, monthlyBudgetCents: 2000 });
    expect(q.capBelowPolicyMinimum).toBe(true);
    expect(q.options).toHaveLength(1);
    expect(q.options[0]!.schedule.map((p) => p.amountCents)).toEqual(Array(15).fill(2000));
  });

  it('keeps every installment but the last at the policy minimum', () => {
    // Cap $26, minimum $25, balance $30: $25 then $5, never two payments of $15.
    const q = quote({ balanceCents: 3000, startOn: '2026-05-10', policy: { maxMonths: 12, minMonthlyPaymentCents: 2500 }, monthlyBudgetCents: 2600 });
    expect(q.options.map((o) => o.schedule.map((p) => p.amountCents))).toEqual([[2500, 500]]);
  });

  it('offers a single payment when the budget covers the whole balance, plus lower-payment options', () => {
    const q = quote({ balanceCents: 12000, startOn: '2026-05-10', policy: { maxMonths: 6, minMonthlyPaymentCents: 2000 }, monthlyBudgetCents: 50000 });
    expect(q.capReasons).toEqual(['patient_budget']);
    expect(q.options.map((o) => [o.label, o.months, o.monthlyPaymentCents])).toEqual([
      ['shortest', 1, 12000],
      ['balanced', 4, 3000],
      ['lowest_payment', 6, 2000],
    ]);
  });

  it('without any stated limit caps at the balance', () => {
    const q = quote({ balanceCents: 50000, startOn: '2026-05-10', policy: { maxMonths: 10 } });
    expect(q).toMatchObject({ capCents: 50000, capReasons: ['no_limit_stated'] });
    expect(q.options.at(-1)).toMatchObject({ months: 10, monthlyPaymentCents: 5000 });
  });

  it('clamps a month-end start to each month and returns to the 31st', () => {
    const q = quote({ balanceCents: 40000, startOn: '2028-01-31', policy: { maxMonths: 4 }, monthlyBudgetCents: 10000 });
    expect(q.options[0]!.schedule.map((p) => p.dueOn)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
  });

  it('moves the start to an allowed day of the month', () => {
    const q = quote({ balanceCents: 40000, startOn: '2026-03-03', policy: { maxMonths: 4, allowedStartDays: [1, 15] }, monthlyBudgetCents: 10000 });
    expect(q.startOn).toBe('2026-03-15');
    expect(q.options[0]!.schedule.map((p) => p.dueOn)).toEqual(['2026-03-15', '2026-04-15', '2026-05-15', '2026-06-15']);
  });

  it('rounds the share of income down to the cent', () => {
    const q = quote({ balanceCents: 100000, startOn: '2026-03-03', policy: { maxMonths: 48, maxShareOfMonthlyIncomePct: 7.5 }, household: { monthlyIncomeCents: 333333 } });
    // 7.5% of 3,333.33 = 249.99975 -> 249.99.
    expect(q.capCents).toBe(24999);
  });
});

describe('parsePlanQuoteInput', () => {
  it('names the field of every problem at once', () => {
    const r = parsePlanQuoteInput({ balanceCents: 10.5, startOn: '2026-13-01', policy: { maxMonths: 0 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['balanceCents', 'policy.maxMonths', 'startOn']);
  });

  it('enforces the deferred-start limit against quotedOn', () => {
    const input = { balanceCents: 1000, startOn: '2026-04-01', quotedOn: '2026-01-01', policy: { maxMonths: 3, maxStartDeferralDays: 60 } };
    const r = parsePlanQuoteInput(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: 'startOn' });
    expect(parsePlanQuoteInput({ ...input, startOn: '2026-03-02' }).ok).toBe(true);
  });

  it('rejects a start date before the quote and percentages with more than two decimals', () => {
    const r = parsePlanQuoteInput({ balanceCents: 1000, startOn: '2026-01-01', quotedOn: '2026-02-01', policy: { maxMonths: 3, maxShareOfMonthlyIncomePct: 5.125 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(['policy.maxShareOfMonthlyIncomePct', 'startOn']);
  });

  it('accepts a lower-case state and ignores unknown fields', () => {
    const r = parsePlanQuoteInput({ balanceCents: 1000, startOn: '2026-01-01', state: 'ca', policy: { maxMonths: 3 }, extra: true });
    expect(r.ok && r.value.state).toBe('CA');
  });
});
