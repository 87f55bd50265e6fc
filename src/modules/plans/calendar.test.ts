import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsOnDay, daysBetween, localDate, nextAllowedDay } from './calendar.js';

describe('calendar', () => {
  it('keeps the original day of month and clamps each month to its end (Jan 31 -> Feb 29 -> Mar 31)', () => {
    const dates = [0, 1, 2, 3].map((m) => addMonthsOnDay('2028-01-31', m, 31));
    expect(dates).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
    expect(addMonthsOnDay('2027-01-31', 1, 31)).toBe('2027-02-28');
  });

  it('crosses year ends', () => {
    expect(addMonthsOnDay('2026-12-15', 1, 15)).toBe('2027-01-15');
    expect(addMonthsOnDay('2026-11-30', 3, 30)).toBe('2027-02-28');
  });

  it('counts days and reads the local date of an instant in a time zone', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    // 03:00 UTC on March 2 is still March 1 in Los Angeles.
    expect(localDate(new Date('2026-03-02T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-01');
    expect(localDate(new Date('2026-03-02T03:00:00Z'), 'Europe/Berlin')).toBe('2026-03-02');
  });

  it('moves to the next allowed start day, with 31 meaning the month end', () => {
    expect(nextAllowedDay('2026-03-02', [1, 15])).toEqual({ date: '2026-03-15', anchorDay: 15 });
    expect(nextAllowedDay('2026-03-16', [1, 15])).toEqual({ date: '2026-04-01', anchorDay: 1 });
    expect(nextAllowedDay('2026-02-10', [31])).toEqual({ date: '2026-02-28', anchorDay: 31 });
    expect(nextAllowedDay('2026-03-15', [15])).toEqual({ date: '2026-03-15', anchorDay: 15 });
  });
});

describe('calendar agrees with luxon (property)', () => {
  const day = fc.integer({ min: 0, max: 365 * 60 }).map((n) => DateTime.utc(1990, 1, 1).plus({ days: n }));

  it('months, days and differences', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 240 }), fc.integer({ min: -4000, max: 4000 }), day, (d, months, days, other) => {
        const iso = d.toISODate()!;
        const first = d.startOf('month').plus({ months });
        const anchor = d.day;
        expect(addMonthsOnDay(iso, months, anchor)).toBe(first.set({ day: Math.min(anchor, first.daysInMonth!) }).toISODate());
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
