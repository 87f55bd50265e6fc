/** Two-sided 95% normal quantile. */
export const Z95 = 1.959964;
/** One-sided quantile for 80% power. */
export const Z80 = 0.841621;

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

/** Difference of two proportions (b - a) with a 95% Wald interval; null when either group is empty. */
export function diffOfProportions(a: { n: number; k: number }, b: { n: number; k: number }): Interval | null {
  if (a.n === 0 || b.n === 0) return null;
  const pa = a.k / a.n;
  const pb = b.k / b.n;
  const se = Math.sqrt((pa * (1 - pa)) / a.n + (pb * (1 - pb)) / b.n);
  const d = pb - pa;
  return { estimate: round(d), low: round(d - Z95 * se), high: round(d + Z95 * se) };
}

/** Moments of a per-account amount: count, sum and sum of squares (what SQL can add up set-based). */
export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
}

/**
 * Difference of means (b - a) with a 95% Welch interval (normal quantile: arms are compared at
 * hundreds of accounts or more, where the t and normal quantiles agree to two decimals).
 */
export function diffOfMeans(a: Moments, b: Moments): Interval | null {
  if (a.n < 2 || b.n < 2) return null;
  const ma = a.sum / a.n;
  const mb = b.sum / b.n;
  const va = Math.max(0, (a.sumSq - a.n * ma * ma) / (a.n - 1));
  const vb = Math.max(0, (b.sumSq - b.n * mb * mb) / (b.n - 1));
  const se = Math.sqrt(va / a.n + vb / b.n);
  const d = mb - ma;
  return { estimate: round(d, 2), low: round(d - Z95 * se, 2), high: round(d + Z95 * se, 2) };
}

/**
 * Accounts per arm for a fixed-horizon two-sided test at 5% significance and 80% power to detect
 * an absolute change `mde` from a baseline proportion.
 */
export function sampleSizePerArm(baseline: number, mde: number): number {
  const p1 = Math.min(Math.max(baseline, 0.001), 0.999);
  const p2 = Math.min(Math.max(p1 + mde, 0.001), 0.999);
  return Math.ceil(((Z95 + Z80) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2))) / (mde * mde));
}
