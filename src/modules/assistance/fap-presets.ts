import { PRESETS } from '../compliance/index.js';
import { assistanceError } from './errors.js';
import { FapPolicy, type FapPolicyInput, type FapTier } from './fap-policy.schema.js';

export type FapPresetName = 'WA_tier1' | 'WA_tier2' | 'CA_fair_pricing' | 'MD_free_reduced';

export interface FapPreset {
  tiers: FapTier[];
  citation: string;
  note: string;
}

const NAMES: readonly FapPresetName[] = ['WA_tier1', 'WA_tier2', 'CA_fair_pricing', 'MD_free_reduced'];

/** How a tenant models what the law leaves to the hospital (the law itself is in compliance's presets). */
const HOW_TO_MODEL: Partial<Record<FapPresetName, string>> = {
  CA_fair_pricing: 'Model the discount payment limit as agbPct; add the hospital’s own charity-care tiers before this one.',
  MD_free_reduced: 'Set the second tier’s discountPct to the hospital’s reduced-cost discount (AGB caps it meanwhile).',
};

/**
 * State charity-care floors as policy presets, derived from the compliance module's `fap_screen`
 * presets (the one copy of the law's tiers and citations). A tier with discountPct 0 marks a band
 * the law makes eligible for limited charges (capped at AGB, set by the tenant) rather than a fixed
 * percentage; tenants may give more.
 */
export const FAP_PRESETS: Record<FapPresetName, FapPreset> = Object.fromEntries(
  NAMES.map((name) => {
    const law = PRESETS.find((p) => p.name === name);
    if (!law) throw new Error(`compliance presets have no ${name}`);
    const hint = HOW_TO_MODEL[name];
    return [
      name,
      {
        tiers: law.tiers.map((t) => ({ maxFplPercent: t.maxFplPercent, discountPct: t.discountPct })),
        citation: law.citation,
        note: hint ? `${law.description} ${hint}` : law.description,
      },
    ];
  }),
) as Record<FapPresetName, FapPreset>;

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
