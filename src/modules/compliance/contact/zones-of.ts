import { ALL_US_TIME_ZONES, STATE_TIME_ZONES } from '../data/state-time-zones.js';
import type { ContactQuestion } from '../schemas.js';
import { zoneInfo, type ZoneInfo } from '../time/zones.js';

/** Zone lists already built: one-zone lists by zone, two-zone lists by first zone then second, state lists by list. */
const singleZone = new Map<ZoneInfo, readonly ZoneInfo[]>();
const zonePairs = new Map<ZoneInfo, Map<ZoneInfo, readonly ZoneInfo[]>>();
const namedLists = new Map<readonly string[], readonly ZoneInfo[]>();
const MAX_PAIRS_PER_ZONE = 64;

function zoneList(names: readonly string[]): ZoneInfo[] {
  const out: ZoneInfo[] = [];
  for (const n of names) {
    const z = zoneInfo(n);
    if (!out.includes(z)) out.push(z);
  }
  return out;
}

/**
 * The consumer's plausible zones: given ones (duplicates dropped), else their state's, else all
 * of the US. The lists are shared and never changed: most questions name one or two zones, so
 * they come from a cache instead of being built per question.
 */
export function zonesOf(q: ContactQuestion): readonly ZoneInfo[] {
  const given = q.consumer?.timeZones;
  if (given && given.length > 0) {
    if (given.length > 2) return zoneList(given);
    const a = zoneInfo(given[0] as string);
    if (given.length === 1 || given[1] === a.name) {
      let one = singleZone.get(a);
      if (one === undefined) {
        one = [a];
        singleZone.set(a, one);
      }
      return one;
    }
    const b = zoneInfo(given[1] as string);
    let byB = zonePairs.get(a);
    if (byB === undefined) {
      byB = new Map();
      zonePairs.set(a, byB);
    }
    let pair = byB.get(b);
    if (pair === undefined) {
      pair = [a, b];
      // Real pairs are few (neighbouring zones); never let odd input grow the cache without bound.
      if (byB.size < MAX_PAIRS_PER_ZONE) byB.set(b, pair);
    }
    return pair;
  }
  const names = (q.consumer?.state && STATE_TIME_ZONES[q.consumer.state]) || ALL_US_TIME_ZONES;
  let list = namedLists.get(names);
  if (list === undefined) {
    list = zoneList(names);
    namedLists.set(names, list);
  }
  return list;
}
