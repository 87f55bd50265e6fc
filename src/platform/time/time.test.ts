import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsOnDay,
  dayOfMonth,
  daysBetween,
  daysInMonth,
  formatInstantDate,
  formatLocalDate,
  isTimeZone,
  localDate,
  parseLocalDate,
  startOfLocalDay,
} from './index.js';

describe('month arithmetic', () => {
  it('keeps the original day of month and clamps each month to its end (Jan 31 -> Feb 29 -> Mar 31)', () => {
    const dates = [0, 1, 2, 3].map((m) => addMonthsOnDay('2028-01-31', m, 31));
    expect(dates).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
    expect(addMonthsOnDay('2027-01-31', 1, 31)).toBe('2027-02-28');
  });

  it('clamps a plain month step to the month end, leap years included, and crosses year ends both ways', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonthsOnDay('2026-11-30', 3, 30)).toBe('2027-02-28');
  });

  it('knows month lengths, including century leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual([29, 28, 29, 28, 30, 31]);
    expect(dayOfMonth('2026-02-28')).toBe(28);
  });

  it('refuses what is not a calendar date, saying what it got', () => {
    expect(() => parseLocalDate('2026-02-30')).toThrow('not a calendar date: 2026-02-30');
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
    expect(() => daysBetween('03/01/2026', '2026-03-02')).toThrow(RangeError);
  });
});

describe('day differences', () => {
  it('counts whole days across February and across a daylight-saving change (dates carry no clock)', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    // US clocks spring forward on 2026-03-08 and fall back on 2026-11-01: still one day each.
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('local dates in an IANA zone', () => {
  it('reads the local date of an instant', () => {
    // 03:00 UTC on March 2 is still March 1 in Los Angeles.
    expect(localDate(new Date('2026-03-02T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-01');
    expect(localDate(new Date('2026-03-02T03:00:00Z'), 'Europe/Berlin')).toBe('2026-03-02');
  });

  it('turns over at local midnight on both sides of a daylight-saving change', () => {
    // Chicago is UTC-6 before 2026-03-08 02:00 local and UTC-5 after.
    expect(localDate(new Date('2026-03-08T05:59:59Z'), 'America/Chicago')).toBe('2026-03-07');
    expect(localDate(new Date('2026-03-08T06:00:00Z'), 'America/Chicago')).toBe('2026-03-08');
    expect(localDate(new Date('2026-03-09T04:59:59Z'), 'America/Chicago')).toBe('2026-03-08');
    expect(localDate(new Date('2026-03-09T05:00:00Z'), 'America/Chicago')).toBe('2026-03-09');
    // After falling back (2026-11-01) midnight is 06:00 UTC again.
    expect(localDate(new Date('2026-11-02T05:59:59Z'), 'America/Chicago')).toBe('2026-11-01');
    expect(localDate(new Date('2026-11-02T06:00:00Z'), 'America/Chicago')).toBe('2026-11-02');
  });

  it('finds when a local day starts, a 23-hour and a 25-hour day included', () => {
    expect(startOfLocalDay('2026-03-08', 'America/Chicago').toISOString()).toBe('2026-03-08T06:00:00.000Z');
    expect(startOfLocalDay('2026-03-09', 'America/Chicago').toISOString()).toBe('2026-03-09T05:00:00.000Z');
    expect(startOfLocalDay('2026-11-02', 'America/Chicago').getTime() - startOfLocalDay('2026-11-01', 'America/Chicago').getTime()).toBe(25 * 3_600_000);
    // Where a clock change skips midnight (Havana, 2026-03-08 00:00 -> 01:00), the day starts at 01:00.
    expect(startOfLocalDay('2026-03-08', 'America/Havana').toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });

  it('refuses an unknown zone instead of guessing one', () => {
    expect(isTimeZone('America/Chicago')).toBe(true);
    expect(isTimeZone('Central Time')).toBe(false);
    expect(() => localDate(new Date('2026-03-02T03:00:00Z'), 'Mars/Olympus')).toThrow('unknown time zone: Mars/Olympus');
    expect(() => startOfLocalDay('2026-03-02', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it('writes a date out in the person’s language', () => {
    expect(formatLocalDate('2026-03-11', 'en-US')).toBe('March 11, 2026');
    expect(formatLocalDate('2026-03-11', 'es-US')).toBe('11 de marzo de 2026');
    // The receipt's date is the day in the tenant's zone, not in UTC.
    expect(formatInstantDate(new Date('2026-03-12T03:30:00Z'), 'America/Denver', 'en-US')).toBe('March 11, 2026');
  });
});

describe('the calendar agrees with luxon (property)', () => {
  const day = fc.integer({ min: 0, max: 365 * 60 }).map((n) => DateTime.utc(1990, 1, 1).plus({ days: n }));

  it('months, days and differences', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 240 }), fc.integer({ min: -4000, max: 4000 }), day, (d, months, days, other) => {
        const iso = d.toISODate()!;
        const first = d.startOf('month').plus({ months });
        const anchor = d.day;
        expect(addMonthsOnDay(iso, months, anchor)).toBe(first.set({ day: Math.min(anchor, first.daysInMonth!) }).toISODate());
        expect(addMonths(iso, months)).toBe(d.plus({ months }).toISODate());
        expect(addDays(iso, days)).toBe(d.plus({ days }).toISODate());
        expect(daysBetween(iso, other.toISODate()!)).toBe(Math.round(other.diff(d, 'days').days));
      }),
      { numRuns: 500 },
    );
  });

  it('local dates in several time zones', () => {
    const zones = ['America/Los_Angeles', 'America/New_York', 'Pacific/Honolulu', 'America/Anchorage', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        expect(localDate(new Date(ms), zone)).toBe(DateTime.fromMillis(ms, { zone }).toISODate());
      }),
      { numRuns: 500 },
    );
  });
});
