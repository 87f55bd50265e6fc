import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsOnDay, dayOfMonth } from '../../platform/time/index.js';
import { parsePlanQuoteInput, quotePlan } from './quote-plan.js';

const date = fc
  .record({ y: fc.integer({ min: 2024, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  });

const input = fc.record(
  {
    balanceCents: fc.oneof(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 5_000_000 })),
    startOn: date,
    state: fc.constantFrom('CA', 'NY', 'TX'),
    policy: fc.record(
      {
        maxMonths: fc.integer({ min: 1, max: 72 }),
        minMonthlyPaymentCents: fc.integer({ min: 0, max: 20_000 }),
        maxShareOfMonthlyIncomePct: fc.integer({ min: 1, max: 2_000 }).map((bp) => bp / 100),
        allowedStartDays: fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['maxMonths', 'minMonthlyPaymentCents'] },
    ),
    household: fc.record({
      monthlyIncomeCents: fc.integer({ min: 0, max: 2_000_000 }),
      monthlyEssentialExpensesCents: fc.integer({ min: 0, max: 2_000_000 }),
    }),
    monthlyBudgetCents: fc.integer({ min: 0, max: 500_000 }),
  },
  { requiredKeys: ['balanceCents', 'startOn', 'policy'] },
);

describe('quotePlan invariants on random inputs', () => {
  it('every option is interest-free, sums exactly, respects cap, length, floor and dates', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const parsed = parsePlanQuoteInput(raw);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const q = quotePlan(parsed.value);
        const { policy, balanceCents } = parsed.value;
        const floor = Math.min(policy.minMonthlyPaymentCents, q.capCents);

        // The cap is the lowest stated limit.
        const limits: number[] = [];
        if (raw.monthlyBudgetCents !== undefined) limits.push(raw.monthlyBudgetCents);
        if (raw.household && policy.maxShareOfMonthlyIncomePct !== undefined) {
          limits.push(Math.floor((raw.household.monthlyIncomeCents * Math.round(policy.maxShareOfMonthlyIncomePct * 100)) / 10_000));
        }
        if (raw.household && raw.state === 'CA') {
          limits.push(Math.floor(Math.max(0, raw.household.monthlyIncomeCents - raw.household.monthlyEssentialExpensesCents) / 10));
        }
        expect(q.capCents).toBe(limits.length > 0 ? Math.min(...limits) : balanceCents);

        const fits = q.capCents > 0 && Math.ceil(balanceCents / q.capCents) <= policy.maxMonths;
        expect(q.referToAssistance).toBe(!fits);
        expect(q.options.length > 0).toBe(fits);
        if (fits) expect(q.recommended).not.toBeNull();

        const months = new Set<number>();
        for (const o of q.options) {
          const amounts = o.schedule.map((p) => p.amountCents);
          expect(o.interestCents).toBe(0);
          expect(amounts.reduce((a, b) => a + b, 0)).toBe(balanceCents);
          expect(o.totalCents).toBe(balanceCents);
          expect(o.months).toBe(o.schedule.length);
          expect(o.months).toBeLessThanOrEqual(policy.maxMonths);
          expect(months.has(o.months)).toBe(false);
          months.add(o.months);
          for (const a of amounts) {
            expect(Number.isInteger(a)).toBe(true);
            expect(a).toBeGreaterThan(0);
            expect(a).toBeLessThanOrEqual(q.capCents);
          }
          amounts.slice(0, -1).forEach((a) => expect(a).toBeGreaterThanOrEqual(floor));
          amounts.slice(0, -1).forEach((a) => expect(a).toBe(o.monthlyPaymentCents));
          expect(amounts.at(-1)!).toBeLessThanOrEqual(o.monthlyPaymentCents);
          // Monthly from the start, on the anchor day clamped to each month's end.
          expect(o.schedule[0]!.dueOn).toBe(q.startOn);
          expect(q.startOn >= raw.startOn).toBe(true);
          o.schedule.forEach((p, i) => {
            expect(p.dueOn).toBe(addMonthsOnDay(q.startOn, i, o.anchorDay));
            expect(dayOfMonth(p.dueOn)).toBe(Math.min(o.anchorDay, new Date(Date.UTC(+p.dueOn.slice(0, 4), +p.dueOn.slice(5, 7), 0)).getUTCDate()));
          });
        }
        // Shortest first: the first option needs the fewest months any plan under the cap can.
        if (fits) expect(q.options[0]!.months).toBe(Math.ceil(balanceCents / q.capCents));
      }),
      { numRuns: 1000 },
    );
  });
});
