import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRetroactiveAdjustment } from './compute-retroactive-adjustment.js';

describe('computeRetroactiveAdjustment', () => {
  it('tells the story: a patient who paid $300 of $1,000 is approved for 60% off', () => {
    const r = computeRetroactiveAdjustment({
      accounts: [{ accountId: 'A1', grossChargesCents: 250_000, patientBalanceCents: 70_000, patientPaidCents: 30_000 }],
      discountPct: 60,
      agbPct: 35,
    });
    // Responsibility 100,000 -> 40,000 (AGB cap 87,500 is higher); paid 30,000, owes 10,000.
    expect(r.accounts[0]).toEqual({
      accountId: 'A1',
      originalResponsibilityCents: 100_000,
      newResponsibilityCents: 40_000,
      agbCapCents: 87_500,
      adjustmentCents: 60_000,
      refundCents: 0,
      unrefundedExcessCents: 0,
      newBalanceCents: 10_000,
    });
  });

  it('refunds what was paid beyond the new responsibility and leaves no negative balance', () => {
    const r = computeRetroactiveAdjustment({
      accounts: [{ grossChargesCents: 100_000, patientBalanceCents: 20_000, patientPaidCents: 50_000 }],
      discountPct: 100,
    });
    expect(r.accounts[0]).toMatchObject({ newResponsibilityCents: 0, adjustmentCents: 20_000, refundCents: 50_000, newBalanceCents: 0 });
  });

  it('caps an eligible patient at AGB% of gross charges even with no discount', () => {
    const r = computeRetroactiveAdjustment({
      accounts: [{ grossChargesCents: 100_001, patientBalanceCents: 60_000, patientPaidCents: 0 }],
      discountPct: 0,
      agbPct: 40,
    });
    // 40% of 1,000.01 = 400.004 -> 400.00: never more than AGB.
    expect(r.accounts[0]).toMatchObject({ agbCapCents: 40_000, newResponsibilityCents: 40_000, adjustmentCents: 20_000 });
  });

  it('sums totals across accounts', () => {
    const r = computeRetroactiveAdjustment({
      accounts: [
        { grossChargesCents: 10_000, patientBalanceCents: 5_000, patientPaidCents: 5_000 },
        { grossChargesCents: 10_000, patientBalanceCents: 10_000, patientPaidCents: 0 },
      ],
      discountPct: 75,
    });
    expect(r.totals).toEqual({ adjustmentCents: 5_000 + 7_500, refundCents: 2_500, unrefundedExcessCents: 0, newBalanceCents: 2_500 });
  });

  it('may keep an excess under the $5 refund minimum, and says so', () => {
    const account = (paid: number) => ({ grossChargesCents: 10_000, patientBalanceCents: 0, patientPaidCents: paid });
    // 50% off 1,099 -> 549 (rounded in the patient's favour): excess 550 is refunded; 50% off 998 -> 499: excess 499 is kept.
    const r = computeRetroactiveAdjustment({ accounts: [account(1_099), account(998)], discountPct: 50, minimumRefundCents: 500 });
    expect(r.accounts.map((x) => [x.refundCents, x.unrefundedExcessCents])).toEqual([
      [550, 0],
      [0, 499],
    ]);
  });

  it('rejects negative or fractional cents', () => {
    expect(() => computeRetroactiveAdjustment({ accounts: [{ grossChargesCents: 1, patientBalanceCents: -1, patientPaidCents: 0 }], discountPct: 10 })).toThrow(/patientBalanceCents/);
    expect(() => computeRetroactiveAdjustment({ accounts: [{ grossChargesCents: 1.5, patientBalanceCents: 1, patientPaidCents: 0 }], discountPct: 10 })).toThrow();
  });

  it('holds its invariants on random accounts', () => {
    const account = fc.record({
      grossChargesCents: fc.integer({ min: 0, max: 1e10 }),
      patientBalanceCents: fc.integer({ min: 0, max: 1e9 }),
      patientPaidCents: fc.integer({ min: 0, max: 1e9 }),
    });
    const pct = fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100);
    const minimum = fc.option(fc.integer({ min: 0, max: 1_000 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(account, { maxLength: 8 }), pct, fc.option(pct, { nil: undefined }), minimum, (accounts, discountPct, agbPct, minimumRefundCents) => {
        const r = computeRetroactiveAdjustment({ accounts, discountPct, agbPct, minimumRefundCents });
        r.accounts.forEach((x, i) => {
          const a = accounts[i]!;
          for (const v of [x.adjustmentCents, x.refundCents, x.unrefundedExcessCents, x.newBalanceCents, x.newResponsibilityCents]) {
            expect(Number.isSafeInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
          const original = a.patientBalanceCents + a.patientPaidCents;
          // Never more than before, never more than the discounted share, never above AGB.
          expect(x.newResponsibilityCents).toBeLessThanOrEqual(original);
          // Exact comparisons in basis points (percentages here have two decimals).
          const bp = (p: number) => BigInt(Math.round(p * 100));
          const resp = BigInt(x.newResponsibilityCents) * 10_000n;
          expect(resp <= BigInt(original) * (10_000n - bp(discountPct))).toBe(true);
          if (agbPct !== undefined) expect(resp <= BigInt(a.grossChargesCents) * bp(agbPct)).toBe(true);
          // ...and exactly the lowest of those, so the patient gets the whole discount and no more.
          const limits = [BigInt(original), (BigInt(original) * (10_000n - bp(discountPct))) / 10_000n];
          if (agbPct !== undefined) limits.push((BigInt(a.grossChargesCents) * bp(agbPct)) / 10_000n);
          expect(BigInt(x.newResponsibilityCents)).toBe(limits.reduce((m, v) => (v < m ? v : m)));
          // The ledger balances: balance - adjustment = new balance; paid - refund + new balance = responsibility.
          expect(a.patientBalanceCents - x.adjustmentCents).toBe(x.newBalanceCents);
          expect(a.patientPaidCents - x.refundCents - x.unrefundedExcessCents + x.newBalanceCents).toBe(x.newResponsibilityCents);
          // Every excess cent is refunded, unless under the minimum; an excess means nothing is owed.
          const excess = Math.max(0, a.patientPaidCents - x.newResponsibilityCents);
          expect(x.refundCents).toBe(excess >= (minimumRefundCents ?? 0) ? excess : 0);
          if (excess > 0) expect(x.newBalanceCents).toBe(0);
        });
        expect(r.totals.refundCents).toBe(r.accounts.reduce((s, x) => s + x.refundCents, 0));
      }),
      { numRuns: 1000 },
    );
  });
});
