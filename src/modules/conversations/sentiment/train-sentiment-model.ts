import { tokenize } from '../text/tokenize.js';
import type { SentimentLabel } from '../types.js';
import { DENSE_FEATURES, extractFeatures } from './features.js';
import { ENGLISH } from './lexicon.js';
import { scoreLexicon } from './score-lexicon.js';

/** A training sentence and its label. */
export interface TrainingExample {
  text: string;
  label: SentimentLabel;
  /** Relative weight of the example (default 1). */
  weight?: number;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty on sparse weights (per update); dense lexicon weights get a tenth of it. */
  l2?: number;
  /** Sparse features must occur in at least this many training sentences. */
  minCount?: number;
  /** Weight of neutral examples (they are few: only our own utterances have them). */
  neutralWeight?: number;
  /** Seed of the deterministic shuffle, so training is reproducible. */
  seed?: number;
}

/** Class order of every weight triple. */
export const CLASSES = ['negative', 'neutral', 'positive'] as const;

/** The shipped model file's shape (sentiment/model/sentiment-en.json). */
export interface SentimentModel {
  format: 2;
  classes: typeof CLASSES;
  /** Per class. */
  bias: [number, number, number];
  /** Per dense feature (DENSE_FEATURES order), per class. */
  dense: Array<[number, number, number]>;
  /** Sparse feature -> per-class weights. */
  weights: Record<string, [number, number, number]>;
  trainedOn?: string[];
  options?: Required<TrainOptions>;
  license?: string;
}

export const DEFAULT_TRAIN_OPTIONS: Required<TrainOptions> = {
  epochs: 20,
  learningRate: 0.2,
  l2: 1e-4,
  minCount: 2,
  neutralWeight: 1,
  seed: 7,
};

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

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Multinomial (negative / neutral / positive) L2-regularized logistic regression over the lexicon
 * features and pruned word/bigram features, trained by AdaGrad SGD with a seeded shuffle: the
 * same examples give the same model. Binary corpora supply only the two polar classes; the
 * neutral class is learned from Kindly's own labeled utterances.
 */
export function trainSentimentModel(examples: readonly TrainingExample[], options: TrainOptions = {}): SentimentModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const K = 3;
  const rows = examples.map((e) => {
    const t = tokenize(e.text);
    const f = extractFeatures(t, ENGLISH, scoreLexicon(t, ENGLISH));
    const y = CLASSES.indexOf(e.label as (typeof CLASSES)[number]);
    const weight = (e.weight ?? 1) * (y === 1 ? o.neutralWeight : 1);
    return { keys: [...new Set(f.keys)], dense: f.dense, y, weight };
  });
  const df = new Map<string, number>();
  for (const r of rows) for (const k of r.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [k, c] of df) if (c >= o.minCount) index.set(k, index.size);
  const sparse = rows.map((r) => {
    const ids: number[] = [];
    for (const k of r.keys) {
      const id = index.get(k);
      if (id !== undefined) ids.push(id);
    }
    return Int32Array.from(ids);
  });
  const D = DENSE_FEATURES.length;
  const w = new Float64Array(index.size * K);
  const g2 = new Float64Array(index.size * K);
  const wd = new Float64Array(D * K);
  const gd2 = new Float64Array(D * K);
  const b = new Float64Array(K);
  const gb2 = new Float64Array(K);
  const eps = 1e-8;
  const lr = o.learningRate;
  const order = rows.map((_, i) => i);
  const rand = mulberry32(o.seed);
  const z = new Float64Array(K);
  const g = new Float64Array(K);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    for (const idx of order) {
      const r = rows[idx]!;
      const ids = sparse[idx]!;
      let max = -Infinity;
      for (let c = 0; c < K; c++) {
        let s = b[c]!;
        for (let d = 0; d < D; d++) s += wd[d * K + c]! * r.dense[d]!;
        for (const id of ids) s += w[id * K + c]!;
        z[c] = s;
        if (s > max) max = s;
      }
      let norm = 0;
      for (let c = 0; c < K; c++) norm += Math.exp(z[c]! - max);
      for (let c = 0; c < K; c++) g[c] = (Math.exp(z[c]! - max) / norm - (c === r.y ? 1 : 0)) * r.weight;
      for (let c = 0; c < K; c++) {
        const gc = g[c]!;
        gb2[c] = gb2[c]! + gc * gc;
        b[c] = b[c]! - (lr * gc) / Math.sqrt(gb2[c]! + eps);
        for (let d = 0; d < D; d++) {
          const at = d * K + c;
          const gd = gc * r.dense[d]! + o.l2 * 0.1 * wd[at]!;
          gd2[at] = gd2[at]! + gd * gd;
          wd[at] = wd[at]! - (lr * gd) / Math.sqrt(gd2[at]! + eps);
        }
        for (const id of ids) {
          const at = id * K + c;
          const gi = gc + o.l2 * w[at]!;
          g2[at] = g2[at]! + gi * gi;
          w[at] = w[at]! - (lr * gi) / Math.sqrt(g2[at]! + eps);
        }
      }
    }
  }
  const weights: Record<string, [number, number, number]> = {};
  for (const [k, id] of index) {
    const triple: [number, number, number] = [round(w[id * K]!, 3), round(w[id * K + 1]!, 3), round(w[id * K + 2]!, 3)];
    if (triple[0] !== 0 || triple[1] !== 0 || triple[2] !== 0) weights[k] = triple;
  }
  const dense = DENSE_FEATURES.map((_, d): [number, number, number] => [
    round(wd[d * K]!, 4),
    round(wd[d * K + 1]!, 4),
    round(wd[d * K + 2]!, 4),
  ]);
  return {
    format: 2,
    classes: CLASSES,
    bias: [round(b[0]!, 4), round(b[1]!, 4), round(b[2]!, 4)],
    dense,
    weights,
    options: o,
  };
}
