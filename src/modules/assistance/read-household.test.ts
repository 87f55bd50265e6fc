import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Household } from './fap-policy.schema.js';
import { fastHousehold, readHousehold } from './read-household.js';

const good = <T, U>(ok: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: ok, weight: 12 }, { arbitrary: bad, weight: 1 });
const optional = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const rare = <T,>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: arb, weight: 1 });
const cents = good(fc.integer({ min: 0, max: 50_000_000 }), fc.constantFrom(-1, 0.5, -0, Number.MAX_SAFE_INTEGER, 2 ** 53, NaN, Infinity, '100', null));
const signal = good(
  fc.record(
    { kind: good(fc.constantFrom('medicaid', 'snap', 'wic', 'homeless', 'deceased_no_estate', 'prior_approval'), fc.constantFrom('Medicaid', 'other', 1)), on: optional(good(fc.constantFrom('2026-01-31', '2024-02-29'), fc.constantFrom('2026-02-30', '2026-1-1', 20260101))), note: rare(fc.constant('x')) },
    { requiredKeys: ['kind'] },
  ),
  fc.constantFrom(null, 'medicaid', []),
);
const household = fc.record(
  {
    size: optional(good(fc.integer({ min: 1, max: 50 }), fc.constantFrom(0, 51, 2.5, '3', -1))),
    annualIncomeCents: optional(cents),
    state: optional(good(fc.constantFrom('CA', 'ny', 'Ak'), fc.constantFrom('C', 'CAL', '1A', 'CA ', 42))),
    assetsCents: optional(cents),
    presumptive: optional(good(fc.array(signal, { maxLength: 3 }), fc.constantFrom(null, 'snap', {}))),
    note: rare(fc.constant('unknown fields are ignored')),
  },
  { requiredKeys: [] },
);

describe('the hand-read household', () => {
  it('accepts only what the schema accepts, with the same value (and leaves the rest to it)', () => {
    let fast = 0;
    fc.assert(
      fc.property(household, (raw) => {
        const got = fastHousehold(raw);
        const zod = Household.safeParse(raw);
        if (got === null) {
          if (zod.success) expect(readHousehold(raw)).toEqual(zod.data);
          else expect(() => readHousehold(raw)).toThrow();
          return;
        }
        fast++;
        expect(zod.success).toBe(true);
        expect(got).toEqual(zod.data);
      }),
      { numRuns: 20_000, seed: 20261206 },
    );
    // Enough households take the hand-read path for the comparison to mean something.
    expect(fast).toBeGreaterThan(2_000);
  });
});
