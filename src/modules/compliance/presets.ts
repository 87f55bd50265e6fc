/**
 * Financial assistance policy presets for `fap_screen` questions: state charity-care floors as
 * tiers by percentage of the federal poverty guidelines. Tiers are inclusive ("at or below
 * maxFplPercent") and checked lowest first. A tier with `discountPct: 0` marks a band the law
 * makes eligible for limited charges (a payment limit the tenant models, e.g. as AGB) rather
 * than a fixed percentage off; `eligible` in the decision tells such a band from "above every
 * tier". Tenants may always be more generous: these are floors.
 */
export interface FapTier {
  maxFplPercent: number;
  discountPct: number;
  /** What the tier means when the percentage alone does not say it. */
  note?: string;
}

export interface FapPreset {
  name: string;
  description: string;
  citation: string;
  /** First day the law's current thresholds apply, where known. */
  effectiveFrom?: string;
  tiers: readonly FapTier[];
}

export const PRESETS: readonly FapPreset[] = [
  {
    name: 'WA_tier1',
    description:
      'Washington hospitals owned or operated by a health system of three or more acute care hospitals (and the other hospitals RCW 70.170.060(5)(a) names): free care at or below 300% FPL, 75% off to 350%, 50% off to 400%.',
    citation: 'RCW 70.170.060(5)(a); WAC 246-453-040 (as amended by HB 1616, 2022)',
    effectiveFrom: '2022-07-01',
    tiers: [
      { maxFplPercent: 300, discountPct: 100 },
      { maxFplPercent: 350, discountPct: 75 },
      { maxFplPercent: 400, discountPct: 50 },
    ],
  },
  {
    name: 'WA_tier2',
    description: 'Other Washington hospitals: free care at or below 200% FPL, 75% off to 250%, 50% off to 300%.',
    citation: 'RCW 70.170.060(5)(b); WAC 246-453-040 (as amended by HB 1616, 2022)',
    effectiveFrom: '2022-07-01',
    tiers: [
      { maxFplPercent: 200, discountPct: 100 },
      { maxFplPercent: 250, discountPct: 75 },
      { maxFplPercent: 300, discountPct: 50 },
    ],
  },
  {
    name: 'CA_fair_pricing',
    description:
      'California Hospital Fair Pricing Act: uninsured patients and patients with high medical costs at or below 400% FPL are financially qualified for discount payment, which limits expected payment to what Medicare (or Medi-Cal) would pay rather than a fixed percentage; the hospital sets its charity-care tiers on top.',
    citation: 'Cal. Health & Safety Code §127400-127446 (AB 774; AB 1020 raised the threshold to 400% FPL)',
    effectiveFrom: '2022-01-01',
    tiers: [{ maxFplPercent: 400, discountPct: 0, note: 'discount payment: charges limited to the Medicare/Medi-Cal amount' }],
  },
  {
    name: 'MD_free_reduced',
    description:
      'Maryland acute and chronic care hospitals: free medically necessary care at or below 200% FPL; reduced-cost care above 200% at a discount each hospital sets (add it as a tier); payment plans must be offered up to 500% FPL.',
    citation: 'Md. Code, Health-General §19-214.1(b)(2); COMAR 10.37.10.26',
    tiers: [
      { maxFplPercent: 200, discountPct: 100 },
      { maxFplPercent: 300, discountPct: 0, note: 'reduced-cost care at a discount the hospital sets' },
    ],
  },
];

/** A preset by name, or undefined. */
export function presetByName(name: string): FapPreset | undefined {
  return PRESETS.find((p) => p.name === name);
}
