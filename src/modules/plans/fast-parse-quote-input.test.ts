import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParsePlanQuoteInput } from './fast-parse-quote-input.js';
import { PlanQuoteInput } from './plan-quote.schema.js';
import { parsePlanQuoteInput } from './quote-plan.js';

// Each field's value: usually a good one, often one the schema refuses or that sits on a bound.
const good = <T, U>(ok: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: ok, weight: 12 }, { arbitrary: bad, weight: 1 });
const cents = good(fc.integer({ min: 0, max: 5_000_000 }), fc.constantFrom(-1, 0, 1, 0.5, -0, Number.MAX_SAFE_INTEGER, 2 ** 53, NaN, Infinity, '100', null));
const day = good(
  fc.record({ y: fc.integer({ min: 2023, max: 2031 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2024-02-29', '2025-02-29', '2100-02-29', '2000-02-29', '2026-13-01', '2026-1-01', '20260101', '', 20260101, '2026-04-31'),
);
const optional = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
/** A field the fast path leaves to zod: rarely there. */
const rare = <T,>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: arb, weight: 1 });
const policy = good(
  fc.record(
    {
      maxMonths: good(fc.integer({ min: 1, max: 120 }), fc.constantFrom(0, 121, 12.5, '12')),
      minMonthlyPaymentCents: optional(cents),
      maxShareOfMonthlyIncomePct: optional(good(fc.integer({ min: 0, max: 10_100 }).map((bp) => bp / 100), fc.constantFrom(0, 7.5, 7.555, 100, 100.01, -5, 0.1 + 0.2, NaN))),
      maxStartDeferralDays: rare(fc.constantFrom(0, 10, 30, 366, 367, -1)),
      allowedStartDays: rare(fc.constantFrom([1], [1, 15], [], [0], [31])),
      extra: rare(fc.constant('ignored')),
    },
    { requiredKeys: ['maxMonths'] },
  ),
  fc.constantFrom(null, 'policy', [], { maxMonths: 12 }),
);
const input = fc.record(
  {
    balanceCents: good(fc.integer({ min: 1, max: 5_000_000 }), cents),
    startOn: day,
    quotedOn: optional(day),
    state: optional(good(fc.constantFrom('CA', 'ny', 'Tx'), fc.constantFrom('C', 'CAL', '1A', 'CA ', 42))),
    policy,
    household: optional(
      good(
        fc.record({ monthlyIncomeCents: cents, monthlyEssentialExpensesCents: optional(cents), other: rare(fc.constant(1)) }, { requiredKeys: ['monthlyIncomeCents'] }),
        fc.constantFrom(null, 'household'),
      ),
    ),
    monthlyBudgetCents: optional(cents),
    note: rare(fc.constant('unknown fields are ignored')),
  },
  { requiredKeys: ['balanceCents', 'startOn', 'policy'] },
);

describe('the hand-read quote input', () => {
  it('accepts only what the schema accepts, with the same value (and leaves the rest to it)', () => {
    let fast = 0;
    fc.assert(
      fc.property(input, (raw) => {
        const got = fastParsePlanQuoteInput(raw);
        const zod = PlanQuoteInput.safeParse(raw);
        if (got === null) return;
        fast++;
        expect(zod.success).toBe(true);
        expect(got).toEqual(zod.data);
        expect(parsePlanQuoteInput(raw)).toEqual({ ok: true, value: zod.data });
      }),
      { numRuns: 20_000, seed: 20261206 },
    );
    // Enough inputs take the hand-read path for the comparison to mean something.
    expect(fast).toBeGreaterThan(1_000);
  });

  it('reads the simulator\'s and the portal\'s usual input by hand', () => {
    const raw = {
      balanceCents: 48_000,
      startOn: '2026-03-15',
      quotedOn: '2026-03-01',
      state: 'ca',
      policy: { maxMonths: 36, minMonthlyPaymentCents: 1_000, maxShareOfMonthlyIncomePct: 5 },
      household: { monthlyIncomeCents: 300_000 },
      monthlyBudgetCents: 9_000,
    };
    expect(fastParsePlanQuoteInput(raw)).toEqual({ ...raw, state: 'CA', household: { monthlyIncomeCents: 300_000, monthlyEssentialExpensesCents: 0 } });
    expect(fastParsePlanQuoteInput({ ...raw, startOn: '2026-02-28' })).toBeNull();
    expect(parsePlanQuoteInput({ ...raw, startOn: '2026-02-28' })).toMatchObject({ ok: false, errors: [{ path: 'startOn' }] });
  });
});
