import { describe, expect, it } from 'vitest';
import { nextAllowedDay } from './calendar.js';

describe('plan start days', () => {
  it('moves to the next allowed start day, with 31 meaning the month end', () => {
    expect(nextAllowedDay('2026-03-02', [1, 15])).toEqual({ date: '2026-03-15', anchorDay: 15 });
    expect(nextAllowedDay('2026-03-16', [1, 15])).toEqual({ date: '2026-04-01', anchorDay: 1 });
    expect(nextAllowedDay('2026-02-10', [31])).toEqual({ date: '2026-02-28', anchorDay: 31 });
    expect(nextAllowedDay('2026-03-15', [15])).toEqual({ date: '2026-03-15', anchorDay: 15 });
  });
});
