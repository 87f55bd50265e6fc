import { describe, expect, it } from 'vitest';
import { timeZonesForAddress } from './time-zones.js';

describe('time zones from an address', () => {
  it('gives Arizona its own zone (no daylight saving) and keeps the Navajo Nation zone as a possibility', () => {
    expect(timeZonesForAddress('AZ', 'America/New_York')).toEqual({ primary: 'America/Phoenix', extra: ['America/Denver'] });
  });
  it('lists every zone of a split state so contact windows can be intersected', () => {
    const tn = timeZonesForAddress('tn', 'America/New_York');
    expect([tn.primary, ...tn.extra].sort()).toEqual(['America/Chicago', 'America/New_York']);
  });
  it('falls back to the tenant zone when the state is unknown', () => {
    expect(timeZonesForAddress(null, 'America/Denver').primary).toBe('America/Denver');
    expect(timeZonesForAddress('ZZ', 'America/Denver').primary).toBe('America/Denver');
  });
  it('uses only valid IANA names', () => {
    for (const s of ['AK', 'IN', 'MI', 'OR', 'HI', 'PR']) {
      const z = timeZonesForAddress(s, 'UTC');
      for (const zone of [z.primary, ...z.extra]) expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
    }
  });
});
