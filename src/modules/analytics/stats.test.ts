import { describe, expect, it } from 'vitest';
import { diffOfMeans, diffOfProportions, sampleSizePerArm } from './stats.js';

describe('experiment statistics', () => {
  it('gives the textbook interval for a difference of proportions', () => {
    // 200/1000 vs 250/1000: d = 0.05, se = sqrt(.16/1000 + .1875/1000) = 0.018641
    const ci = diffOfProportions({ n: 1000, k: 200 }, { n: 1000, k: 250 })!;
    expect(ci.estimate).toBeCloseTo(0.05, 6);
    expect(ci.low).toBeCloseTo(0.05 - 1.959964 * 0.0186413, 4);
    expect(ci.high).toBeCloseTo(0.05 + 1.959964 * 0.0186413, 4);
    expect(diffOfProportions({ n: 0, k: 0 }, { n: 10, k: 1 })).toBeNull();
  });

  it('gives a Welch interval on per-account amounts from their moments', () => {
    // a: 1,2,3 (mean 2, var 1); b: 2,4,6 (mean 4, var 4): se = sqrt(1/3 + 4/3)
    const ci = diffOfMeans({ n: 3, sum: 6, sumSq: 14 }, { n: 3, sum: 12, sumSq: 56 })!;
    expect(ci.estimate).toBe(2);
    expect(ci.high - ci.estimate).toBeCloseTo(1.959964 * Math.sqrt(5 / 3), 2);
  });

  it('asks for more accounts to see a smaller change', () => {
    // 20% -> 25% at 5% / 80%: about 1,094 per arm (the standard table value)
    expect(sampleSizePerArm(0.2, 0.05)).toBeGreaterThanOrEqual(1090);
    expect(sampleSizePerArm(0.2, 0.05)).toBeLessThanOrEqual(1100);
    expect(sampleSizePerArm(0.2, 0.02)).toBeGreaterThan(sampleSizePerArm(0.2, 0.05));
  });
});
