import { describe, expect, it } from 'vitest';
import { PRESETS } from '../compliance/index.js';
import { FAP_PRESETS, fapPolicyFromPreset } from './fap-presets.js';

describe('FAP policy presets', () => {
  it('carry the tiers and citations of the compliance presets, the one copy of the law', () => {
    for (const [name, preset] of Object.entries(FAP_PRESETS)) {
      const law = PRESETS.find((p) => p.name === name)!;
      expect(preset.tiers).toEqual(law.tiers.map(({ maxFplPercent, discountPct }) => ({ maxFplPercent, discountPct })));
      expect(preset.citation).toBe(law.citation);
    }
    expect(FAP_PRESETS.WA_tier1.tiers).toEqual([
      { maxFplPercent: 300, discountPct: 100 },
      { maxFplPercent: 350, discountPct: 75 },
      { maxFplPercent: 400, discountPct: 50 },
    ]);
    expect(FAP_PRESETS.CA_fair_pricing.note).toContain('agbPct');
  });

  it('builds a policy from a preset with the tenant settings on top, and names the known presets for an unknown one', () => {
    const p = fapPolicyFromPreset('MD_free_reduced', { agbPct: 40 });
    expect(p.tiers.map((t) => t.maxFplPercent)).toEqual([200, 300]);
    expect(p.agbPct).toBe(40);
    expect(() => fapPolicyFromPreset('NY_unknown')).toThrow(/known: WA_tier1, WA_tier2, CA_fair_pricing, MD_free_reduced/);
  });
});
