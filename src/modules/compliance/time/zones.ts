import { MS_PER_DAY, MS_PER_HOUR } from './instant.js';

/**
 * Time-zone math for the contact rules. Creating a DateTimeFormat costs ~50 µs and formatting
 * ~3 µs, so a zone's UTC offset is computed once per (zone, UTC hour) and kept. An hour whose
 * offset differs at its two ends contains a transition (DST at 02:00 local, or a :30 zone's
 * transition mid-hour); instants in such an hour are computed exactly every time.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const validZones = new Map<string, boolean>();

/** True when `zone` is an IANA time-zone name this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  const known = validZones.get(zone);
  if (known !== undefined) return known;
  let ok = false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    ok = zone.length > 0;
  } catch {
    ok = false;
  }
  validZones.set(zone, ok);
  return ok;
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC (local minus UTC, in ms) at `ms`, straight from Intl. */
export function exactOffsetMs(zone: string, ms: number): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const p of formatter(zone).formatToParts(new Date(wholeSecond))) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value) % 24;
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      case 'second':
        s = Number(p.value);
        break;
      default:
        break;
    }
  }
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC maps years 0-99 to 1900-1999; no supported instant falls there.
  return asUtc - wholeSecond;
}

/** A zone with its offset cache; get one per zone name with `zoneInfo`. */
export interface ZoneInfo {
  readonly name: string;
  /** UTC hour index -> offset at the start of that hour, or NaN when the hour holds a transition. */
  readonly hours: Map<number, number>;
}

const zoneInfos = new Map<string, ZoneInfo>();
let cachedHours = 0;
/** Bounds memory in a long-running server; refilling is cheap. */
const MAX_CACHED_HOURS = 500_000;

/** The cached zone record for an IANA name (call isValidTimeZone first for untrusted input). */
export function zoneInfo(name: string): ZoneInfo {
  let z = zoneInfos.get(name);
  if (!z) {
    z = { name, hours: new Map() };
    zoneInfos.set(name, z);
  }
  return z;
}

/** Offset (local minus UTC, ms) of the zone at instant `ms`. */
export function offsetAt(z: ZoneInfo, ms: number): number {
  const hour = Math.floor(ms / MS_PER_HOUR);
  let off = z.hours.get(hour);
  if (off === undefined) {
    const start = hour * MS_PER_HOUR;
    const a = exactOffsetMs(z.name, start);
    const b = exactOffsetMs(z.name, start + MS_PER_HOUR);
    off = a === b ? a : NaN;
    if (cachedHours >= MAX_CACHED_HOURS) {
      for (const info of zoneInfos.values()) info.hours.clear();
      cachedHours = 0;
    }
    z.hours.set(hour, off);
    cachedHours++;
  }
  return Number.isNaN(off) ? exactOffsetMs(z.name, ms) : off;
}

/** Local calendar day number (days since 1970-01-01 in the zone's calendar) of an instant. */
export function localDay(z: ZoneInfo, ms: number): number {
  return Math.floor((ms + offsetAt(z, ms)) / MS_PER_DAY);
}

/** Local wall-clock time as { day, secondOfDay } (secondOfDay may carry a fraction). */
export function localDayAndSecond(z: ZoneInfo, ms: number): { day: number; second: number } {
  const local = ms + offsetAt(z, ms);
  const day = Math.floor(local / MS_PER_DAY);
  return { day, second: (local - day * MS_PER_DAY) / 1000 };
}

/**
 * The first instant at which the zone's wall clock reads at least `second` on local `day`
 * (so a wall time skipped by a DST gap resolves to the transition instant, and a repeated one
 * to its first occurrence).
 */
export function instantOfLocal(z: ZoneInfo, day: number, second: number): number {
  const local = day * MS_PER_DAY + second * 1000;
  const before = offsetAt(z, local - MS_PER_DAY);
  const after = offsetAt(z, local + MS_PER_DAY);
  const c1 = local - before;
  const c2 = local - after;
  let best = Number.POSITIVE_INFINITY;
  if (c1 + offsetAt(z, c1) === local) best = c1;
  if (c2 + offsetAt(z, c2) === local && c2 < best) best = c2;
  if (best !== Number.POSITIVE_INFINITY) return best;
  // The wall time does not exist (DST gap): find the transition, the first instant whose wall
  // clock is at or past the target.
  let lo = Math.min(c1, c2);
  let hi = Math.max(c1, c2);
  if (hi + offsetAt(z, hi) < local) {
    // Offsets were sampled a day away and missed the shape of the gap; walk forward by hours.
    hi = lo;
    while (hi + offsetAt(z, hi) < local) hi += MS_PER_HOUR;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + offsetAt(z, mid) >= local) hi = mid;
    else lo = mid;
  }
  return hi;
}
