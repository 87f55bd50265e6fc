import { complianceFplLookup, FPL_YEARS } from '../assistance/index.js';
import type { GuidelineFor } from './features.js';

export const DAY_MS = 86_400_000;

/** YYYY-MM-DD of an instant in a time zone. */
export function localDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The 48-state guideline of the year closest to `day` (area income needs no more precision). */
export function guidelineForDay(day: string): GuidelineFor {
  const year = Number(day.slice(0, 4));
  const table = FPL_YEARS.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best));
  return (size) => complianceFplLookup(table, 'contiguous', Math.max(1, Math.min(size, 20)));
}
