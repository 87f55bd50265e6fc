import { DateTime, IANAZone } from 'luxon';

/**
 * The one calendar: local dates ('YYYY-MM-DD', no time of day) and how instants become them in an
 * IANA time zone. Plans, assistance and payments live on the patient's or tenant's calendar, so a
 * due date or a decision date is a local date; an instant becomes one only with an explicit zone.
 * Date-only arithmetic is plain integer arithmetic (quotes and daily evaluations run for every
 * account); zones go through Intl (cached per zone) and luxon, the only place luxon is used.
 */

/** A local calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

const MS_PER_DAY = 86_400_000;

/** Year, month (1..12) and day of a local date; a RangeError when it is not a real date. */
export function parseLocalDate(date: LocalDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return [y, mo, d];
  }
  throw new RangeError(`not a calendar date: ${date}`);
}

function format(y: number, m: number, d: number): LocalDate {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The number of days in the month of `year`-`month` (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day of month (1..31) of a local date. */
export function dayOfMonth(date: LocalDate): number {
  return parseLocalDate(date)[2];
}

/**
 * The date `months` months after `start`, on `anchorDay` clamped to the month's end. Computed from
 * the start each time, so a schedule anchored on the 31st gives Jan 31, Feb 28 (29), Mar 31.
 */
export function addMonthsOnDay(start: LocalDate, months: number, anchorDay: number): LocalDate {
  const [y, m] = parseLocalDate(start);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(anchorDay, daysInMonth(year, month)));
}

/** `date` plus `months` calendar months on the same day, clamped to the month's end (Aug 31 + 6 -> Feb 28). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return addMonthsOnDay(date, months, dayOfMonth(date));
}

function toDayNumber(date: LocalDate): number {
  const [y, m, d] = parseLocalDate(date);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

function fromDayNumber(day: number): LocalDate {
  const dt = new Date(day * MS_PER_DAY);
  return format(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** `date` plus `days` days (may be negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Is `zone` an IANA time zone name this runtime knows ('America/Chicago', 'UTC')? */
export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in an IANA time zone; a RangeError for an unknown zone. */
export function localDate(at: Date, timeZone: string): LocalDate {
  let f = dayFormats.get(timeZone);
  if (!f) {
    if (!isTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dayFormats.set(timeZone, f);
  }
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of f.formatToParts(at)) {
    if (p.type === 'year') y = Number(p.value);
    else if (p.type === 'month') m = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
  }
  return format(y, m, d);
}

/**
 * The instant a local date starts (its first moment) in a zone: midnight, or the first moment
 * that exists when a daylight-saving change skips midnight.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const [y, m, d] = parseLocalDate(date);
  const dt = DateTime.fromObject({ year: y, month: m, day: d }, { zone: timeZone });
  if (!dt.isValid) throw new RangeError(`unknown time zone: ${timeZone}`);
  return dt.startOf('day').toJSDate();
}

const longDateFormats = new Map<string, Intl.DateTimeFormat>();
const longDates = new Map<string, string>();

/**
 * A local date written out for a person in their locale ("March 11, 2026", "11 de marzo de 2026").
 * Cached: messages for a whole pass repeat a few dates in a few locales.
 */
export function formatLocalDate(date: LocalDate, locale: string): string {
  const key = `${locale}|${date}`;
  const hit = longDates.get(key);
  if (hit !== undefined) return hit;
  const [y, m, d] = parseLocalDate(date);
  let f = longDateFormats.get(locale);
  if (!f) longDateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })));
  const text = f.format(new Date(Date.UTC(y, m - 1, d)));
  if (longDates.size > 50_000) longDates.clear();
  longDates.set(key, text);
  return text;
}

/** The local date of an instant in a zone, written out in a locale (a receipt's "paid on"). */
export function formatInstantDate(at: Date, timeZone: string, locale: string): string {
  return formatLocalDate(localDate(at, timeZone), locale);
}
