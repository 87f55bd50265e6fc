import { addMonthsOnDay } from '../../platform/time/index.js';

/**
 * The first date on or after `from` whose day of month is one of `allowedDays`; a day beyond the
 * month's end means the month's last day (31 = "month end").
 */
export function nextAllowedDay(from: string, allowedDays: readonly number[]): { date: string; anchorDay: number } {
  const sorted = [...new Set(allowedDays)].sort((a, b) => a - b);
  for (let k = 0; k < 2; k++) {
    for (const d of sorted) {
      const candidate = addMonthsOnDay(from, k, d);
      if (candidate >= from) return { date: candidate, anchorDay: d };
    }
  }
  // Unreachable for a non-empty list: every day of the next month is after `from`.
  throw new RangeError('allowedDays must not be empty');
}
