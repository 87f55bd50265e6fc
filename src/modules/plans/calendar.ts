/**
 * Calendar arithmetic on local dates ('YYYY-MM-DD'). Plans live on the patient's calendar, so due
 * dates carry no time of day; an instant becomes a date only with an explicit time zone. Plain
 * integer arithmetic: quotes and daily evaluations run for every account, so this stays cheap.
 */

function parse(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return [y, mo, d];
  }
  throw new RangeError(`not a calendar date: ${date}`);
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The number of days in the month of `year`-`month` (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The date `months` months after `start`, on `anchorDay` clamped to the month's end.
 * Computed from the start each time, so Jan 31 gives Feb 28 (29) and then Mar 31 again.
 */
export function addMonthsOnDay(start: string, months: number, anchorDay: number): string {
  const [y, m] = parse(start);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(anchorDay, daysInMonth(year, month)));
}

function toDayNumber(date: string): number {
  const [y, m, d] = parse(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function fromDayNumber(day: number): string {
  const dt = new Date(day * 86_400_000);
  return format(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** `date` plus `days` days (may be negative). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in an IANA time zone. */
export function localDate(at: Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      throw new RangeError(`unknown time zone: ${timeZone}`);
    }
    formatters.set(timeZone, f);
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

/** Day of month (1..31) of a calendar date. */
export function dayOfMonth(date: string): number {
  return parse(date)[2];
}

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
