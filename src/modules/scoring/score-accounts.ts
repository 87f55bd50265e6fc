import type { Database } from '../../platform/db/index.js';
import { guidelineForDay } from './guidelines.js';
import { localDate } from '../../platform/time/index.js';
import { FEATURES, streamFeatures, TARGETS } from './features.js';
import type { HouseholdColumns } from './household-facts.js';
import { compileModel, scoreRowJson } from './model.js';
import { loadScoringModels } from './train-scoring-models.js';
import { writeByKey } from './write-rows.js';

export interface ScoreAccountsOptions {
  database: Database;
  tenantId: string;
  now: Date;
  timeZone?: string;
  /** Only these accounts (e.g. after a payment); default every account with a patient balance. */
  accountIds?: string[];
  /** Rows per page read and per write. */
  batchSize?: number;
  /** Households already decrypted for this run (runScoring shares them between steps). */
  households?: HouseholdColumns;
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
 * (three scores, their top reasons, the model version). Features stream from one set-based query,
 * page by page; each page is scored in typed arrays and written by one statement that updates the
 * rows already there and inserts the new ones (writeByKey); scores of accounts that no longer owe
 * anything are removed on a full run.
 */
export async function scoreAccounts(opts: ScoreAccountsOptions): Promise<ScoreAccountsResult> {
  const { database, tenantId, now } = opts;
  const today = localDate(now, opts.timeZone ?? 'UTC');
  const { version, models } = await loadScoringModels(database, tenantId);
  const compiled = TARGETS.map((t) => compileModel(models[t]));
  const width = FEATURES.length;
  const sums = [0, 0, 0];
  const contrib = new Float64Array(width);
  let scored = 0;
  await streamFeatures(
    {
      database,
      tenantId,
      asOf: today,
      withLabels: false,
      live: true,
      guidelineFor: guidelineForDay(today),
      pageSize: opts.batchSize ?? 20_000,
      ...(opts.accountIds ? { accountIds: opts.accountIds } : {}),
      ...(opts.households ? { households: opts.households } : {}),
    },
    async (page) => {
      const cols: number[][] = [[], [], []];
      const reasons: string[] = [];
      const out = { json: '' };
      for (let i = 0; i < page.rows; i++) {
        out.json = '{';
        for (let k = 0; k < compiled.length; k++) {
          const m = compiled[k]!;
          out.json += `${k ? ',' : ''}"${m.target}":`;
          const score = scoreRowJson(m, page.x, i * width, contrib, out);
          cols[k]!.push(round(score));
          sums[k]! += score;
        }
        reasons.push(`${out.json}}`);
      }
      scored += page.rows;
      await writeByKey(database, {
        table: 'account_scores',
        tenantId,
        keys: page.accountIds,
        columns: [
          { name: 'pay_30', type: 'float8', values: cols[0]! },
          { name: 'pay_90', type: 'float8', values: cols[1]! },
          { name: 'hardship', type: 'float8', values: cols[2]! },
          { name: 'reasons', type: 'jsonb', values: reasons },
        ],
        constants: { model_version: version, scored_at: now },
      });
    },
  );
  if (!opts.accountIds) await database.query('delete from account_scores where tenant_id = $1 and scored_at <> $2', [tenantId, now]);
  const n = Math.max(scored, 1);
  return { scored, modelVersion: version, mean: { pay_30: sums[0]! / n, pay_90: sums[1]! / n, hardship: sums[2]! / n } };
}
