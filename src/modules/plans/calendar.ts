import { DateTime } from 'luxon';

/**
 * Calendar arithmetic on local dates ('YYYY-MM-DD'). Plans live on the patient's calendar, so due
 * dates carry no time of day; an instant is turned into a date only with an explicit time zone.
 */

function parse(date: string): DateTime {
  const dt = DateTime.fromISO(date, { zone: 'utc' });
  if (!dt.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a calendar date: ${date}`);
  return dt;
}

function format(dt: DateTime): string {
  return dt.toISODate() as string;
}

/** The number of days in the month of `year`-`month` (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return DateTime.utc(year, month, 1).daysInMonth as number;
}

/**
 * The date `months` months after `start`, on `anchorDay` clamped to the month's end.
 * Computed from the start each time, so Jan 31 gives Feb 28 (29) and then Mar 31 again.
 */
export function addMonthsOnDay(start: string, months: number, anchorDay: number): string {
  const s = parse(start);
  const first = DateTime.utc(s.year, s.month, 1).plus({ months });
  const day = Math.min(anchorDay, first.daysInMonth as number);
  return format(first.set({ day }));
}

/** `date` plus `days` days (may be negative). */
export function addDays(date: string, days: number): string {
  return format(parse(date).plus({ days }));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round(parse(to).diff(parse(from), 'days').days);
}

/** The local calendar date of an instant in an IANA time zone. */
export function localDate(at: Date, timeZone: string): string {
  const dt = DateTime.fromJSDate(at, { zone: timeZone });
  if (!dt.isValid) throw new RangeError(`unknown time zone: ${timeZone}`);
  return format(dt);
}

/** Day of month (1..31) of a calendar date. */
export function dayOfMonth(date: string): number {
  return parse(date).day;
}

/**
 * The first date on or after `from` whose day of month is one of `allowedDays`; a day beyond the
 * month's end means the month's last day (31 = "month end").
 */
export function nextAllowedDay(from: string, allowedDays: readonly number[]): { date: string; anchorDay: number } {
  const f = parse(from);
  const sorted = [...new Set(allowedDays)].sort((a, b) => a - b);
  for (let m = 0; m < 2; m++) {
    const first = DateTime.utc(f.year, f.month, 1).plus({ months: m });
    for (const d of sorted) {
      const candidate = first.set({ day: Math.min(d, first.daysInMonth as number) });
      if (candidate >= f) return { date: format(candidate), anchorDay: d };
    }
  }
  // Unreachable for a non-empty list: every day of the next month is at or after `from`.
  throw new RangeError('allowedDays must not be empty');
}
