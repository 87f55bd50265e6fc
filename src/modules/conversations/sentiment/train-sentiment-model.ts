import { tokenize } from '../text/tokenize.js';
import { DENSE_FEATURES, extractFeatures } from './features.js';
import { ENGLISH } from './lexicon.js';
import { scoreLexicon } from './score-lexicon.js';

/** A training sentence: target 1 = positive, 0 = negative, 0.5 = neutral (a soft target). */
export interface TrainingExample {
  text: string;
  target: number;
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
  /** Seed of the deterministic shuffle, so training is reproducible. */
  seed?: number;
}

/** The shipped model file's shape (sentiment/model/sentiment-en.json). */
export interface SentimentModel {
  format: 1;
  bias: number;
  dense: Record<(typeof DENSE_FEATURES)[number], number>;
  weights: Record<string, number>;
  trainedOn?: string[];
  options?: Required<TrainOptions>;
  license?: string;
}

export const DEFAULT_TRAIN_OPTIONS: Required<TrainOptions> = {
  epochs: 20,
  learningRate: 0.2,
  l2: 1e-4,
  minCount: 2,
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

/**
 * L2-regularized logistic regression over the lexicon features and pruned word/bigram features,
 * trained by AdaGrad SGD with a seeded shuffle: the same examples give the same model.
 */
export function trainSentimentModel(examples: readonly TrainingExample[], options: TrainOptions = {}): SentimentModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const rows = examples.map((e) => {
    const t = tokenize(e.text);
    const f = extractFeatures(t, ENGLISH, scoreLexicon(t, ENGLISH));
    return { keys: [...new Set(f.keys)], dense: f.dense, y: e.target, weight: e.weight ?? 1 };
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
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size);
  const wd = new Float64Array(D);
  const gd2 = new Float64Array(D);
  let bias = 0;
  let gb2 = 0;
  const eps = 1e-8;
  const order = rows.map((_, i) => i);
  const rand = mulberry32(o.seed);
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
      let z = bias;
      for (let d = 0; d < D; d++) z += wd[d]! * r.dense[d]!;
      for (const id of ids) z += w[id]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - r.y) * r.weight;
      gb2 += g * g;
      bias -= (o.learningRate * g) / Math.sqrt(gb2 + eps);
      for (let d = 0; d < D; d++) {
        const gd = g * r.dense[d]! + o.l2 * 0.1 * wd[d]!;
        gd2[d]! += gd * gd;
        wd[d]! -= (o.learningRate * gd) / Math.sqrt(gd2[d]! + eps);
      }
      for (const id of ids) {
        const gi = g + o.l2 * w[id]!;
        g2[id]! += gi * gi;
        w[id]! -= (o.learningRate * gi) / Math.sqrt(g2[id]! + eps);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [k, id] of index) {
    const v = Math.round(w[id]! * 1000) / 1000;
    if (v !== 0) weights[k] = v;
  }
  const dense = {} as SentimentModel['dense'];
  DENSE_FEATURES.forEach((name, d) => (dense[name] = Math.round(wd[d]! * 10000) / 10000));
  return { format: 1, bias: Math.round(bias * 10000) / 10000, dense, weights, options: o };
}
