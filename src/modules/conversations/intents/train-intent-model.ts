import { CRITICAL_INTENTS, INTENTS, type Intent } from '../intent-effects.js';
import { detectLanguage } from '../text/detect-language.js';
import { tokenize } from '../text/tokenize.js';
import type { Language } from '../types.js';
import { matchIntentPatterns } from './detect-intents.js';
import { FEATURE_BITS, intentFeatures } from './intent-features.js';
import { compileIntentModel, rawScores, sigmoid, type IntentModel } from './intent-model.js';

export interface IntentTrainingExample {
  text: string;
  intents: readonly Intent[];
  /** The split unit (template family or hand-written item): cross-validation folds never cut it. */
  family: string;
  language?: Language;
  /**
   * The intents whose label is known (all when absent). A reviewed proposal tells whether one
   * intent was meant, nothing about the others: it teaches (and is scored for) that intent only.
   */
  known?: readonly Intent[];
  /** A hard negative of this intent (its topic mentioned without the intent). */
  hardNegativeOf?: Intent;
}

export interface IntentTrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weights kept per intent (the strongest by absolute value). */
  keep: number;
  /** Cap on how much more a positive example weighs than a negative (class imbalance). */
  maxPositiveWeight: number;
  /** How much a hard negative weighs, for its own intent's classifier, next to a plain negative (1 when absent). */
  hardNegativeWeight?: number;
  patternFeatures: boolean;
  /** Cross-validation folds (by family) for calibration and thresholds. */
  folds: number;
  /** Recall that the threshold of a critical intent must keep on out-of-fold predictions. */
  criticalRecall: number;
  seed: number;
}

export const DEFAULT_INTENT_TRAIN_OPTIONS: IntentTrainOptions = {
  epochs: 14,
  learningRate: 0.1,
  l2: 1e-3,
  keep: 3000,
  maxPositiveWeight: 4,
  patternFeatures: true,
  folds: 5,
  criticalRecall: 0.95,
  seed: 11,
};

