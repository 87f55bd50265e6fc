import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoString } from './iso-string.js';

describe('isoString', () => {
  it('gives the text of toISOString for any instant, inside the fast range or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 253_402_300_799_999 }), fc.integer({ min: -8.64e15, max: 8.64e15 })), (ms) => {
        const d = new Date(ms);
        expect(isoString(d)).toBe(d.toISOString());
      }),
      { numRuns: 20_000 },
    );
  });

  it('pins the edges: the epoch, the last millisecond of 9999, leap days, the day before 1970', () => {
    for (const text of ['1970-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '2024-02-29T12:34:56.789Z', '1969-12-31T23:59:59.999Z', '+010000-01-01T00:00:00.000Z', '2026-03-08T07:00:00.001Z']) {
      const d = new Date(text);
      expect(isoString(d)).toBe(d.toISOString());
      expect(isoString(d)).toBe(text);
    }
  });

  it('throws for an invalid date, as toISOString does', () => {
    expect(() => isoString(new Date(Number.NaN))).toThrow(RangeError);
  });
});
