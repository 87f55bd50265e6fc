import { boundedMemo } from '../../platform/memo/index.js';
import { MS_PER_DAY, formatDay, parseDateDay, zoneInfo, zoneOffsetAt } from '../compliance/index.js';

// Zone offsets come from the compliance engine's cached zone spans (each DST change located once),
// so outreach and compliance read the same local times from one mechanism.
const offsetAt = (at: number, zone: string): number => zoneOffsetAt(zoneInfo(zone), at);

/** Days since 1970-01-01 of a YYYY-MM-DD date (a RangeError for any other text). */
export function dayNumber(date: string): number {
  const n = parseDateDay(date);
  if (Number.isNaN(n)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return n;
}

/**
 * YYYY-MM-DD of a day number, from a bounded cache: journeys turn instants into dates and back
 * several times per decision, on a few hundred distinct days, and a cached text also keeps its
 * hash for the maps it keys.
 */
const dayText = boundedMemo(8192, formatDay);

/** The calendar date (YYYY-MM-DD) of an instant in an IANA zone. */
export function localDate(at: Date, zone: string): string {
  const t = at.getTime();
  return dayText(Math.floor((t + offsetAt(t, zone)) / MS_PER_DAY));
}

/** The local hour (0-23) of an instant in a zone. */
export function localHour(at: Date, zone: string): number {
  return new Date(at.getTime() + offsetAt(at.getTime(), zone)).getUTCHours();
}

export function addDays(date: string, days: number): string {
  return dayText(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The instant of a local wall-clock time on a local date in a zone. */
export function atLocal(date: string, hour: number, minute: number, zone: string): Date {
  return new Date(atLocalMs(dayNumber(date), hour, minute, zone));
}

/** `atLocal` for a local day number (days since 1970-01-01), in epoch milliseconds. */
export function atLocalMs(day: number, hour: number, minute: number, zone: string): number {
  const wall = day * MS_PER_DAY + hour * 3_600_000 + minute * 60_000;
  // Two rounds settle the offset across a daylight-saving change; a wall time that does not
  // exist (spring forward) lands an hour later, like most calendars do.
  const first = wall - offsetAt(wall, zone);
  const second = wall - offsetAt(first, zone);
  if (second + offsetAt(second, zone) === wall) return second;
  return Math.max(first, second);
}

/** The local day number (days since 1970-01-01) of an instant in a zone. */
export function localDayMs(at: number, zone: string): number {
  return Math.floor((at + offsetAt(at, zone)) / MS_PER_DAY);
}

/**
 * The part of a local date (in the first zone's calendar) that is between `fromHour` and
 * `toHour` in every zone the person may be in: Reg F's convenient times are judged at the
 * consumer's location, and with several plausible zones all of them must agree.
 */
export function windowInAllZones(date: string, zones: readonly string[], fromHour = 8, toHour = 21): { start: Date; end: Date } | null {
  return windowInAllZonesOnDay(dayNumber(date), zones, fromHour, toHour);
}

/** `windowInAllZones` for a local day number (days since 1970-01-01). */
export function windowInAllZonesOnDay(day: number, zones: readonly string[], fromHour = 8, toHour = 21): { start: Date; end: Date } | null {
  let start = -Infinity;
  let end = Infinity;
  for (const zone of zones) {
    start = Math.max(start, atLocalMs(day, fromHour, 0, zone));
    end = Math.min(end, atLocalMs(day, toHour, 0, zone));
  }
  if (!(start < end)) return null;
  return { start: new Date(start), end: new Date(end) };
}
