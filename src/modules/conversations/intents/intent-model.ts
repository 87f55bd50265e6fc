import { INTENTS, type Intent } from '../intent-effects.js';
import type { IntentFeatureSet, IntentFeatureSetVersion } from './intent-features.js';

/**
 * The shipped intent model (intents/model/intents.json): one L2-regularized logistic regression
 * per intent (one-vs-rest, so an utterance may carry several), over hashed features, with a Platt
 * calibration per intent (raw score -> probability) and a decision threshold per intent.
 */
export interface IntentModel {
  format: 1;
  bits: number;
  intents: Intent[];
  /** Whether the hand-written patterns' hits are features (`P:intent`). */
  patternFeatures: boolean;
  /** Which features it reads (intentFeatures' `featureSet`); absent: the first set. */
  featureSet?: Exclude<IntentFeatureSetVersion, 1>;
  bias: number[];
  /** Per intent [a, b]: probability = sigmoid(a * score + b). */
  calibration: Array<[number, number]>;
  /** Per intent: the calibrated probability at or above which the intent is reported. */
  thresholds: number[];
  /**
   * Per intent: the (lower) probability that suffices when a hand-written pattern also matched:
   * the patterns are a second opinion, the model can still veto them (negation, third party...).
   */
  patternThresholds: number[];
  /** Per intent: [feature ids, weights] (the strongest weights only; the rest pruned). */
  weights: Array<[number[], number[]]>;
  /**
   * Second stage for some critical intents: when the first stage fires, a classifier trained on
   * that intent's positives against its topic's other utterances (hard negatives above all) must
   * agree. Absent in models trained without verifiers.
   */
  verifiers?: IntentVerifier[];
  trainedOn?: string;
  license?: string;
  options?: Record<string, unknown>;
}

/** A second-stage verifier of one intent (logistic regression over the first stage's features and the verifier features). */
export interface IntentVerifier {
  intent: Intent;
  bias: number;
  /** [a, b]: probability = sigmoid(a * score + b). */
  calibration: [number, number];
  /** The calibrated probability the verifier must reach for the intent to be reported. */
  threshold: number;
  /**
   * A first-stage probability at or above which the verifier is not asked (absent: always asked):
   * it vetoes the doubtful cases, not a phrasing the first stage is sure of but the topic-trained
   * verifier never saw. Tuned out of fold with the thresholds.
   */
  trustAbove?: number;
  /** The verifier features share their own unit norm (IntentFeatureSet.verifierOwn), not the text features'. */
  ownNorm?: true;
  /**
   * The verifier features it reads, when not the model's: that feature set's verifier additions
   * over the model's own scopes (IntentFeatureSet.verifierOf). Absent: the model's.
   */
  featureSet?: IntentFeatureSetVersion;
  /**
   * It reads only the verifier features (the topic words with their neighbours, scopes and
   * subjects), not the first stage's text features: it judges how the topic is spoken of, and the
   * rest of the utterance (a plan asked for in the same breath, who is typing) cannot veto.
   */
  topicOnly?: true;
  weights: [number[], number[]];
}

/** The model laid out for scoring: feature id -> weights of every intent (0 where pruned). */
export interface CompiledIntentModel {
  model: IntentModel;
  table: Map<number, Float32Array>;
  /** Per intent index: its verifier's weights by feature id, when it has one. */
  verifiers: Array<{ v: IntentVerifier; table: Map<number, number> } | undefined>;
}

export function compileIntentModel(model: IntentModel): CompiledIntentModel {
  const k = model.intents.length;
  const table = new Map<number, Float32Array>();
  model.weights.forEach(([ids, ws], j) => {
    for (let i = 0; i < ids.length; i++) {
      let row = table.get(ids[i]!);
      if (!row) table.set(ids[i]!, (row = new Float32Array(k)));
      row[j] = ws[i]!;
    }
  });
  const verifiers: CompiledIntentModel['verifiers'] = model.intents.map(() => undefined);
  for (const v of model.verifiers ?? []) {
    const [ids, ws] = v.weights;
    verifiers[model.intents.indexOf(v.intent)] = { v, table: new Map(ids.map((id, i) => [id, ws[i]!])) };
  }
  return { model, table, verifiers };
}

