import { FPL_GUIDELINES } from './data/fpl-guidelines.generated.js';
import type { FplRegion } from './data/fpl-sources.js';

export type { FplRegion };

/** Years for which Kindly ships the HHS poverty guidelines. */
export const FPL_YEARS: readonly number[] = FPL_GUIDELINES.map((y) => y.year);

/**
 * The HHS poverty guideline, in cents per year, for a household of `householdSize` people in
 * `region` ('contiguous' = the 48 contiguous states and DC). Households larger than the printed
 * table add the per-person amount for each additional person, as HHS directs.
 */
export function fplGuidelineCents(year: number, region: FplRegion, householdSize: number): number {
  const table = FPL_GUIDELINES.find((y) => y.year === year);
  if (!table) throw new RangeError(`no poverty guidelines for ${year}; Kindly ships ${FPL_YEARS.join(', ')}`);
  const r = table.regions[region];
  if (!r) throw new RangeError(`unknown poverty-guideline region ${String(region)}`);
  if (!Number.isInteger(householdSize) || householdSize < 1) {
    throw new RangeError(`householdSize must be a whole number of at least 1, got ${householdSize}`);
  }
  return r.firstPersonCents + (householdSize - 1) * r.additionalPersonCents;
}
