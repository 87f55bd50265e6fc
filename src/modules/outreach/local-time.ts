import { DateTime } from 'luxon';

const DAY_MS = 86_400_000;

/** The calendar date (YYYY-MM-DD) of an instant in an IANA zone. */
export function localDate(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toISODate() ?? at.toISOString().slice(0, 10);
}

/** The local hour (0-23) of an instant in a zone. */
export function localHour(at: Date, zone: string): number {
  return DateTime.fromJSDate(at, { zone }).hour;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The instant of a local wall-clock time on a local date in a zone. */
export function atLocal(date: string, hour: number, minute: number, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return DateTime.fromObject({ year: y, month: m, day: d, hour, minute }, { zone }).toJSDate();
}

/**
 * The part of a local date (in the first zone's calendar) that is between `fromHour` and
 * `toHour` in every zone the person may be in: Reg F's convenient times are judged at the
 * consumer's location, and with several plausible zones all of them must agree.
 */
export function windowInAllZones(date: string, zones: readonly string[], fromHour = 8, toHour = 21): { start: Date; end: Date } | null {
  let start = -Infinity;
  let end = Infinity;
  for (const zone of zones) {
    start = Math.max(start, atLocal(date, fromHour, 0, zone).getTime());
    end = Math.min(end, atLocal(date, toHour, 0, zone).getTime());
  }
  if (!(start < end)) return null;
  return { start: new Date(start), end: new Date(end) };
}

/** Formats a date for a message in the person's language (e.g. "March 11, 2026" / "11 de marzo de 2026"). */
export function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Formats cents as dollars in the person's locale. */
export function formatMoney(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(cents / 100);
}