/** Raw score of a verifier: its weights over the first stage's features and the verifier features. */
export function verifierScore(table: ReadonlyMap<number, number>, bias: number, f: Pick<IntentFeatureSet, 'ids' | 'values' | 'verifierIds' | 'verifierValues' | 'verifierOwn'>, ownNorm = false, topicOnly = false): number {
  let z = bias;
  if (!topicOnly) for (let i = 0; i < f.ids.length; i++) z += (table.get(f.ids[i]!) ?? 0) * f.values[i]!;
  for (let i = 0; i < f.verifierIds.length; i++) z += (table.get(f.verifierIds[i]!) ?? 0) * (ownNorm ? f.verifierOwn : f.verifierValues[i]!);
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export interface IntentScore {
  intent: Intent;
  /** Raw linear score. */
  score: number;
  /** Calibrated probability. */
  probability: number;
  /** At or above the intent's threshold. */
  fires: boolean;
}

/** Raw scores of every intent (the model's own intent order). */
export function rawScores(m: CompiledIntentModel, f: IntentFeatureSet): Float64Array {
  const k = m.model.intents.length;
  const z = Float64Array.from(m.model.bias);
  for (let i = 0; i < f.ids.length; i++) {
    const row = m.table.get(f.ids[i]!);
    if (row === undefined) continue;
    const v = f.values[i]!;
    for (let j = 0; j < k; j++) z[j]! += row[j]! * v;
  }
  return z;
}

export function scoreIntents(m: CompiledIntentModel, f: IntentFeatureSet, patternHits: readonly Intent[] = []): IntentScore[] {
  const z = rawScores(m, f);
  return m.model.intents.map((intent, j) => {
    const [a, b] = m.model.calibration[j]!;
    const probability = sigmoid(a * z[j]! + b);
    const threshold = patternHits.includes(intent) ? Math.min(m.model.thresholds[j]!, m.model.patternThresholds[j]!) : m.model.thresholds[j]!;
    let fires = probability >= threshold;
    const verifier = m.verifiers[j];
    if (fires && verifier !== undefined && !(probability >= (verifier.v.trustAbove ?? 2))) {
      const [va, vb] = verifier.v.calibration;
      const vf = verifier.v.featureSet !== undefined && f.verifierOf ? { ...f, ...f.verifierOf(verifier.v.featureSet) } : f;
      fires = sigmoid(va * verifierScore(verifier.table, verifier.v.bias, vf, verifier.v.ownNorm === true, verifier.v.topicOnly === true) + vb) >= verifier.v.threshold;
    }
    return { intent, score: z[j]!, probability, fires };
  });
}

/**
 * The tokens that pushed an intent up the most, grouped into the phrases they form (the words
 * an agent is shown as "what triggered it").
 */
export function evidenceTokens(m: CompiledIntentModel, f: IntentFeatureSet, intent: Intent): Array<[number, number]> {
  const j = m.model.intents.indexOf(intent);
  const contribution = new Float64Array(f.words.length);
  for (let i = 0; i < f.ids.length; i++) {
    const toks = f.tokensOf.get(f.ids[i]!) as number[];
    const row = m.table.get(f.ids[i]!);
    if (row === undefined || toks.length === 0) continue;
    const share = (row[j]! * f.values[i]!) / toks.length;
    for (const t of toks) contribution[t]! += share;
  }
  let best = 0;
  for (const c of contribution) best = Math.max(best, c);
  if (best <= 0) return [];
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < contribution.length; i++) {
    if (contribution[i]! < best * 0.35) continue;
    const last = spans.at(-1);
    if (last && last[1] >= i - 2) last[1] = i;
    else spans.push([i, i]);
  }
  return spans.slice(0, 3);
}

export { INTENTS };
