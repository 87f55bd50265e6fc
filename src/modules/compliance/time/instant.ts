/**
 * ISO 8601 instants and dates without Date.parse: the engine parses thousands of history items a
 * second, and Date.parse costs ~400 ns where this costs ~40 ns. The grammar is exactly zod's
 * `z.iso.datetime({ offset: true })` (seconds required, optional fraction, `Z` or `±HH:MM`) and
 * `z.iso.date()`, so anything the schemas accept parses here.
 */
import { boundedMemo } from '../../../platform/memo/index.js';

export const MS_PER_DAY = 86_400_000;
export const MS_PER_HOUR = 3_600_000;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

function two(s: string, i: number): number {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number);
}

function civilDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Day number of the first of each month for 1900-2199: a lookup instead of arithmetic on the
// hot path (every history item's instant goes through here).
const TABLE_FROM = 1900;
const TABLE_YEARS = 300;
const MONTH_START = new Int32Array(TABLE_YEARS * 12);
/** Length of each of those months. */
const MONTH_LENGTH = new Int8Array(TABLE_YEARS * 12);
for (let y = 0; y < TABLE_YEARS; y++) {
  for (let m = 0; m < 12; m++) {
    MONTH_START[y * 12 + m] = civilDays(TABLE_FROM + y, m + 1, 1);
    MONTH_LENGTH[y * 12 + m] = daysInMonth(TABLE_FROM + y, m + 1);
  }
}

