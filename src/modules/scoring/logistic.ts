/**
 * Regularized logistic regression over typed arrays, fitted by Newton's method (IRLS) on
 * standardized features. Pure and deterministic: the same rows in the same order give the same
 * weights to the last bit (no random initialization, no sampling, a fixed iteration order).
 */

/** Rows as one flat Float64Array, row-major: `x[i * width + j]`. */
export interface Matrix {
  x: Float64Array;
  rows: number;
  width: number;
}

export interface Standardization {
  mean: Float64Array;
  std: Float64Array;
}

export interface FittedLogistic {
  /** Weights on standardized features. */
  weights: Float64Array;
  bias: number;
  std: Standardization;
  iterations: number;
  lambda: number;
}

/** Column means and standard deviations; a constant column gets std 1 (its weight stays 0). */
export function standardization(m: Matrix): Standardization {
  const { x, rows, width } = m;
  const mean = new Float64Array(width);
  const std = new Float64Array(width);
  for (let i = 0; i < rows; i++) for (let j = 0; j < width; j++) mean[j]! += x[i * width + j]!;
  for (let j = 0; j < width; j++) mean[j] = rows ? mean[j]! / rows : 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < width; j++) {
      const d = x[i * width + j]! - mean[j]!;
      std[j]! += d * d;
    }
  }
  for (let j = 0; j < width; j++) {
    const s = rows > 1 ? Math.sqrt(std[j]! / (rows - 1)) : 0;
    std[j] = s > 1e-9 ? s : 1;
  }
  return { mean, std };
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves A x = b for a symmetric positive definite A (Cholesky); A is n*n row-major. */
function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * n + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!;
    y[i] = s / l[i * n + i]!;
  }
  const out = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * out[k]!;
    out[i] = s / l[i * n + i]!;
  }
  return out;
}

export interface FitOptions {
  /** L2 penalty on the (standardized) weights, not on the bias; scaled by the row count. */
  lambda?: number;
  maxIterations?: number;
  /** Stop when no parameter moves more than this. */
  tolerance?: number;
}

/**
 * Fits P(y=1|x) = sigmoid(bias + w·z), z the standardized x, minimizing the mean log loss plus
 * lambda/2 |w|^2. Newton steps on the (width+1)^2 Hessian: a handful of passes over the rows.
 */
export function fitLogistic(m: Matrix, y: Uint8Array, opts: FitOptions = {}): FittedLogistic {
  const { x, rows, width } = m;
  const lambda = opts.lambda ?? 0.01;
  const maxIterations = opts.maxIterations ?? 25;
  const tolerance = opts.tolerance ?? 1e-6;
  const std = standardization(m);
  const n = width + 1;
  // theta[0] is the bias; start from the base rate so the first step is small.
  const theta = new Float64Array(n);
  let positives = 0;
  for (let i = 0; i < rows; i++) positives += y[i]!;
  const rate = Math.min(Math.max(positives / Math.max(rows, 1), 1e-4), 1 - 1e-4);
  theta[0] = Math.log(rate / (1 - rate));
  const z = new Float64Array(n);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const grad = new Float64Array(n);
    const hess = new Float64Array(n * n);
    for (let i = 0; i < rows; i++) {
      z[0] = 1;
      for (let j = 0; j < width; j++) z[j + 1] = (x[i * width + j]! - std.mean[j]!) / std.std[j]!;
      let eta = 0;
      for (let j = 0; j < n; j++) eta += theta[j]! * z[j]!;
      const p = sigmoid(eta);
      const r = p - y[i]!;
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < n; a++) {
        const za = z[a]!;
        grad[a]! += r * za;
        const wa = w * za;
        for (let b = 0; b <= a; b++) hess[a * n + b]! += wa * z[b]!;
      }
    }
    const scale = 1 / Math.max(rows, 1);
    for (let a = 0; a < n; a++) {
      grad[a] = grad[a]! * scale + (a > 0 ? lambda * theta[a]! : 0);
      for (let b = 0; b <= a; b++) {
        const v = hess[a * n + b]! * scale + (a === b && a > 0 ? lambda : 0);
        hess[a * n + b] = v;
        hess[b * n + a] = v;
      }
      // Tiny ridge on the bias keeps a one-class sample solvable.
      if (a === 0) hess[0] = hess[0]! + 1e-9;
    }
    const step = solveSpd(hess, grad, n);
    let moved = 0;
    for (let a = 0; a < n; a++) {
      theta[a] = theta[a]! - step[a]!;
      moved = Math.max(moved, Math.abs(step[a]!));
    }
    if (moved < tolerance) {
      iterations++;
      break;
    }
  }
  return { weights: theta.slice(1), bias: theta[0]!, std, iterations, lambda };
}

/** Per-feature contributions w_j * z_j of one row (the explanation of its score). */
export function contributions(model: Pick<FittedLogistic, 'weights' | 'std'>, row: ArrayLike<number>, out = new Float64Array(model.weights.length)): Float64Array {
  for (let j = 0; j < model.weights.length; j++) out[j] = model.weights[j]! * ((row[j]! - model.std.mean[j]!) / model.std.std[j]!);
  return out;
}

/** Probabilities for every row. */
export function predict(model: Pick<FittedLogistic, 'weights' | 'bias' | 'std'>, m: Matrix): Float64Array {
  const out = new Float64Array(m.rows);
  const { weights, bias, std } = model;
  for (let i = 0; i < m.rows; i++) {
    let eta = bias;
    for (let j = 0; j < m.width; j++) eta += weights[j]! * ((m.x[i * m.width + j]! - std.mean[j]!) / std.std[j]!);
    out[i] = sigmoid(eta);
  }
  return out;
}

/** Area under the ROC curve (ties count half), by ranking; null with one class only. */
export function auc(scores: Float64Array, y: Uint8Array): number | null {
  const order = Array.from(scores.keys()).sort((a, b) => scores[a]! - scores[b]! || a - b);
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (y[order[k]!]) {
        pos++;
        rankSum += avgRank;
      } else neg++;
    }
    i = j + 1;
  }
  if (!pos || !neg) return null;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Mean squared error of the probabilities (lower is better; 0.25 is a coin flip at 50%). */
export function brier(scores: Float64Array, y: Uint8Array): number | null {
  if (!scores.length) return null;
  let s = 0;
  for (let i = 0; i < scores.length; i++) s += (scores[i]! - y[i]!) ** 2;
  return s / scores.length;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  n: number;
  meanScore: number | null;
  observed: number | null;
}

/** The reliability curve: in each tenth of the score range, the mean score against the observed rate. */
export function reliability(scores: Float64Array, y: Uint8Array, bins = 10): ReliabilityBin[] {
  const n = new Float64Array(bins);
  const sum = new Float64Array(bins);
  const hits = new Float64Array(bins);
  for (let i = 0; i < scores.length; i++) {
    const b = Math.min(bins - 1, Math.floor(scores[i]! * bins));
    n[b]!++;
    sum[b]! += scores[i]!;
    hits[b]! += y[i]!;
  }
  return Array.from({ length: bins }, (_, b) => ({
    from: b / bins,
    to: (b + 1) / bins,
    n: n[b]!,
    meanScore: n[b] ? round4(sum[b]! / n[b]!) : null,
    observed: n[b] ? round4(hits[b]! / n[b]!) : null,
  }));
}

export const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
