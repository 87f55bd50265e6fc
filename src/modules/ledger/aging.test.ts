import { describe, expect, it } from 'vitest';
import { agingBucket } from './aging.js';

describe('aging buckets', () => {
  it('puts each boundary day in the right bucket', () => {
    expect(agingBucket('2026-01-01', '2026-01-01')).toBe('current');
    expect(agingBucket('2026-01-01', '2026-01-02')).toBe('1-30');
    expect(agingBucket('2026-01-01', '2026-01-31')).toBe('1-30');
    expect(agingBucket('2026-01-01', '2026-02-01')).toBe('31-60');
    expect(agingBucket('2026-01-01', '2026-05-01')).toBe('91-120');
    expect(agingBucket('2026-01-01', '2026-05-02')).toBe('120+');
    expect(agingBucket(null, '2026-05-02')).toBe('current');
  });
});
