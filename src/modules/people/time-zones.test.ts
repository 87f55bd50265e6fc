import { describe, expect, it } from 'vitest';
import { timeZonesForAddress } from './time-zones.js';

describe('time zones from an address', () => {
  it('gives Arizona its own zone (no daylight saving)', () => {
    expect(timeZonesForAddress('AZ', 'America/New_York')).toEqual({ primary: 'America/Phoenix', extra: [] });
  });
  it('lists every zone of a split state so contact windows can be intersected', () => {
    expect(timeZonesForAddress('tn', 'America/New_York')).toEqual({ primary: 'America/Chicago', extra: ['America/New_York'] });
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
