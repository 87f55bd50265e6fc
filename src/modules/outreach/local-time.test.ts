import { describe, expect, it } from 'vitest';
import { addDays, atLocal, dayNumber, daysBetween, localDate, localHour, windowInAllZones, windowInAllZonesOnDay } from './local-time.js';

describe('local time in IANA zones', () => {
  it('finds the calendar date and hour of an instant in a zone', () => {
    expect(localDate(new Date('2026-03-11T03:30:00Z'), 'America/New_York')).toBe('2026-03-10');
    expect(localHour(new Date('2026-03-11T03:30:00Z'), 'America/New_York')).toBe(23);
    expect(localDate(new Date('2026-03-11T03:30:00Z'), 'Asia/Tokyo')).toBe('2026-03-11');
  });
  it('turns a wall-clock time into an instant across daylight-saving changes', () => {
    expect(atLocal('2026-03-07', 9, 0, 'America/New_York').toISOString()).toBe('2026-03-07T14:00:00.000Z');
    expect(atLocal('2026-03-09', 9, 0, 'America/New_York').toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(atLocal('2026-11-01', 0, 0, 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(atLocal('2026-03-08', 2, 30, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(atLocal('2026-07-01', 8, 0, 'Pacific/Honolulu').toISOString()).toBe('2026-07-01T18:00:00.000Z');
  });
  it('gives the same window for a day number as for its date text, across the daylight-saving changes', () => {
    const zones = [['America/New_York'], ['America/Detroit', 'Pacific/Honolulu'], ['America/Phoenix', 'America/Denver'], ['America/Anchorage']];
    let compared = 0;
    for (let day = dayNumber('2026-02-20'); day <= dayNumber('2026-11-15'); day++) {
      const date = addDays('2026-02-20', day - dayNumber('2026-02-20'));
      for (const z of zones) {
        expect(windowInAllZonesOnDay(day, z, 8, 21)).toEqual(windowInAllZones(date, z, 8, 21));
        expect(windowInAllZonesOnDay(day, z, 1, 3)).toEqual(windowInAllZones(date, z, 1, 3));
        compared++;
      }
    }
    expect(compared).toBe(269 * zones.length);
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
  });
  it('intersects 08:00-21:00 across every zone', () => {
    const w = windowInAllZones('2026-08-18', ['America/Detroit', 'Pacific/Honolulu'])!;
    expect(w.start.toISOString()).toBe('2026-08-18T18:00:00.000Z');
    expect(w.end.toISOString()).toBe('2026-08-19T01:00:00.000Z');
  });
  it('counts calendar days across month ends and leap days, and refuses what is not a date', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-05', -10)).toBe('2025-12-26');
    expect(daysBetween('2026-03-10', '2026-07-08')).toBe(120);
    expect(daysBetween('2026-07-08', '2026-03-10')).toBe(-120);
    expect(() => addDays('2026-3-10', 1)).toThrow(/not a YYYY-MM-DD date/);
  });
});
