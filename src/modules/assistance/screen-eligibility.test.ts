import { describe, expect, it } from 'vitest';
import { FapPolicy } from './fap-policy.schema.js';
import { fapPolicyFromPreset } from './fap-presets.js';
import { complianceFplLookup } from './fpl.js';
import { testFpl } from './fpl-test-table.js';
import { screenEligibility } from './screen-eligibility.js';

const now = new Date('2026-03-15T15:00:00Z');
const opts = { fpl: testFpl };

describe('screenEligibility: sliding scale', () => {
  const policy = FapPolicy.parse({
    tableYear: 2026,
    tiers: [
      { maxFplPercent: 160, discountPct: 100 },
      { maxFplPercent: 230, discountPct: 55 },
      { maxFplPercent: 320, discountPct: 25 },
    ],
    agbPct: 38.5,
  });

  it('places a household of 7 at 184.85% of the 2026 guideline in the 55% tier', () => {
    const s = screenEligibility(policy, { size: 7, annualIncomeCents: 9_250_000 }, now, opts);
    expect(s).toMatchObject({
      status: 'eligible',
      basis: 'income',
      fplGuidelineCents: 5_004_000,
      fplPercent: 184.85,
      discountPct: 55,
      tier: 1,
      agbPct: 38.5,
      reasons: ['income_within_tier'],
    });
  });

  it('tiers are inclusive and decided on the unrounded percentage', () => {
    const g = 5_004_000; // 7 persons, 2026
    const at = (income: number) => screenEligibility(policy, { size: 7, annualIncomeCents: income }, now, opts);
    expect(at(g * 1.6).discountPct).toBe(100); // exactly 160%
    const justOver = at(g * 1.6 + 1); // 160.00002%: displays as 160.00, but is above the tier
    expect(justOver.fplPercent).toBe(160);
    expect(justOver.discountPct).toBe(55);
  });

  it('income above every tier gives no discount and is not eligible', () => {
    expect(screenEligibility(policy, { size: 1, annualIncomeCents: 10_000_000 }, now, opts)).toMatchObject({
      status: 'ineligible',
      eligible: false,
      discountPct: 0,
      reasons: ['income_above_all_tiers'],
    });
  });

  it('uses Alaska guidelines for an Alaska household (2025, 10 persons, exactly 275%)', () => {
    const alaska = FapPolicy.parse({
      tableYear: 2025,
      tiers: [
        { maxFplPercent: 175, discountPct: 100 },
        { maxFplPercent: 275, discountPct: 70 },
        { maxFplPercent: 375, discountPct: 20 },
      ],
    });
    const s = screenEligibility(alaska, { size: 10, annualIncomeCents: 22_404_250, state: 'AK' }, now, opts);
    expect(s).toMatchObject({ region: 'alaska', fplGuidelineCents: 8_147_000, fplPercent: 275, discountPct: 70 });
  });

  it('picks the guideline year from the screening date when the policy does not pin one', () => {
    const unpinned = FapPolicy.parse({ tiers: [{ maxFplPercent: 200, discountPct: 100 }] });
    expect(screenEligibility(unpinned, { size: 1, annualIncomeCents: 1 }, new Date('2025-06-01T12:00:00Z'), opts).tableYear).toBe(2025);
    expect(screenEligibility(unpinned, { size: 1, annualIncomeCents: 1 }, new Date('2027-06-01T12:00:00Z'), opts).tableYear).toBe(2026);
  });

  it('asks for what it needs instead of guessing', () => {
    expect(screenEligibility(policy, { size: 2 }, now, opts)).toMatchObject({ status: 'needs_information', needs: ['income'] });
    expect(screenEligibility(policy, { annualIncomeCents: 100 }, now, opts)).toMatchObject({ status: 'needs_information', needs: ['household_size'] });
  });
});

describe('screenEligibility: asset test', () => {
  const policy = FapPolicy.parse({ tableYear: 2026, tiers: [{ maxFplPercent: 200, discountPct: 100 }], assetTest: { maxAssetsCents: 500_000 } });
  const low = { size: 2, annualIncomeCents: 2_000_000 };

  it('passes at the limit, fails above it, and asks when assets are unknown', () => {
    expect(screenEligibility(policy, { ...low, assetsCents: 500_000 }, now, opts).eligible).toBe(true);
    expect(screenEligibility(policy, { ...low, assetsCents: 500_001 }, now, opts)).toMatchObject({ eligible: false, reasons: ['asset_test_failed'] });
    expect(screenEligibility(policy, low, now, opts)).toMatchObject({ status: 'needs_information', needs: ['assets'] });
  });

  it('does not apply to presumptive eligibility', () => {
    const s = screenEligibility(policy, { ...low, assetsCents: 9_000_000, presumptive: [{ kind: 'snap' }] }, now, opts);
    expect(s).toMatchObject({ eligible: true, basis: 'presumptive', reasons: ['presumptive_snap'], discountPct: 100 });
  });
});

