import { localDate, addMonths } from '../../platform/time/index.js';
import { complianceFplLookup, FPL_YEARS, regionForState, type FplLookup, type FplRegion, type FplYear } from './fpl.js';
import type { FapPolicy, Household, PresumptiveKind } from './fap-policy.schema.js';
import { readHousehold } from './read-household.js';

export type FapReason =
  | `presumptive_${PresumptiveKind}`
  | 'income_within_tier'
  | 'income_above_all_tiers'
  | 'income_unknown'
  | 'household_size_unknown'
  | 'asset_test_failed'
  | 'assets_unknown';

export interface EligibilityScreening {
  status: 'eligible' | 'ineligible' | 'needs_information';
  eligible: boolean;
  basis: 'presumptive' | 'income' | null;
  presumptive: PresumptiveKind | null;
  discountPct: number;
  /** Index of the tier the income falls in, or null. */
  tier: number | null;
  tableYear: FplYear;
  region: FplRegion;
  fplGuidelineCents: number | null;
  /** Income as % of the guideline, rounded to 2 decimals for display; tiers use the exact value. */
  fplPercent: number | null;
  /** % of gross charges an eligible patient may be charged at most, or null (no AGB cap set). */
  agbPct: number | null;
  reasons: FapReason[];
  /** What is needed to finish the screening. */
  needs: Array<'household_size' | 'income' | 'assets'>;
}

export interface ScreenOptions {
  /** Injected FPL table; defaults to the compliance module's. */
  fpl?: FplLookup;
}

/** The guideline year for a date: that year's table when we have it, else the nearest one. */
function tableYearFor(today: string): FplYear {
  const year = Number(today.slice(0, 4));
  return FPL_YEARS.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best));
}

/** income / guideline * 100 rounded half up to hundredths, exactly. */
function percentOfFpl(incomeCents: number, guidelineCents: number): number {
  const g = BigInt(guidelineCents);
  const hundredths = (BigInt(incomeCents) * 20_000n + g) / (2n * g);
  return Number(hundredths) / 100;
}

/** income <= maxFplPercent% of the guideline, on the unrounded figure. */
function withinPercent(incomeCents: number, guidelineCents: number, maxFplPercent: number): boolean {
  return BigInt(incomeCents) * 10_000n <= BigInt(Math.round(maxFplPercent * 100)) * BigInt(guidelineCents);
}

/**
 * Where a household falls under the tenant's FAP: presumptive eligibility first (Medicaid, SNAP,
 * WIC, homelessness, deceased without estate, a recent prior approval), then the sliding scale by
 * % of the HHS poverty guideline, then the optional asset test.
 */
export function screenEligibility(
  policy: FapPolicy,
  household: Household,
  now: Date,
  opts: ScreenOptions = {},
): EligibilityScreening {
  const h = readHousehold(household);
  const today = localDate(now, policy.timeZone);
  const tableYear = policy.tableYear ?? tableYearFor(today);
  const region = policy.region ?? regionForState(h.state);
  const fpl = opts.fpl ?? complianceFplLookup;
  const agbPct = policy.agbPct ?? null;

  const guideline = h.size === undefined ? null : fpl(tableYear, region, h.size);
  const fplPercent =
    h.annualIncomeCents === undefined || guideline === null ? null : percentOfFpl(h.annualIncomeCents, guideline);
  const base = { tableYear, region, fplGuidelineCents: guideline, fplPercent, agbPct };

  const presumptive = h.presumptive.find((s) => {
    if (!policy.presumptive.criteria.includes(s.kind)) return false;
    if (s.kind !== 'prior_approval') return true;
    return s.on !== undefined && s.on <= today && addMonths(s.on, policy.presumptive.priorApprovalMonths) >= today;
  });
  if (presumptive) {
    return {
      ...base,
      status: 'eligible',
      eligible: true,
      basis: 'presumptive',
      presumptive: presumptive.kind,
      discountPct: policy.presumptive.discountPct,
      tier: null,
      reasons: [`presumptive_${presumptive.kind}`],
      needs: [],
    };
  }

  const notEligible = (status: 'ineligible' | 'needs_information', reasons: FapReason[], needs: EligibilityScreening['needs'] = []) => ({
    ...base,
    status,
    eligible: false,
    basis: null,
    presumptive: null,
    discountPct: 0,
    tier: null,
    reasons,
    needs,
  });
  if (guideline === null) return notEligible('needs_information', ['household_size_unknown'], ['household_size']);
  if (h.annualIncomeCents === undefined) return notEligible('needs_information', ['income_unknown'], ['income']);
  const income = h.annualIncomeCents;
  const tier = policy.tiers.findIndex((t) => withinPercent(income, guideline, t.maxFplPercent));
  if (tier < 0) return notEligible('ineligible', ['income_above_all_tiers']);
  if (policy.assetTest) {
    if (h.assetsCents === undefined) return notEligible('needs_information', ['assets_unknown'], ['assets']);
    if (h.assetsCents > policy.assetTest.maxAssetsCents) return notEligible('ineligible', ['asset_test_failed']);
  }
  return {
    ...base,
    status: 'eligible',
    eligible: true,
    basis: 'income',
    presumptive: null,
    discountPct: policy.tiers[tier]!.discountPct,
    tier,
    reasons: ['income_within_tier'],
    needs: [],
  };
}
