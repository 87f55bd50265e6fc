import type { Database } from '../../platform/db/index.js';
import { guidelineForDay } from './guidelines.js';
import { addDays, localDate } from '../../platform/time/index.js';
import { loadHouseholdColumns, type HouseholdColumns } from './household-facts.js';
import { extractFeatures, selectColumns, TARGET_FEATURES, TARGETS, type FeatureSet, type Target } from './features.js';
import { auc, brier, fitLogistic, predict, reliability, round4 } from './logistic.js';
import { modelVersion, priorModel, type ModelMetrics, type StoredModel } from './model.js';

export interface TrainScoringModelsOptions {
  database: Database;
  tenantId: string;
  now: Date;
  /** Tenant's time zone for the cutoff days (default UTC). */
  timeZone?: string;
  /** Larger books are sampled down to about this many rows per cutoff (seeded, by account id). */
  maxTrainingRows?: number;
  seed?: number;
  /** L2 penalty (standardized weights). */
  lambda?: number;
  /** Fewer labeled rows (or fewer than minClassRows of either outcome) fall back to the prior. */
  minRows?: number;
  minClassRows?: number;
  /** Households already decrypted for this run (runScoring shares them between steps). */
  households?: HouseholdColumns;
}

export interface TrainedModel {
  target: Target;
  model: StoredModel;
  metrics: ModelMetrics;
}

export interface TrainScoringModelsResult {
  version: string;
  trainedAt: string;
  models: TrainedModel[];
  rows: { train: number; holdout: number };
}

/** How many accounts there are, to choose a sampling rate before reading anything large. */
async function bookSize(database: Database, tenantId: string): Promise<number> {
  const [r] = await database.query<{ n: number | string }>('select count(*) as n from accounts where tenant_id = $1', [tenantId]);
  return Number(r?.n ?? 0);
}

const positives = (y: Uint8Array) => y.reduce((s, v) => s + v, 0);

/**
 * Fits the three models on the tenant's own history with a time split:
 *  - as of 180 days ago (outcomes in the 90 days after) -> fitted, then
 *  - scored as of 90 days ago against what happened next: the holdout AUC, Brier and reliability;
 *  - the model kept is refitted as of 90 days ago, the most recent cutoff whose outcomes are known.
 * A target without enough history keeps the documented prior and says why. Deterministic: same
 * data, same seed -> same weights and the same version string.
 */
export async function trainScoringModels(opts: TrainScoringModelsOptions): Promise<TrainScoringModelsResult> {
  const { database, tenantId } = opts;
  const today = localDate(opts.now, opts.timeZone ?? 'UTC');
  const holdoutAsOf = addDays(today, -90);
  const trainAsOf = addDays(today, -180);
  const maxRows = opts.maxTrainingRows ?? 250_000;
  const every = Math.max(1, Math.ceil((await bookSize(database, tenantId)) / maxRows));
  const sample = { every, seed: opts.seed ?? 1 };
  // Decrypted once for both cutoffs.
  const households = opts.households ?? (await loadHouseholdColumns(database, tenantId));
  const extract = (asOf: string): Promise<FeatureSet> =>
    extractFeatures({ database, tenantId, asOf, withLabels: true, live: false, sample, guidelineFor: guidelineForDay(asOf), households });
  const train = await extract(trainAsOf);
  const holdout = await extract(holdoutAsOf);
  const minRows = opts.minRows ?? 100;
  const minClass = opts.minClassRows ?? 10;
  const lambda = opts.lambda ?? 0.01;

  const enough = (set: FeatureSet, target: Target): string | null => {
    const y = set.labels![target];
    const pos = positives(y);
    if (set.rows < minRows) return `only ${set.rows} accounts with a balance as of ${set.asOf} (at least ${minRows} needed)`;
    if (pos < minClass || set.rows - pos < minClass) return `too few of one outcome as of ${set.asOf} (${pos} of ${set.rows})`;
    return null;
  };

  const models: TrainedModel[] = [];
  for (const target of TARGETS) {
    const names = TARGET_FEATURES[target];
    let metrics: ModelMetrics = { holdout: null, fallbackReason: null };
    if (!enough(train, target) && holdout.rows > 0) {
      const fitted = fitLogistic(selectColumns(train, names), train.labels![target], { lambda });
      const y = holdout.labels![target];
      const scores = predict(fitted, selectColumns(holdout, names));
      const base = positives(train.labels![target]) / train.rows;
      const baseScores = new Float64Array(holdout.rows).fill(base);
      const b = brier(scores, y);
      const bb = brier(baseScores, y);
      const a = auc(scores, y);
      metrics.holdout = {
        trainAsOf,
        holdoutAsOf,
        n: holdout.rows,
        positives: positives(y),
        auc: a === null ? null : round4(a),
        brier: b === null ? null : round4(b),
        baseRateBrier: bb === null ? null : round4(bb),
        reliability: reliability(scores, y),
      };
    }
    const why = enough(holdout, target);
    let model: StoredModel;
    if (why) {
      model = priorModel(target);
      metrics = { ...metrics, fallbackReason: why };
    } else {
      const y = holdout.labels![target];
      const fitted = fitLogistic(selectColumns(holdout, names), y, { lambda });
      model = {
        kind: 'logistic',
        target,
        features: names.map((name, j) => ({ name, mean: fitted.std.mean[j]!, std: fitted.std.std[j]!, weight: fitted.weights[j]! })),
        bias: fitted.bias,
        lambda,
        iterations: fitted.iterations,
        trainedOn: { asOf: holdoutAsOf, rows: holdout.rows, positives: positives(y) },
      };
    }
    models.push({ target, model, metrics });
  }
  const version = modelVersion(models.map((m) => m.model));
  const trainedAt = opts.now;
  for (const m of models) {
    await database.query(
      `insert into scoring_models (tenant_id, version, target, trained_at, model, metrics) values ($1, $2, $3, $4, $5::jsonb, $6::jsonb)
       on conflict (tenant_id, target, version) do update set trained_at = excluded.trained_at, metrics = excluded.metrics`,
      [tenantId, version, m.target, trainedAt, JSON.stringify(m.model), JSON.stringify(m.metrics)],
    );
  }
  return { version, trainedAt: trainedAt.toISOString(), models, rows: { train: train.rows, holdout: holdout.rows } };
}

/** The latest models of a tenant (the prior for a target never trained), with their version. */
export async function loadScoringModels(database: Database, tenantId: string): Promise<{ version: string; models: Record<Target, StoredModel> }> {
  const found = await database.query<{ version: string; target: Target; model: StoredModel }>(
    `select distinct on (target) version, target, model from scoring_models where tenant_id = $1 order by target, trained_at desc, version`,
    [tenantId],
  );
  const models = Object.fromEntries(TARGETS.map((t) => [t, found.find((f) => f.target === t)?.model ?? priorModel(t)])) as Record<Target, StoredModel>;
  const versions = [...new Set(found.map((f) => f.version))];
  const version = versions.length === 1 && found.length === TARGETS.length ? versions[0]! : modelVersion(TARGETS.map((t) => models[t]));
  return { version, models };
}