describe('screenEligibility: presumptive eligibility', () => {
  const policy = FapPolicy.parse({ tableYear: 2026, tiers: [{ maxFplPercent: 200, discountPct: 100 }] });
  const rich = { size: 1, annualIncomeCents: 50_000_000 };

  it.each(['medicaid', 'snap', 'wic', 'homeless', 'deceased_no_estate'] as const)('%s gives a full discount regardless of income', (kind) => {
    const s = screenEligibility(policy, { ...rich, presumptive: [{ kind }] }, now, opts);
    expect(s).toMatchObject({ eligible: true, basis: 'presumptive', presumptive: kind, discountPct: 100 });
  });

  it('a prior approval counts for 6 months, to the day', () => {
    const signal = (on: string) => ({ ...rich, presumptive: [{ kind: 'prior_approval' as const, on }] });
    expect(screenEligibility(policy, signal('2025-09-15'), now, opts).basis).toBe('presumptive');
    expect(screenEligibility(policy, signal('2025-09-14'), now, opts).basis).toBeNull();
    expect(screenEligibility(policy, { ...rich, presumptive: [{ kind: 'prior_approval' }] }, now, opts).basis).toBeNull();
  });

  it('honours the tenant’s own criteria and presumptive discount', () => {
    const narrow = FapPolicy.parse({ tableYear: 2026, tiers: [{ maxFplPercent: 200, discountPct: 100 }], presumptive: { criteria: ['medicaid'], discountPct: 80 } });
    expect(screenEligibility(narrow, { ...rich, presumptive: [{ kind: 'wic' }] }, now, opts).eligible).toBe(false);
    expect(screenEligibility(narrow, { ...rich, presumptive: [{ kind: 'medicaid' }] }, now, opts).discountPct).toBe(80);
  });
});

describe('state presets', () => {
  const g1 = testFpl(2026, 'contiguous', 1);

  it('WA tier 1: free care through 300% FPL, 75% to 350%, 50% to 400%', () => {
    const wa = fapPolicyFromPreset('WA_tier1', { tableYear: 2026 });
    const at = (x: number) => screenEligibility(wa, { size: 1, annualIncomeCents: Math.round(g1 * x) }, now, opts).discountPct;
    expect([at(3), at(3.0001), at(3.5), at(4), at(4.0001)]).toEqual([100, 75, 75, 50, 0]);
  });

  it('WA tier 2: free care through 200% FPL', () => {
    const wa = fapPolicyFromPreset('WA_tier2', { tableYear: 2026 });
    expect(screenEligibility(wa, { size: 1, annualIncomeCents: g1 * 2 }, now, opts).discountPct).toBe(100);
    expect(screenEligibility(wa, { size: 1, annualIncomeCents: g1 * 3 + 1 }, now, opts).eligible).toBe(false);
  });

  it('CA: eligible through 400% FPL, with charges limited to the AGB the tenant sets', () => {
    const ca = fapPolicyFromPreset('CA_fair_pricing', { tableYear: 2026, agbPct: 30 });
    expect(screenEligibility(ca, { size: 1, annualIncomeCents: g1 * 4 }, now, opts)).toMatchObject({ eligible: true, discountPct: 0, agbPct: 30 });
    expect(screenEligibility(ca, { size: 1, annualIncomeCents: g1 * 4 + 1 }, now, opts).eligible).toBe(false);
  });

  it('MD: free care through 200% FPL, reduced-cost eligibility to 300%', () => {
    const md = fapPolicyFromPreset('MD_free_reduced', { tableYear: 2026 });
    expect(screenEligibility(md, { size: 1, annualIncomeCents: g1 * 2 }, now, opts).discountPct).toBe(100);
    expect(screenEligibility(md, { size: 1, annualIncomeCents: g1 * 2 + 1 }, now, opts)).toMatchObject({ eligible: true, tier: 1 });
  });

  it('rejects an unknown preset and tiers out of order', () => {
    expect(() => fapPolicyFromPreset('TX_nothing')).toThrow(/unknown FAP preset/);
    const r = FapPolicy.safeParse({ tiers: [{ maxFplPercent: 300, discountPct: 50 }, { maxFplPercent: 200, discountPct: 100 }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['tiers', 1, 'maxFplPercent']);
  });
});

describe('compliance FPL table (the default lookup)', () => {
  it('agrees with the contract examples and the test table', () => {
    expect(complianceFplLookup(2026, 'contiguous', 7)).toBe(5_004_000);
    expect(complianceFplLookup(2025, 'alaska', 10)).toBe(8_147_000);
    for (const size of [1, 4, 9]) expect(complianceFplLookup(2025, 'hawaii', size)).toBe(testFpl(2025, 'hawaii', size));
  });

  it('is what screenEligibility uses when no lookup is injected', () => {
    const policy = FapPolicy.parse({ tableYear: 2026, tiers: [{ maxFplPercent: 200, discountPct: 100 }] });
    expect(screenEligibility(policy, { size: 7, annualIncomeCents: 9_250_000 }, now).fplGuidelineCents).toBe(5_004_000);
  });
});