interface Row {
  ids: number[];
  values: number[];
  hits: Intent[];
  y: Uint8Array;
  /** 1 where the label is known; null when every label is. */
  known: Uint8Array | null;
  family: string;
  /** Index of the intent this row is a hard negative of, or -1. */
  hardNegative: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Features of one text exactly as inference computes them. */
export function featuresOf(text: string, patternFeatures: boolean, language?: Language) {
  const t = tokenize(text);
  const lang = language ?? detectLanguage(t.words, text);
  const hits = patternFeatures ? matchIntentPatterns(t, lang).map((m) => m.intent) : [];
  return intentFeatures(t, lang, hits);
}

function toRows(examples: readonly IntentTrainingExample[], o: IntentTrainOptions): Row[] {
  return examples.map((e) => {
    const y = new Uint8Array(INTENTS.length);
    for (const i of e.intents) y[INTENTS.indexOf(i)] = 1;
    // Language is detected as in production, never taken from the label.
    const t = tokenize(e.text);
    const lang = detectLanguage(t.words, e.text);
    const hits = matchIntentPatterns(t, lang).map((m) => m.intent);
    const f = intentFeatures(t, lang, o.patternFeatures ? hits : []);
    let known: Uint8Array | null = null;
    if (e.known) {
      known = new Uint8Array(INTENTS.length);
      for (const i of e.known) known[INTENTS.indexOf(i)] = 1;
    }
    return { ids: f.ids, values: f.values, hits, y, known, family: e.family, hardNegative: e.hardNegativeOf ? INTENTS.indexOf(e.hardNegativeOf) : -1 };
  });
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** AdaGrad SGD on the logistic loss, all intents at once, seeded shuffle; weights pruned to `keep`. */
function fit(rows: readonly Row[], o: IntentTrainOptions): Pick<IntentModel, 'bias' | 'weights'> {
  const k = INTENTS.length;
  const size = 1 << FEATURE_BITS;
  const w = Array.from({ length: k }, () => new Float32Array(size));
  const g2 = Array.from({ length: k }, () => new Float32Array(size).fill(1e-6));
  const bias = new Float64Array(k);
  const bg2 = new Float64Array(k).fill(1e-6);
  const positives = new Float64Array(k);
  for (const r of rows) for (let j = 0; j < k; j++) positives[j]! += r.y[j]!;
  // (Rows with partly known labels count among the negatives here: a handful, next to thousands.)
  const posWeight = Array.from(positives, (p) => (p === 0 ? 1 : Math.min(o.maxPositiveWeight, Math.max(1, (rows.length - p) / p / 4))));
  const rand = mulberry32(o.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const s = Math.floor(rand() * (i + 1));
      [order[i], order[s]] = [order[s]!, order[i]!];
    }
    for (const idx of order) {
      const r = rows[idx]!;
      for (let j = 0; j < k; j++) {
        if (r.known && !r.known[j]) continue;
        const wj = w[j]!;
        const gj = g2[j]!;
        let z = bias[j]!;
        for (let i = 0; i < r.ids.length; i++) z += wj[r.ids[i]!]! * r.values[i]!;
        const y = r.y[j]!;
        const weight = y ? posWeight[j]! : r.hardNegative === j ? (o.hardNegativeWeight ?? 1) : 1;
        const grad = (sigmoid(z) - y) * weight;
        if (Math.abs(grad) < 1e-4) continue;
        bg2[j]! += grad * grad;
        bias[j]! -= (o.learningRate * grad) / Math.sqrt(bg2[j]!);
        for (let i = 0; i < r.ids.length; i++) {
          const id = r.ids[i]!;
          const gi = grad * r.values[i]! + o.l2 * wj[id]!;
          gj[id]! += gi * gi;
          wj[id]! -= (o.learningRate * gi) / Math.sqrt(gj[id]!);
        }
      }
    }
  }
  const weights: Array<[number[], number[]]> = w.map((wj) => {
    const ids: number[] = [];
    for (let id = 0; id < size; id++) if (wj[id] !== 0) ids.push(id);
    ids.sort((a, b) => Math.abs(wj[b]!) - Math.abs(wj[a]!) || a - b);
    const kept = ids.slice(0, o.keep).filter((id) => Math.abs(r4(wj[id]!)) > 0).sort((a, b) => a - b);
    return [kept, kept.map((id) => r4(wj[id]!))];
  });
  return { bias: Array.from(bias, r4), weights };
}

/** Platt scaling: fit sigmoid(a z + b) to out-of-fold scores by gradient descent. */
export function platt(z: readonly number[], y: readonly number[]): [number, number] {
  let a = 1;
  let b = 0;
  const n = z.length;
  const pos = y.reduce((s, v) => s + v, 0);
  // Smoothed targets (Platt 1999) keep a and b finite when classes separate cleanly.
  const tPos = (pos + 1) / (pos + 2);
  const tNeg = 1 / (n - pos + 2);
  for (let it = 0; it < 800; it++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(a * z[i]! + b);
      const d = p - (y[i] ? tPos : tNeg);
      ga += d * z[i]!;
      gb += d;
    }
    a -= (0.5 * ga) / n;
    b -= (0.5 * gb) / n;
  }
  return [r4(a), r4(b)];
}

/**
 * The two thresholds of an intent on calibrated probability (alone, and with a pattern hit).
 * Critical intents: the pair with the best precision among those keeping the recall target;
 * when none keeps it, the same among those within one point of the best recall any pair reaches;
 * the threshold with a pattern is at least 0.05, so a pattern alone never decides. Others: the
 * best F1.
 */
export function pickThresholds(p: readonly number[], hit: readonly boolean[], y: readonly number[], critical: boolean, criticalRecall: number): [number, number] {
  const pos = y.reduce((s, v) => s + v, 0);
  if (pos === 0) return [0.5, 0.5];
  let best: [number, number] = [0.5, 0.5];
  let bestKey = -1;
  let bestMeetsTarget = false;
  const floor = critical ? 5 : 0;
  // When no pair reaches the recall target out of fold, the target becomes the best recall any
  // pair reaches (less one point): recall first for the critical intents, then precision.
  let target = criticalRecall;
  if (critical) {
    let reachable = 0;
    for (let ta = 95; ta >= 10; ta -= 5) {
      for (let tp_ = Math.min(ta, 95); tp_ >= floor; tp_ -= 5) {
        let tp = 0;
        for (let i = 0; i < p.length; i++) if (y[i] && p[i]! >= (hit[i] ? tp_ / 100 : ta / 100)) tp++;
        reachable = Math.max(reachable, tp / pos);
      }
    }
    target = Math.min(criticalRecall, reachable - 0.01);
  }
  for (let ta = 95; ta >= 10; ta -= 5) {
    // A critical intent is never decided by a pattern alone: the model keeps a veto (negation,
    // a third party, a question), which is what a pattern cannot see.
    for (let tp_ = 95; tp_ >= floor; tp_ -= 5) {
      if (tp_ > ta) continue;
      const alone = ta / 100;
      const withPattern = tp_ / 100;
      let tp = 0;
      let fp = 0;
      for (let i = 0; i < p.length; i++) {
        if (p[i]! < (hit[i] ? withPattern : alone)) continue;
        if (y[i]) tp++;
        else fp++;
      }
      const recall = tp / pos;
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      if (critical) {
        const meets = recall >= target;
        const f2 = tp === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
        const key = meets ? precision : f2;
        if ((meets && !bestMeetsTarget) || (meets === bestMeetsTarget && key > bestKey + 1e-9)) [best, bestKey, bestMeetsTarget] = [[alone, withPattern], key, meets];
      } else {
        const f1 = tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
        if (f1 > bestKey + 1e-9) [best, bestKey] = [[alone, withPattern], f1];
      }
    }
  }
  return best;
}

