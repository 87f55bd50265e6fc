import * as compliance from '../compliance/index.js';
import { AssistanceError } from './errors.js';

export type FplRegion = 'contiguous' | 'alaska' | 'hawaii';
export type FplYear = 2025 | 2026;
export const FPL_YEARS: readonly FplYear[] = [2025, 2026];

/** HHS poverty guideline in cents per year for a household (same signature as the compliance module's). */
export type FplLookup = (year: FplYear, region: FplRegion, householdSize: number) => number;

/**
 * The compliance module owns the FPL tables (labeled, vendored data). It is read through the
 * namespace so this module still loads while that export is being written; callers may inject
 * their own lookup (tests do).
 */
export const complianceFplLookup: FplLookup = (year, region, size) => {
  const lookup = (compliance as unknown as { fplGuidelineCents?: FplLookup }).fplGuidelineCents;
  if (typeof lookup !== 'function') {
    throw new AssistanceError('fpl_table_unavailable', {
      message: 'compliance/index.ts does not export fplGuidelineCents yet',
    });
  }
  return lookup(year, region, size);
};

/** True when the compliance module's FPL table is available. */
export function hasComplianceFpl(): boolean {
  return typeof (compliance as unknown as { fplGuidelineCents?: unknown }).fplGuidelineCents === 'function';
}

/** The FPL region for a US state code (Alaska and Hawaii have their own guidelines). */
export function regionForState(state: string | undefined): FplRegion {
  if (state?.toUpperCase() === 'AK') return 'alaska';
  if (state?.toUpperCase() === 'HI') return 'hawaii';
  return 'contiguous';
}
