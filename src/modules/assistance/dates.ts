import { DateTime } from 'luxon';

/** The local calendar date of an instant. */
export function localDate(at: Date, timeZone: string): string {
  const dt = DateTime.fromJSDate(at, { zone: timeZone });
  if (!dt.isValid) throw new RangeError(`unknown time zone: ${timeZone}`);
  return dt.toISODate() as string;
}

/** `date` plus `months` calendar months, clamped to the month end (Aug 31 + 6 -> Feb 28). */
export function addMonths(date: string, months: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ months }).toISODate() as string;
}