export interface OutOfFold {
  /** Raw scores per example per intent, each from a model that never saw the example's family. */
  scores: Float64Array[];
  y: Uint8Array[];
  /** Per example, which labels are known (null: all). */
  known: Array<Uint8Array | null>;
  /** Which intents a hand-written pattern matched, per example. */
  hits: Intent[][];
}

/** K-fold by family: every family's examples are scored by a model trained without that family. */
export function outOfFoldScores(examples: readonly IntentTrainingExample[], options: Partial<IntentTrainOptions> = {}): OutOfFold {
  const o = { ...DEFAULT_INTENT_TRAIN_OPTIONS, ...options };
  const rows = toRows(examples, o);
  const families = [...new Set(rows.map((r) => r.family))].sort();
  const rand = mulberry32(o.seed + 1);
  const foldOf = new Map(families.map((f) => [f, Math.floor(rand() * o.folds)]));
  const scores: Float64Array[] = new Array(rows.length);
  for (let fold = 0; fold < o.folds; fold++) {
    const train = rows.filter((r) => foldOf.get(r.family) !== fold);
    const fitted = fit(train, o);
    const compiled = compileIntentModel({ format: 1, bits: FEATURE_BITS, intents: [...INTENTS], patternFeatures: o.patternFeatures, bias: fitted.bias, weights: fitted.weights, calibration: [], thresholds: [], patternThresholds: [] });
    rows.forEach((r, i) => {
      if (foldOf.get(r.family) === fold) scores[i] = rawScores(compiled, { ids: r.ids, values: r.values, tokensOf: new Map(), words: [] });
    });
  }
  return { scores, y: rows.map((r) => r.y), known: rows.map((r) => r.known), hits: rows.map((r) => r.hits) };
}

/**
 * Trains the shipped model: calibration and thresholds from out-of-fold scores (folds by family,
 * so a threshold is never set on a phrasing the fold's model was trained on), then the final
 * weights on all the examples.
 */
export function trainIntentModel(examples: readonly IntentTrainingExample[], options: Partial<IntentTrainOptions> = {}): IntentModel {
  const o = { ...DEFAULT_INTENT_TRAIN_OPTIONS, ...options };
  const oof = outOfFoldScores(examples, o);
  const calibration: Array<[number, number]> = [];
  const thresholds: number[] = [];
  const patternThresholds: number[] = [];
  INTENTS.forEach((intent, j) => {
    const labeled = oof.scores.map((_, i) => i).filter((i) => !oof.known[i] || oof.known[i]![j]);
    const z = labeled.map((i) => oof.scores[i]![j]!);
    const y = labeled.map((i) => oof.y[i]![j]!);
    const ab = platt(z, y);
    calibration.push(ab);
    const p = z.map((v) => sigmoid(ab[0] * v + ab[1]));
    const hit = labeled.map((i) => oof.hits[i]!.includes(intent));
    const [alone, withPattern] = pickThresholds(p, hit, y, (CRITICAL_INTENTS as readonly string[]).includes(intent), o.criticalRecall);
    thresholds.push(alone);
    patternThresholds.push(withPattern);
  });
  const fitted = fit(toRows(examples, o), o);
  return {
    format: 1,
    bits: FEATURE_BITS,
    intents: [...INTENTS],
    patternFeatures: o.patternFeatures,
    bias: fitted.bias,
    calibration,
    thresholds,
    patternThresholds,
    weights: fitted.weights,
    options: { ...o },
  };
}
