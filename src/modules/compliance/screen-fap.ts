import type { FapScreenDecision } from './decisions.js';
import { fplGuidelineCents } from './fpl.js';
import { presetByName, type FapTier } from './presets.js';
import type { RuleSet } from './rule-set.js';
import type { FapScreenQuestion } from './schemas.js';

/** A decimal number as an exact fraction numerator/10^scale (tiers like 138.5% stay exact). */
function asScaled(x: number): { n: bigint; scale: bigint } {
  let text = x.toString();
  if (text.includes('e')) text = x.toFixed(12).replace(/\.?0+$/, '');
  const [int = '0', frac = ''] = text.split('.');
  return { n: BigInt(int + frac), scale: 10n ** BigInt(frac.length) };
}

/** income/guideline*100 <= maxPercent, decided exactly on the unrounded percentage. */
function atOrBelow(incomeCents: number, guidelineCents: number, maxPercent: number): boolean {
  const { n, scale } = asScaled(maxPercent);
  return BigInt(incomeCents) * 100n * scale <= n * BigInt(guidelineCents);
}

/** income as % of the guideline, rounded half up to 2 decimals (exact integer arithmetic). */
export function fplPercent(incomeCents: number, guidelineCents: number): number {
  const hundredths = (BigInt(incomeCents) * 10000n * 2n + BigInt(guidelineCents)) / (2n * BigInt(guidelineCents));
  return Number(hundredths) / 100;
}

/** Decides a validated fap_screen question. */
export function decideFapScreen(q: FapScreenQuestion, ruleSet: RuleSet): FapScreenDecision {
  const guideline = fplGuidelineCents(q.tableYear, q.region, q.householdSize);
  const tiers: readonly FapTier[] = q.policy.tiers ?? presetByName(q.policy.preset as string)?.tiers ?? [];
  const sorted = [...tiers].sort((a, b) => a.maxFplPercent - b.maxFplPercent);
  const tier = sorted.find((t) => atOrBelow(q.annualIncomeCents, guideline, t.maxFplPercent)) ?? null;
  return {
    id: q.id,
    kind: 'fap_screen',
    fplGuidelineCents: guideline,
    fplPercent: fplPercent(q.annualIncomeCents, guideline),
    discountPct: tier ? tier.discountPct : 0,
    eligible: tier !== null,
    tier: tier ? { ...tier } : null,
    ruleSetVersion: ruleSet.version,
  };
}
