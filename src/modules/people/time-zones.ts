import { STATE_TIME_ZONES } from '../compliance/index.js';

/**
 * Zones by US state come from the compliance engine's table (every zone part of a state observes,
 * the one most residents use first): a person whose address is in a split state "may be in" any of
 * them, so contact windows are intersected across all (Reg F §1006.6(b)(1)(i)).
 */
export interface PersonTimeZones {
  primary: string;
  extra: string[];
}

/** Time zones derived from an address's state; unknown states fall back to the tenant's zone. */
export function timeZonesForAddress(state: string | null | undefined, fallback: string): PersonTimeZones {
  const zones = state ? STATE_TIME_ZONES[state.trim().toUpperCase()] : undefined;
  if (!zones || zones.length === 0) return { primary: fallback, extra: [] };
  return { primary: zones[0] as string, extra: zones.slice(1) };
}