/** Days since 1970-01-01 of a proleptic Gregorian civil date (Howard Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yi = y - TABLE_FROM;
  if (yi >= 0 && yi < TABLE_YEARS && m >= 1 && m <= 12) return (MONTH_START[yi * 12 + m - 1] as number) + d - 1;
  return civilDays(y, m, d);
}

/** The civil date of a day number. */
export function civilFromDays(z: number): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Parses the `YYYY-MM-DD` at position `i` of `s` to a day number, or NaN. */
function dateAt(s: string, i: number): number {
  if (s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return NaN;
  const y1 = two(s, i);
  const y2 = two(s, i + 2);
  const m = two(s, i + 5);
  const d = two(s, i + 8);
  if (y1 < 0 || y2 < 0 || m < 1 || m > 12 || d < 1) return NaN;
  const y = y1 * 100 + y2;
  if (d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}

/** Parses `YYYY-MM-DD` (strictly) to a day number, or NaN. */
export function parseDateDay(s: string): number {
  return s.length === 10 ? dateAt(s, 0) : NaN;
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  const { y, m, d } = civilFromDays(day);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const one = new Float64Array(1);

/**
 * Parses an ISO 8601 instant with `Z` or a `±HH:MM` offset to epoch milliseconds, or NaN when
 * the text is not in that exact form. Fractions beyond milliseconds are truncated.
 */
export function parseInstant(s: string): number {
  return parseInstantTo(s, one, 0) ? (one[0] as number) : NaN;
}

/**
 * parseInstant writing into `out[i]` and returning whether the text parsed: epoch milliseconds
 * do not fit V8's small integers, so a returned number is a heap allocation, and the engine
 * parses every history item's instant.
 */
export function parseInstantTo(s: string, out: Float64Array, i0: number): boolean {
  const n = s.length;
  if (n < 20) return false;
  const c0 = s.charCodeAt(0) - 48, c1 = s.charCodeAt(1) - 48, c2 = s.charCodeAt(2) - 48, c3 = s.charCodeAt(3) - 48;
  const c5 = s.charCodeAt(5) - 48, c6 = s.charCodeAt(6) - 48, c8 = s.charCodeAt(8) - 48, c9 = s.charCodeAt(9) - 48;
  const c11 = s.charCodeAt(11) - 48, c12 = s.charCodeAt(12) - 48, c14 = s.charCodeAt(14) - 48, c15 = s.charCodeAt(15) - 48;
  const c17 = s.charCodeAt(17) - 48, c18 = s.charCodeAt(18) - 48;
  // Every digit position must hold 0-9 (unsigned compare catches both sides at once).
  if (
    (c0 >>> 0) > 9 || (c1 >>> 0) > 9 || (c2 >>> 0) > 9 || (c3 >>> 0) > 9 || (c5 >>> 0) > 9 || (c6 >>> 0) > 9 ||
    (c8 >>> 0) > 9 || (c9 >>> 0) > 9 || (c11 >>> 0) > 9 || (c12 >>> 0) > 9 || (c14 >>> 0) > 9 || (c15 >>> 0) > 9 ||
    (c17 >>> 0) > 9 || (c18 >>> 0) > 9
  ) {
    return false;
  }
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return false;
  }
  const y = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
  const m = c5 * 10 + c6;
  const d = c8 * 10 + c9;
  const hh = c11 * 10 + c12;
  const mi = c14 * 10 + c15;
  const ss = c17 * 10 + c18;
  if (m < 1 || m > 12 || d < 1 || hh > 23 || mi > 59 || ss > 59) return false;
  let day: number;
  const month = (y - TABLE_FROM) * 12 + m - 1;
  if (month >= 0 && month < TABLE_YEARS * 12) {
    if (d > (MONTH_LENGTH[month] as number)) return false;
    day = (MONTH_START[month] as number) + d - 1;
  } else {
    if (d > daysInMonth(y, m)) return false;
    day = civilDays(y, m, d);
  }
  let i = 19;
  let ms = 0;
  let c = s.charCodeAt(i);
  if (c === 46 /* . */) {
    i++;
    const start = i;
    let scale = 100;
    while (i < n) {
      const dg = s.charCodeAt(i) - 48;
      if (dg < 0 || dg > 9) break;
      if (scale >= 1) ms += dg * scale;
      scale /= 10;
      i++;
    }
    if (i === start) return false;
    c = s.charCodeAt(i);
  }
  let offsetMin = 0;
  if (c === 90 /* Z */) {
    if (i + 1 !== n) return false;
  } else if (c === 43 || c === 45) {
    if (i + 6 !== n || s.charCodeAt(i + 3) !== 58) return false;
    const oh = two(s, i + 1);
    const om = two(s, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;
    offsetMin = (oh * 60 + om) * (c === 45 ? -1 : 1);
  } else {
    return false;
  }
  out[i0] = day * MS_PER_DAY + ((hh * 60 + mi - offsetMin) * 60 + ss) * 1000 + ms;
  return true;
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
const FORMAT_FROM_MS = daysFromCivil(TABLE_FROM, 1, 1) * MS_PER_DAY;
const FORMAT_TO_MS = daysFromCivil(TABLE_FROM + TABLE_YEARS, 1, 1) * MS_PER_DAY;
/** `YYYY-MM-DD` of recently formatted day numbers (bounded; earliest instants cluster on few days). */
const dayText = boundedMemo(4096, formatDay);

/** Formats epoch milliseconds as `2026-03-11T15:00:00Z` (milliseconds only when non-zero). */
export function formatInstant(ms: number): string {
  if (!Number.isInteger(ms) || ms < FORMAT_FROM_MS || ms >= FORMAT_TO_MS) {
    const iso = new Date(ms).toISOString();
    return iso.endsWith('.000Z') ? iso.slice(0, 19) + 'Z' : iso;
  }
  // Same text as Date#toISOString, without a Date and its ~0.5 µs of formatting.
  const day = Math.floor(ms / MS_PER_DAY);
  let rest = ms - day * MS_PER_DAY;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  const date = dayText(day);
  const text = `${date}T${TWO_DIGITS[hour] as string}:${TWO_DIGITS[min] as string}:${TWO_DIGITS[sec] as string}`;
  return milli === 0 ? `${text}Z` : `${text}.${String(milli).padStart(3, '0')}Z`;
}

/** Parses `HH:MM` (00:00-24:00) to seconds of the day, or NaN. */
export function parseClock(s: string): number {
  if (s.length !== 5 || s.charCodeAt(2) !== 58) return NaN;
  const h = two(s, 0);
  const m = two(s, 3);
  if (h < 0 || m < 0 || m > 59 || h > 24 || (h === 24 && m !== 0)) return NaN;
  return (h * 60 + m) * 60;
}
