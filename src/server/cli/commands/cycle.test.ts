import { describe, expect, it } from 'vitest';
import { parseEvery } from './cycle.js';

describe('kindly cycle --every', () => {
  it('reads short and ISO 8601 intervals', () => {
    expect(parseEvery('1h')).toBe(3_600_000);
    expect(parseEvery('15m')).toBe(900_000);
    expect(parseEvery('1d')).toBe(86_400_000);
    expect(parseEvery('PT1H')).toBe(3_600_000);
    expect(parseEvery('P1DT12H')).toBe(129_600_000);
  });
  it('rejects what is not an interval', () => {
    for (const bad of ['', 'h', '0h', '-1h', 'P', 'PT', 'soon']) expect(parseEvery(bad), bad).toBeNull();
  });
});
