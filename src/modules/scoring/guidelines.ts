import { complianceFplLookup, FPL_YEARS } from '../assistance/index.js';
import type { GuidelineFor } from './features.js';

/** The 48-state guideline of the year closest to `day` (area income needs no more precision). */
export function guidelineForDay(day: string): GuidelineFor {
  const year = Number(day.slice(0, 4));
  const table = FPL_YEARS.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best));
  return (size) => complianceFplLookup(table, 'contiguous', Math.max(1, Math.min(size, 20)));
}
