/**
 * `date.toISOString()`, the same text, about three times faster: every compliance question
 * carries the instants of the person's history, consents and holds, and V8's own formatting was
 * the largest single cost of building one. Dates from 1970 through 9999 are formatted here (the
 * day's `YYYY-MM-DDT` from a small cache); any other date, or an invalid one, goes to
 * toISOString (which throws for an invalid date, as before).
 */
const TWO: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE: readonly string[] = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const DAY_MS = 86_400_000;
const TO_MS = 253_402_300_800_000; // 10000-01-01T00:00:00Z
const dayPrefixes = new Map<number, string>();
const DAY_PREFIXES_LIMIT = 4096;

export function isoString(date: Date): string {
  const t = date.getTime();
  if (!(t >= 0 && t < TO_MS)) return date.toISOString();
  const day = Math.floor(t / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = date.toISOString().slice(0, 11);
    if (dayPrefixes.size >= DAY_PREFIXES_LIMIT) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  let rest = t - day * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  return `${prefix}${TWO[hour]!}:${TWO[minute]!}:${TWO[second]!}.${THREE[rest - second * 1000]!}Z`;
}
