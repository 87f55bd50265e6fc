import { assistanceError } from './errors.js';
import { FapPolicy, type FapPolicyInput, type FapTier } from './fap-policy.schema.js';

export type FapPresetName = 'WA_tier1' | 'WA_tier2' | 'CA_fair_pricing' | 'MD_free_reduced';

export interface FapPreset {
  tiers: FapTier[];
  citation: string;
  note: string;
}

/**
 * State charity-care floors as policy presets (same names as the compliance module's fap_screen
 * presets). A tier with discountPct 0 marks a band the law makes eligible for limited charges
 * (capped at AGB, set by the tenant) rather than a fixed percentage; tenants may give more.
 */
export const FAP_PRESETS: Record<FapPresetName, FapPreset> = {
  WA_tier1: {
    tiers: [
      { maxFplPercent: 300, discountPct: 100 },
      { maxFplPercent: 350, discountPct: 75 },
      { maxFplPercent: 400, discountPct: 50 },
    ],
    citation: 'RCW 70.170.060(5)(a); WAC 246-453-040 (hospitals in large systems, from 2022-07-01)',
    note: 'Washington tier 1 hospitals.',
  },
  WA_tier2: {
    tiers: [
      { maxFplPercent: 200, discountPct: 100 },
      { maxFplPercent: 250, discountPct: 75 },
      { maxFplPercent: 300, discountPct: 50 },
    ],
    citation: 'RCW 70.170.060(5)(b); WAC 246-453-040 (other hospitals, from 2022-07-01)',
    note: 'Washington tier 2 hospitals.',
  },
  CA_fair_pricing: {
    tiers: [{ maxFplPercent: 400, discountPct: 0 }],
    citation: 'Cal. Health & Safety Code §127400-127446 (Hospital Fair Pricing Act, AB 1020 from 2022-01-01)',
    note:
      'Patients at or below 400% FPL qualify for discount payment: charges limited to what Medicare (or Medi-Cal) ' +
      'would pay, modelled as agbPct. Charity-care tiers are the hospital’s own: add them before this one.',
  },
  MD_free_reduced: {
    tiers: [
      { maxFplPercent: 200, discountPct: 100 },
      { maxFplPercent: 300, discountPct: 0 },
    ],
    citation: 'Md. Code, Health-Gen. §19-214.1; COMAR 10.37.10.26',
    note:
      'Free medically necessary care at or below 200% FPL; reduced-cost care from 200% to 300% FPL at a ' +
      'discount the hospital sets (set the second tier’s discountPct; AGB caps it meanwhile).',
  },
};

/** A full FAP policy from a preset, with the tenant's own settings (agbPct, tableYear...) on top. */
export function fapPolicyFromPreset(name: string, overrides: Omit<FapPolicyInput, 'tiers'> & { tiers?: FapTier[] } = {}): FapPolicy {
  const preset = (FAP_PRESETS as Record<string, FapPreset | undefined>)[name];
  if (!preset) {
    throw assistanceError('unknown_preset', {
      message: `unknown FAP preset ${name}; known: ${Object.keys(FAP_PRESETS).join(', ')}`,
    });
  }
  return FapPolicy.parse({ name, ...overrides, tiers: overrides.tiers ?? preset.tiers });
}
