import type { Database } from '../../platform/db/index.js';
import { guidelineForDay, localDay } from './dates.js';
import { extractFeatures, FEATURES, TARGETS } from './features.js';
import { compileModel, scoreRow } from './model.js';
import type { StoredReason } from './reasons.js';
import { loadScoringModels } from './train-scoring-models.js';

export interface ScoreAccountsOptions {
  database: Database;
  tenantId: string;
  now: Date;
  timeZone?: string;
  /** Only these accounts (e.g. after a payment); default every account with a patient balance. */
  accountIds?: string[];
  /** Rows per write. */
  batchSize?: number;
}

export interface ScoreAccountsResult {
  scored: number;
  modelVersion: string;
  /** Mean score per target over the accounts scored (a quick sanity figure). */
  mean: Record<(typeof TARGETS)[number], number>;
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Scores every patient-due account with the tenant's latest models and stores one row per account
 * (three scores, their top reasons, the model version). Features are read by one streamed
 * set-based query; scores are written in batches of upserts; scores of accounts that no longer
 * owe anything are removed on a full run.
 */
export async function scoreAccounts(opts: ScoreAccountsOptions): Promise<ScoreAccountsResult> {
  const { database, tenantId, now } = opts;
  const today = localDay(now, opts.timeZone ?? 'UTC');
  const { version, models } = await loadScoringModels(database, tenantId);
  const compiled = TARGETS.map((t) => compileModel(models[t]));
  const set = await extractFeatures({ database, tenantId, asOf: today, withLabels: false, live: true, accountIds: opts.accountIds, guidelineFor: guidelineForDay(today) });
  const width = FEATURES.length;
  const batch = opts.batchSize ?? 10_000;
  const sums = [0, 0, 0];
  const contrib = new Float64Array(width);
  for (let start = 0; start < set.rows; start += batch) {
    const end = Math.min(set.rows, start + batch);
    const ids: string[] = [];
    const cols: number[][] = [[], [], []];
    const reasons: string[] = [];
    for (let i = start; i < end; i++) {
      const why: Record<string, StoredReason[]> = {};
      compiled.forEach((m, k) => {
        const r = scoreRow(m, set.x, i * width, 3, contrib);
        cols[k]!.push(round(r.score));
        sums[k]! += r.score;
        why[m.target] = r.reasons;
      });
      ids.push(set.accountIds[i]!);
      reasons.push(JSON.stringify(why));
    }
    await database.query(
      `insert into account_scores (tenant_id, account_id, pay_30, pay_90, hardship, reasons, model_version, scored_at)
       select $1, u.id, u.p30, u.p90, u.h, u.r::jsonb, $2, $3
       from unnest($4::text[], $5::float8[], $6::float8[], $7::float8[], $8::text[]) as u(id, p30, p90, h, r)
       on conflict (tenant_id, account_id) do update set pay_30 = excluded.pay_30, pay_90 = excluded.pay_90, hardship = excluded.hardship,
         reasons = excluded.reasons, model_version = excluded.model_version, scored_at = excluded.scored_at`,
      [tenantId, version, now, ids, cols[0], cols[1], cols[2], reasons],
    );
  }
  if (!opts.accountIds) await database.query('delete from account_scores where tenant_id = $1 and scored_at <> $2', [tenantId, now]);
  const n = Math.max(set.rows, 1);
  return { scored: set.rows, modelVersion: version, mean: { pay_30: sums[0]! / n, pay_90: sums[1]! / n, hardship: sums[2]! / n } };
}
