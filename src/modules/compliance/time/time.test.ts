import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validationPeriod } from '../validation-period.js';
import { addBusinessDays, federalHolidays, isNonBusinessDay } from './business-days.js';
import { formatDay, formatInstant, parseDateDay, parseInstant } from './instant.js';
import { exactOffsetMs, instantOfLocal, localDayAndSecond, offsetAt, zoneInfo } from './zones.js';

const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/St_Johns',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Europe/London',
];

describe('instants', () => {
  it('parses exactly what Date.parse parses for the contract form', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(parseInstant(iso)).toBe(ms);
        expect(parseInstant(formatInstant(ms))).toBe(ms);
      }),
    );
    expect(parseInstant('2026-03-11T10:00:00-05:00')).toBe(Date.parse('2026-03-11T15:00:00Z'));
    expect(parseInstant('2026-03-11T15:00:00.123456Z')).toBe(Date.parse('2026-03-11T15:00:00.123Z'));
  });

  it('formats exactly as Date#toISOString does, without the .000', () => {
    const viaDate = (ms: number) => {
      const iso = new Date(ms).toISOString();
      return iso.endsWith('.000Z') ? iso.slice(0, 19) + 'Z' : iso;
    };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2300, 0, 1) }), (ms) => {
        expect(formatInstant(ms)).toBe(viaDate(ms));
        expect(formatInstant(ms - (ms % 60_000))).toBe(viaDate(ms - (ms % 60_000)));
      }),
      { numRuns: 2000 },
    );
    for (const ms of [Date.UTC(1900, 0, 1) - 1, Date.UTC(1900, 0, 1), Date.UTC(2199, 11, 31, 23, 59, 59, 999), Date.UTC(2200, 0, 1), Date.UTC(2024, 1, 29, 12), 0, 1.5]) {
      expect(formatInstant(ms)).toBe(viaDate(ms));
    }
    expect(formatInstant(Date.UTC(2026, 2, 8, 7, 0, 0, 5))).toBe('2026-03-08T07:00:00.005Z');
  });

  it('validates calendar dates in and outside the month table (1900-2199)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 86_399 }), (y, m, d, sec) => {
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(Math.floor(sec / 3600), 2)}:${pad(Math.floor(sec / 60) % 60, 2)}:${pad(sec % 60, 2)}Z`;
        const utc = new Date(Date.UTC(y, m - 1, d, 0, 0, sec));
        const real = m >= 1 && m <= 12 && d >= 1 && utc.getUTCDate() === d && utc.getUTCMonth() === m - 1;
        expect(parseInstant(text)).toBe(real ? utc.getTime() : Number.NaN);
      }),
      { numRuns: 3000 },
    );
    for (const leap of ['1904-02-29', '2000-02-29', '2096-02-29', '2196-02-29']) expect(parseInstant(`${leap}T00:00:00Z`)).not.toBeNaN();
    for (const no of ['1900-02-29', '2100-02-29', '2199-02-29', '2200-02-29', '2026-04-31']) expect(parseInstant(`${no}T00:00:00Z`)).toBeNaN();
  });

  it('rejects what the schema rejects', () => {
    for (const bad of ['2026-02-29T00:00:00Z', '2026-03-11T15:00Z', '2026-03-11 15:00:00Z', '2026-03-11T24:00:00Z', '2026-03-11T15:00:00', '2026-03-11T15:00:00+5:00', '2026-13-01T00:00:00Z']) {
      expect(parseInstant(bad), bad).toBeNaN();
    }
    expect(parseInstant('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });

  it('round-trips calendar dates', () => {
    expect(formatDay(parseDateDay('2026-05-05'))).toBe('2026-05-05');
    expect(parseDateDay('2026-01-05') + 120).toBe(parseDateDay('2026-05-05'));
    expect(parseDateDay('1900-02-29')).toBeNaN();
    expect(parseDateDay('2000-02-29')).not.toBeNaN();
  });
});

describe('zone offsets', () => {
  it('match Intl for any instant in any zone, DST transitions included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (zone, ms) => {
        expect(offsetAt(zoneInfo(zone), ms)).toBe(exactOffsetMs(zone, ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('stay exact when lookups jump back and forth across transitions (the last-span cache)', () => {
    // Each zone remembers the constant-offset span of its last lookup; alternate sides of
    // transitions, bucket edges and far-apart years so a stale span would show.
    const transitions = [
      ['America/New_York', '2026-03-08T07:00:00Z'],
      ['America/New_York', '2026-11-01T06:00:00Z'],
      ['America/Denver', '2026-11-01T08:00:00Z'],
      ['America/Phoenix', '2026-03-08T09:00:00Z'], // Arizona keeps standard time: no change here
      ['America/St_Johns', '2026-03-08T05:30:00Z'], // half-hour offset
      ['Asia/Kolkata', '2026-03-08T05:30:00Z'], // +05:30, no DST
      ['Asia/Kathmandu', '2026-06-01T00:00:00Z'], // +05:45
      ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'], // a 30-minute DST shift
      ['Europe/London', '2026-03-29T01:00:00Z'],
    ] as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: transitions.length - 1 }), fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), fc.constantFrom(0, 1, -1, 2 ** 32)), { minLength: 1, maxLength: 40 }),
        (lookups) => {
          for (const [i, delta, jump] of lookups) {
            const [zone, at] = transitions[i] as (typeof transitions)[number];
            const ms = Date.parse(at) + delta + jump;
            expect(offsetAt(zoneInfo(zone), ms)).toBe(exactOffsetMs(zone, ms));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('are exact on both sides of a transition', () => {
    const ny = zoneInfo('America/New_York');
    const spring = Date.parse('2026-03-08T07:00:00Z');
    expect(offsetAt(ny, spring - 1)).toBe(-5 * 3_600_000);
    expect(offsetAt(ny, spring)).toBe(-4 * 3_600_000);
    const lordHowe = zoneInfo('Australia/Lord_Howe'); // a 30-minute DST shift
    const t = Date.parse('2026-04-04T15:00:00Z');
    expect(offsetAt(lordHowe, t - 1)).toBe(exactOffsetMs('Australia/Lord_Howe', t - 1));
    expect(offsetAt(lordHowe, t)).toBe(exactOffsetMs('Australia/Lord_Howe', t));
  });

  it('resolve local wall times to the first instant at or after them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 19_000, max: 22_000 }), fc.integer({ min: 0, max: 86_399 }), (zone, day, second) => {
        const z = zoneInfo(zone);
        const t = instantOfLocal(z, day, second);
        const local = localDayAndSecond(z, t);
        // The wall clock at t reads at least the target, and one millisecond earlier it read less.
        expect(local.day * 86_400 + local.second).toBeGreaterThanOrEqual(day * 86_400 + second);
        const before = localDayAndSecond(z, t - 1);
        expect(before.day * 86_400 + before.second).toBeLessThan(day * 86_400 + second);
      }),
      { numRuns: 1000 },
    );
  });

  it('resolve a wall time skipped by DST to the transition', () => {
    const ny = zoneInfo('America/New_York');
    // 02:30 on 2026-03-08 does not exist in New York; the clock jumps from 02:00 EST to 03:00 EDT at 07:00Z.
    expect(formatInstant(instantOfLocal(ny, parseDateDay('2026-03-08'), 2.5 * 3600))).toBe('2026-03-08T07:00:00Z');
  });
});

describe('business days and the validation period', () => {
  it('knows the federal holidays, observed ones included', () => {
    const days = federalHolidays(2026).map(formatDay);
    expect(days).toEqual(
      expect.arrayContaining(['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-07-04', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25']),
    );
    expect(isNonBusinessDay(parseDateDay('2026-07-03'))).toBe(true); // July 4 is a Saturday
    expect(isNonBusinessDay(parseDateDay('2026-07-06'))).toBe(false);
  });

  it('counts business days past weekends and holidays, plus extra holidays', () => {
    // Friday 2026-12-18 + 5 business days: 21, 22, 23, 24, (25 holiday), 28.
    expect(formatDay(addBusinessDays(parseDateDay('2026-12-18'), 5))).toBe('2026-12-28');
    expect(formatDay(addBusinessDays(parseDateDay('2026-12-18'), 5, new Set([parseDateDay('2026-12-24')])))).toBe('2026-12-29');
  });

  it('ends the validation period 30 days after receipt assumed 5 business days after sending', () => {
    expect(validationPeriod({ providedOn: '2026-12-18' })).toEqual({ startsOn: '2026-12-18', assumedReceiptOn: '2026-12-28', endsOn: '2027-01-27' });
    expect(validationPeriod({ providedOn: '2026-12-18', receivedOn: '2027-01-04' }).endsOn).toBe('2027-02-03');
  });
});
