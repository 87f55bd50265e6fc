const DAY_MS = 86_400_000;

// Intl formatters are costly to build and cheap to use: one per zone, kept for the process.
const partFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    partFormatters.set(zone, f);
  }
  return f;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(at: number, zone: string): LocalParts {
  const out: LocalParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of partsFormatter(zone).formatToParts(at)) {
    if (p.type !== 'literal' && p.type in out) out[p.type as keyof LocalParts] = Number(p.value);
  }
  return out;
}

// Offsets change only on quarter-hour boundaries, so one lookup per zone and quarter hour serves
// every account of a pass (a pass asks for the same few zones hundreds of thousands of times).
const QUARTER_HOUR = 15 * 60_000;
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's UTC offset (ms) at an instant. */
function offsetAt(at: number, zone: string): number {
  let byQuarter = offsetCache.get(zone);
  if (!byQuarter) offsetCache.set(zone, (byQuarter = new Map()));
  const quarter = Math.floor(at / QUARTER_HOUR);
  let off = byQuarter.get(quarter);
  if (off === undefined) {
    const p = localParts(at, zone);
    off = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
    if (byQuarter.size > 20_000) byQuarter.clear();
    byQuarter.set(quarter, off);
  }
  return off;
}

// A pass asks for the same instant (its `now`) in the same few zones for every account.
const lastLocalDate = new Map<string, { at: number; date: string }>();

/** The calendar date (YYYY-MM-DD) of an instant in an IANA zone. */
export function localDate(at: Date, zone: string): string {
  const t = at.getTime();
  const last = lastLocalDate.get(zone);
  if (last && last.at === t) return last.date;
  const date = new Date(t + offsetAt(t, zone)).toISOString().slice(0, 10);
  lastLocalDate.set(zone, { at: t, date });
  return date;
}

/** The local hour (0-23) of an instant in a zone. */
export function localHour(at: Date, zone: string): number {
  return new Date(at.getTime() + offsetAt(at.getTime(), zone)).getUTCHours();
}

const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of a YYYY-MM-DD date (memoized: a pass sees a few hundred distinct dates). */
function dayNumber(date: string): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}

const isoDates = new Map<number, string>();

function dateOfDayNumber(n: number): string {
  let date = isoDates.get(n);
  if (date === undefined) {
    date = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (isoDates.size > 50_000) isoDates.clear();
    isoDates.set(n, date);
  }
  return date;
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The instant of a local wall-clock time on a local date in a zone. */
export function atLocal(date: string, hour: number, minute: number, zone: string): Date {
  let byDate = instants.get(zone);
  if (!byDate) instants.set(zone, (byDate = new Map()));
  let byMinute = byDate.get(date);
  if (!byMinute) {
    if (byDate.size > 20_000) byDate.clear();
    byDate.set(date, (byMinute = new Map()));
  }
  const minuteOfDay = hour * 60 + minute;
  let at = byMinute.get(minuteOfDay);
  if (at === undefined) byMinute.set(minuteOfDay, (at = atLocalUncached(date, hour, minute, zone)));
  return new Date(at);
}

// The same few local dates and hours recur for every account of a pass: zone -> date -> minute of day.
const instants = new Map<string, Map<string, Map<number, number>>>();

function atLocalUncached(date: string, hour: number, minute: number, zone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  // Two rounds settle the offset across a daylight-saving change; a wall time that does not
  // exist (spring forward) lands an hour later, like most calendars do.
  const first = wall - offsetAt(wall, zone);
  const second = wall - offsetAt(first, zone);
  if (second + offsetAt(second, zone) === wall) return second;
  return Math.max(first, second);
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
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

const formattedDates = new Map<string, string>();

export function formatDate(date: string, locale: string): string {
  const key = `${locale}|${date}`;
  const hit = formattedDates.get(key);
  if (hit) return hit;
  if (formattedDates.size > 50_000) formattedDates.clear();
  formattedDates.set(key, formatDateUncached(date, locale));
  return formattedDates.get(key)!;
}

function formatDateUncached(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Formats cents as dollars in the person's locale. */
export function formatMoney(cents: number, locale: string): string {
  let f = moneyFormats.get(locale);
  if (!f) moneyFormats.set(locale, (f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' })));
  return f.format(cents / 100);
}
