import { describe, expect, it } from 'vitest';
import { evaluate, fplGuidelineCents, PRESETS } from './index.js';

function screen(q: Record<string, unknown>): Record<string, unknown> {
  return evaluate({ id: 'f', kind: 'fap_screen', tableYear: 2026, region: 'contiguous', householdSize: 4, ...q }) as unknown as Record<string, unknown>;
}

describe('HHS poverty guidelines', () => {
  it('ships the 2025 tables: $15,650 + $5,500 (48 states), $19,550 + $6,880 (Alaska), $17,990 + $6,330 (Hawaii)', () => {
    expect(fplGuidelineCents(2025, 'contiguous', 1)).toBe(1_565_000);
    expect(fplGuidelineCents(2025, 'contiguous', 4)).toBe(3_215_000);
    expect(fplGuidelineCents(2025, 'contiguous', 8)).toBe(5_415_000);
    expect(fplGuidelineCents(2025, 'alaska', 3)).toBe(3_331_000);
    expect(fplGuidelineCents(2025, 'hawaii', 2)).toBe(2_432_000);
  });

  it('ships the 2026 tables ($33,000 for four in the 48 states)', () => {
    expect(fplGuidelineCents(2026, 'contiguous', 4)).toBe(3_300_000);
    expect(fplGuidelineCents(2026, 'contiguous', 7)).toBe(5_004_000);
    expect(fplGuidelineCents(2026, 'alaska', 1)).toBe(1_995_000);
    expect(fplGuidelineCents(2026, 'hawaii', 1)).toBe(1_836_000);
  });

  it('adds the per-person amount beyond eight', () => {
    expect(fplGuidelineCents(2025, 'contiguous', 10)).toBe(5_415_000 + 2 * 550_000);
    expect(fplGuidelineCents(2025, 'alaska', 10)).toBe(8_147_000);
  });

  it('refuses years it does not ship and impossible households', () => {
    expect(() => fplGuidelineCents(2024, 'contiguous', 1)).toThrow(RangeError);
    expect(() => fplGuidelineCents(2025, 'contiguous', 0)).toThrow(RangeError);
    expect(() => fplGuidelineCents(2025, 'contiguous', 1.5)).toThrow(RangeError);
  });
});

describe('fap_screen', () => {
  const tiers = [
    { maxFplPercent: 300, discountPct: 50 },
    { maxFplPercent: 200, discountPct: 100 },
  ];

  it('decides tiers inclusively on the unrounded percentage, whatever order they come in', () => {
    // Four people in 2026: 200% is $66,000.00.
    expect(screen({ annualIncomeCents: 6_600_000, policy: { tiers } })).toMatchObject({ fplPercent: 200, discountPct: 100 });
    expect(screen({ annualIncomeCents: 6_600_001, policy: { tiers } })).toMatchObject({ fplPercent: 200, discountPct: 50 });
    expect(screen({ annualIncomeCents: 9_900_001, policy: { tiers } })).toMatchObject({ discountPct: 0, eligible: false, tier: null });
  });

  it('rounds the percentage half up to two decimals', () => {
    // 3,300,165 / 3,300,000 = 100.005%
    expect(screen({ annualIncomeCents: 3_300_165, policy: { tiers } }).fplPercent).toBe(100.01);
    expect(screen({ annualIncomeCents: 3_300_164, policy: { tiers } }).fplPercent).toBe(100);
  });

  it('compares fractional tiers exactly', () => {
    const medicaid = [{ maxFplPercent: 138.5, discountPct: 100 }];
    expect(screen({ annualIncomeCents: 4_570_500, policy: { tiers: medicaid } }).discountPct).toBe(100);
    expect(screen({ annualIncomeCents: 4_570_501, policy: { tiers: medicaid } }).discountPct).toBe(0);
  });

  it('ships the Washington, California and Maryland presets', () => {
    expect(PRESETS.map((p) => p.name)).toEqual(['WA_tier1', 'WA_tier2', 'CA_fair_pricing', 'MD_free_reduced']);
    const at = (pct: number, preset: string) => screen({ annualIncomeCents: Math.round((3_300_000 * pct) / 100), policy: { preset } });
    expect(at(300, 'WA_tier1').discountPct).toBe(100);
    expect(at(301, 'WA_tier1').discountPct).toBe(75);
    expect(at(400, 'WA_tier1').discountPct).toBe(50);
    expect(at(401, 'WA_tier1')).toMatchObject({ discountPct: 0, eligible: false });
    expect(at(200, 'WA_tier2').discountPct).toBe(100);
    expect(at(250, 'WA_tier2').discountPct).toBe(75);
    expect(at(300, 'WA_tier2').discountPct).toBe(50);
    expect(at(200, 'MD_free_reduced').discountPct).toBe(100);
    expect(at(250, 'MD_free_reduced')).toMatchObject({ discountPct: 0, eligible: true });
    expect(at(400, 'CA_fair_pricing')).toMatchObject({ eligible: true });
    expect(at(401, 'CA_fair_pricing')).toMatchObject({ eligible: false });
  });

  it('answers a malformed screen with the path of the problem', () => {
    expect(screen({ tableYear: 2024, annualIncomeCents: 1, policy: { tiers } })).toMatchObject({ id: 'f', error: { path: 'tableYear' } });
    expect(screen({ annualIncomeCents: 1, policy: { preset: 'TX_generous' } })).toMatchObject({ error: { path: 'policy.preset' } });
    expect(screen({ householdSize: 0, annualIncomeCents: 1, policy: { tiers } })).toMatchObject({ error: { path: 'householdSize' } });
  });
});

describe('payment_cap', () => {
  it('applies California\'s reasonable payment formula, interest-free', () => {
    const d = evaluate({ id: 'p', kind: 'payment_cap', state: 'CA', monthlyFamilyIncomeCents: 400_000, monthlyEssentialExpensesCents: 310_000 });
    expect(d).toMatchObject({ maxMonthlyPaymentCents: 9_000, interestAllowed: false, reasons: [] });
  });

  it('has no legal cap where no state formula applies', () => {
    const d = evaluate({ id: 'p', kind: 'payment_cap', state: 'TX', monthlyFamilyIncomeCents: 400_000 });
    expect(d).toMatchObject({ maxMonthlyPaymentCents: null, interestAllowed: true });
  });
});
