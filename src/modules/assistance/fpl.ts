import { fplGuidelineCents } from '../compliance/index.js';

export type FplRegion = 'contiguous' | 'alaska' | 'hawaii';
export type FplYear = 2025 | 2026;
export const FPL_YEARS: readonly FplYear[] = [2025, 2026];

/** HHS poverty guideline in cents per year for a household (the compliance module's signature). */
export type FplLookup = (year: FplYear, region: FplRegion, householdSize: number) => number;

/** The compliance module owns the FPL tables (labeled, generated data); callers may inject another lookup. */
export const complianceFplLookup: FplLookup = (year, region, size) => fplGuidelineCents(year, region, size);

/** The FPL region for a US state code (Alaska and Hawaii have their own guidelines). */
export function regionForState(state: string | undefined): FplRegion {
  if (state?.toUpperCase() === 'AK') return 'alaska';
  if (state?.toUpperCase() === 'HI') return 'hawaii';
  return 'contiguous';
}
