import { MS_PER_DAY, MS_PER_HOUR } from './instant.js';

/**
 * Time-zone math for the contact rules. Creating a DateTimeFormat costs ~50 µs and formatting
 * ~3 µs, so offsets are never computed per call: each zone's DST transitions are located once
 * per ~50-day span (see ZoneInfo) and every later lookup is arithmetic.
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

/**
 * A zone with its offset cache. Time is cut into buckets of 2^32 ms (~50 days); for each bucket
 * used, the offsets in force are found once (sampled every ~6 days, each change located to the
 * millisecond by bisection) and kept as segments, so a lookup is a Map hit and a short scan.
 */
export interface ZoneInfo {
  readonly name: string;
  /** bucket index -> [segment start ms, offset ms, segment start ms, offset ms, ...] ascending. */
  readonly buckets: Map<number, number[]>;
  /** The last bucket looked up (most lookups in a row fall in the same one). */
  lastBucket: number;
  lastSegments: number[];
  /** The constant-offset span [spanFrom, spanTo) of the last lookup and its offset: a hit is two comparisons. */
  spanFrom: number;
  spanTo: number;
  spanOffset: number;
}

const BUCKET_MS = 2 ** 32;
const SAMPLES_PER_BUCKET = 8;

const zoneInfos = new Map<string, ZoneInfo>();
let cachedBuckets = 0;
/** Bounds memory in a long-running server; refilling is cheap. */
const MAX_CACHED_BUCKETS = 100_000;

/** The cached zone record for an IANA name (call isValidTimeZone first for untrusted input). */
export function zoneInfo(name: string): ZoneInfo {
  let z = zoneInfos.get(name);
  if (!z) {
    z = { name, buckets: new Map(), lastBucket: Number.NaN, lastSegments: [], spanFrom: 0, spanTo: 0, spanOffset: 0 };
    zoneInfos.set(name, z);
  }
  return z;
}

function segmentsOf(name: string, bucket: number): number[] {
  const start = bucket * BUCKET_MS;
  const step = BUCKET_MS / SAMPLES_PER_BUCKET;
  const segs: number[] = [start, exactOffsetMs(name, start)];
  let prevAt = start;
  let prevOff = segs[1] as number;
  for (let k = 1; k <= SAMPLES_PER_BUCKET; k++) {
    const at = start + k * step;
    const off = exactOffsetMs(name, at);
    if (off !== prevOff) {
      // Bisect to the first millisecond with the new offset.
      let lo = prevAt;
      let hi = at;
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (exactOffsetMs(name, mid) === prevOff) lo = mid;
        else hi = mid;
      }
      if (hi < start + BUCKET_MS) segs.push(hi, exactOffsetMs(name, hi));
    }
    prevAt = at;
    prevOff = off;
  }
  return segs;
}

/** Offset (local minus UTC, ms) of the zone at instant `ms`. */
export function offsetAt(z: ZoneInfo, ms: number): number {
  if (ms >= z.spanFrom && ms < z.spanTo) return z.spanOffset;
  const bucket = Math.floor(ms / BUCKET_MS);
  let segs: number[] | undefined;
  if (bucket === z.lastBucket) {
    segs = z.lastSegments;
  } else {
    segs = z.buckets.get(bucket);
    if (segs === undefined) {
      if (cachedBuckets >= MAX_CACHED_BUCKETS) {
        for (const info of zoneInfos.values()) {
          info.buckets.clear();
          info.lastBucket = Number.NaN;
          info.spanTo = info.spanFrom;
        }
        cachedBuckets = 0;
      }
      segs = segmentsOf(z.name, bucket);
      z.buckets.set(bucket, segs);
      cachedBuckets++;
    }
    z.lastBucket = bucket;
    z.lastSegments = segs;
  }
  let i = 0;
  while (i + 2 < segs.length && (segs[i + 2] as number) <= ms) i += 2;
  const off = segs[i + 1] as number;
  z.spanFrom = segs[i] as number;
  z.spanTo = i + 2 < segs.length ? (segs[i + 2] as number) : (bucket + 1) * BUCKET_MS;
  z.spanOffset = off;
  return off;
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
