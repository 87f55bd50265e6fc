import { civilFromDays, daysFromCivil, formatDay, parseDateDay } from './instant.js';

/**
 * Business days for the day-counting conventions: weekends and the legal public holidays of
 * 5 U.S.C. 6103(a) are not business days. A holiday on a Saturday is observed the Friday
 * before and one on a Sunday the Monday after; both the date itself and the observed weekday are
 * treated as non-business days, so a count never runs short of the consumer's protection.
 */

function weekday(day: number): number {
  // 1970-01-01 was a Thursday (4); 0 = Sunday.
  return (((day + 4) % 7) + 7) % 7;
}

/** True on Saturdays and Sundays. */
export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

function nthWeekday(y: number, m: number, wd: number, n: number): number {
  const first = daysFromCivil(y, m, 1);
  const offset = (wd - weekday(first) + 7) % 7;
  return first + offset + (n - 1) * 7;
}

function lastWeekday(y: number, m: number, wd: number): number {
  const nextMonthFirst = m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
  const last = nextMonthFirst - 1;
  return last - ((weekday(last) - wd + 7) % 7);
}

const holidayCache = new Map<number, readonly number[]>();

/** Federal legal public holidays of a year (actual and observed day numbers). */
export function federalHolidays(y: number): readonly number[] {
  const cached = holidayCache.get(y);
  if (cached) return cached;
  const fixed = [
    daysFromCivil(y, 1, 1), // New Year's Day
    daysFromCivil(y, 7, 4), // Independence Day
    daysFromCivil(y, 11, 11), // Veterans Day
    daysFromCivil(y, 12, 25), // Christmas Day
  ];
  if (y >= 2021) fixed.push(daysFromCivil(y, 6, 19)); // Juneteenth (Pub. L. 117-17)
  const floating = [
    nthWeekday(y, 1, 1, 3), // Birthday of Martin Luther King, Jr.
    nthWeekday(y, 2, 1, 3), // Washington's Birthday
    lastWeekday(y, 5, 1), // Memorial Day
    nthWeekday(y, 9, 1, 1), // Labor Day
    nthWeekday(y, 10, 1, 2), // Columbus Day
    nthWeekday(y, 11, 4, 4), // Thanksgiving Day
  ];
  const days = new Set<number>(floating);
  for (const d of fixed) {
    days.add(d);
    const w = weekday(d);
    if (w === 6) days.add(d - 1);
    if (w === 0) days.add(d + 1);
  }
  // New Year's Day on a Saturday is observed on Friday Dec 31 of the year before.
  const nextNewYear = daysFromCivil(y + 1, 1, 1);
  if (weekday(nextNewYear) === 6) days.add(nextNewYear - 1);
  const list = Array.from(days).sort((a, b) => a - b);
  holidayCache.set(y, list);
  return list;
}

/** True when `day` is a weekend, a federal holiday, or one of `extraHolidays`. */
export function isNonBusinessDay(day: number, extraHolidays?: ReadonlySet<number>): boolean {
  if (isWeekend(day)) return true;
  if (extraHolidays?.has(day)) return true;
  const { y } = civilFromDays(day);
  return federalHolidays(y).includes(day);
}

/** The `n`th business day after `day` (n >= 1). */
export function addBusinessDays(day: number, n: number, extraHolidays?: ReadonlySet<number>): number {
  let d = day;
  let left = n;
  while (left > 0) {
    d++;
    if (!isNonBusinessDay(d, extraHolidays)) left--;
  }
  return d;
}

/** Parses a list of `YYYY-MM-DD` holidays, ignoring malformed ones (the schemas reject them first). */
export function holidaySet(holidays: readonly string[] | undefined): ReadonlySet<number> | undefined {
  if (!holidays || holidays.length === 0) return undefined;
  const set = new Set<number>();
  for (const h of holidays) {
    const d = parseDateDay(h);
    if (!Number.isNaN(d)) set.add(d);
  }
  return set;
}

export { formatDay };
