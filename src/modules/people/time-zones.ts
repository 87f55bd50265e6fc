/**
 * IANA time zones by US state (USPS code): the first is the zone most residents use, the rest are
 * zones part of the state observes. A person whose address is in a split state "may be in" any of
 * them, so contact windows are intersected across all (Reg F §1006.6(b)(1)(i) official interpretation).
 */
export const STATE_TIME_ZONES: Record<string, readonly string[]> = {
  AL: ['America/Chicago'], AK: ['America/Anchorage', 'America/Adak'], AZ: ['America/Phoenix'],
  AR: ['America/Chicago'], CA: ['America/Los_Angeles'], CO: ['America/Denver'], CT: ['America/New_York'],
  DE: ['America/New_York'], DC: ['America/New_York'],
  FL: ['America/New_York', 'America/Chicago'], GA: ['America/New_York'], HI: ['Pacific/Honolulu'],
  ID: ['America/Boise', 'America/Los_Angeles'], IL: ['America/Chicago'],
  IN: ['America/Indiana/Indianapolis', 'America/Chicago'], IA: ['America/Chicago'],
  KS: ['America/Chicago', 'America/Denver'], KY: ['America/New_York', 'America/Chicago'],
  LA: ['America/Chicago'], ME: ['America/New_York'], MD: ['America/New_York'], MA: ['America/New_York'],
  MI: ['America/Detroit', 'America/Menominee'], MN: ['America/Chicago'], MS: ['America/Chicago'],
  MO: ['America/Chicago'], MT: ['America/Denver'], NE: ['America/Chicago', 'America/Denver'],
  NV: ['America/Los_Angeles'], NH: ['America/New_York'], NJ: ['America/New_York'], NM: ['America/Denver'],
  NY: ['America/New_York'], NC: ['America/New_York'], ND: ['America/Chicago', 'America/Denver'],
  OH: ['America/New_York'], OK: ['America/Chicago'], OR: ['America/Los_Angeles', 'America/Boise'],
  PA: ['America/New_York'], RI: ['America/New_York'], SC: ['America/New_York'],
  SD: ['America/Chicago', 'America/Denver'], TN: ['America/Chicago', 'America/New_York'],
  TX: ['America/Chicago', 'America/Denver'], UT: ['America/Denver'], VT: ['America/New_York'],
  VA: ['America/New_York'], WA: ['America/Los_Angeles'], WV: ['America/New_York'], WI: ['America/Chicago'],
  WY: ['America/Denver'], PR: ['America/Puerto_Rico'], GU: ['Pacific/Guam'], VI: ['America/St_Thomas'],
};

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
