import { createHash } from 'node:crypto';
import { FEATURES, TARGET_FEATURES, type FeatureName, type Target } from './features.js';
import { round4, type ReliabilityBin } from './logistic.js';
import { REASON_SLOTS, type StoredReason } from './reasons.js';

export const MODEL_FAMILY = 'kindly-logistic@1';

/** A fitted model as stored in scoring_models.model. */
export interface StoredModel {
  kind: 'logistic' | 'prior';
  target: Target;
  features: Array<{ name: FeatureName; mean: number; std: number; weight: number }>;
  bias: number;
  lambda: number;
  iterations: number;
  trainedOn: { asOf: string; rows: number; positives: number } | null;
}

export interface HoldoutMetrics {
  /** Trained as of `trainAsOf`, scored as of `holdoutAsOf`: the model never saw the holdout's period. */
  trainAsOf: string;
  holdoutAsOf: string;
  n: number;
  positives: number;
  auc: number | null;
  brier: number | null;
  /** The same holdout scored with the base rate of the training period (a skill reference). */
  baseRateBrier: number | null;
  reliability: ReliabilityBin[];
}

export interface ModelMetrics {
  holdout: HoldoutMetrics | null;
  /** Why the documented prior was used instead of a fitted model, when it was. */
  fallbackReason: string | null;
}

/**
 * The documented starting point used until a tenant has enough history (and for the parts of the
 * book too small to fit): plausible signs and sizes on roughly standardized inputs, reviewed by
 * hand. Each row: [mean, std, weight for pay_30/pay_90, weight for hardship].
 */
const PRIOR: Record<FeatureName, [number, number, number, number]> = {
  log_balance: [5.5, 1.5, -0.3, 0.3],
  days_past_due: [30, 60, -0.4, 0.1],
  payments_last_year: [1, 2, 0.6, -0.2],
  days_since_last_payment: [300, 100, -0.4, 0.1],
  prompt_paid_bills: [0.5, 1, 0.5, -0.2],
  had_plan: [0.1, 0.3, 0.1, 0.1],
  plan_trouble: [0.05, 0.2, -0.3, 0.3],
  inbound_replies_90d: [0.5, 1.5, 0.3, 0.1],
  failed_messages_90d: [0.2, 1, -0.3, 0.1],
  messages_sent_90d: [2, 3, 0, 0],
  prior_assistance_approved: [0.05, 0.2, -0.2, 0.5],
  prior_assistance_applied: [0.05, 0.2, 0, 0.4],
  payer_medicaid: [0.15, 0.35, -0.2, 0.5],
  payer_medicare: [0.15, 0.35, 0, 0.1],
  payer_self_pay: [0.2, 0.4, -0.2, 0.3],
  log_other_balance: [2, 2.5, -0.2, 0.3],
  income_known: [0.05, 0.2, 0, 0.1],
  balance_share_of_monthly_income: [0.1, 0.3, 0, 0.5],
  income_at_or_below_200_fpl: [0.05, 0.2, 0, 0.6],
  zip_low_income: [0.2, 0.4, 0, 0.2],
};
const PRIOR_BIAS: Record<Target, number> = { pay_30: -1.2, pay_90: -0.4, hardship: -1.5 };

export function priorModel(target: Target): StoredModel {
  return {
    kind: 'prior',
    target,
    features: TARGET_FEATURES[target].map((name) => {
      const [mean, std, wPay, wHard] = PRIOR[name];
      return { name, mean, std, weight: target === 'hardship' ? wHard : wPay };
    }),
    bias: PRIOR_BIAS[target],
    lambda: 0,
    iterations: 0,
    trainedOn: null,
  };
}

/** A short, stable version for a set of models: the family plus a digest of their parameters. */
export function modelVersion(models: StoredModel[]): string {
  const digest = createHash('sha256').update(JSON.stringify(models)).digest('hex').slice(0, 10);
  return `${MODEL_FAMILY}:${digest}`;
}

/** Compiled for scoring: indexes into the full FEATURES row. */
export interface CompiledModel {
  target: Target;
  idx: Int32Array;
  mean: Float64Array;
  std: Float64Array;
  weight: Float64Array;
  bias: number;
}

export function compileModel(m: StoredModel): CompiledModel {
  return {
    target: m.target,
    idx: Int32Array.from(m.features.map((f) => FEATURES.indexOf(f.name))),
    mean: Float64Array.from(m.features.map((f) => f.mean)),
    std: Float64Array.from(m.features.map((f) => f.std || 1)),
    weight: Float64Array.from(m.features.map((f) => f.weight)),
    bias: m.bias,
  };
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Minimum pull on the log-odds for a feature to be named as a reason. */
export const REASON_MIN = 0.05;
/** Reasons stored per score. */
export const TOP_REASONS = REASON_SLOTS;

/**
 * The score of one row (full FEATURES width at `offset`) and its top reasons: the features that
 * moved the log-odds most away from an average account, largest first.
 */
export function scoreRow(m: CompiledModel, x: Float64Array, offset: number, topReasons = TOP_REASONS, contrib = new Float64Array(m.idx.length)): { score: number; reasons: StoredReason[] } {
  let eta = m.bias;
  for (let j = 0; j < m.idx.length; j++) {
    const c = m.weight[j]! * ((x[offset + m.idx[j]!]! - m.mean[j]!) / m.std[j]!);
    contrib[j] = c;
    eta += c;
  }
  const reasons: StoredReason[] = [];
  const used = new Uint8Array(m.idx.length);
  for (let k = 0; k < topReasons; k++) {
    let best = -1;
    for (let j = 0; j < m.idx.length; j++) if (!used[j] && Math.abs(contrib[j]!) >= REASON_MIN && (best < 0 || Math.abs(contrib[j]!) > Math.abs(contrib[best]!))) best = j;
    if (best < 0) break;
    used[best] = 1;
    reasons.push([FEATURES[m.idx[best]!]!, round4(x[offset + m.idx[best]!]!), contrib[best]! > 0 ? 1 : -1]);
  }
  return { score: sigmoid(eta), reasons };
}
