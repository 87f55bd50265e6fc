import type { Database } from '../../platform/db/index.js';
import { guidelineForDay } from './guidelines.js';
import { localDate } from '../../platform/time/index.js';
import { CURSOR_READ_SETTINGS, forEachCursorPage } from './read-pages.js';
import { featureSql, TARGETS, zipIncomeLoaded } from './features.js';
import { guidelineArray, ScoreEvaluator, WRITE_SCORES_SQL, writeScoresParams, type CompactFeatureRow } from './evaluate-scores.js';
import { loadHouseholdColumns, type HouseholdColumns } from './household-facts.js';
import { loadScoringModels } from './train-scoring-models.js';

export interface ScoreAccountsOptions {
  database: Database;
  tenantId: string;
  now: Date;
  timeZone?: string;
  /** Only these accounts (e.g. after a payment); default every account with a patient balance. */
  accountIds?: string[];
  /** Households already decrypted for this run (runScoring shares them between steps). */
  households?: HouseholdColumns;
}

/** Statements a whole-book run on PostgreSQL is split into (one per core of the 2-core target). */
const SCORING_PARTS = 2;
/** Accounts per page read and per statement written. */
const PAGE_ROWS = 25_000;

export interface ScoreAccountsResult {
  scored: number;
  modelVersion: string;
  /** Mean score per target over the accounts scored (a quick sanity figure). */
  mean: Record<(typeof TARGETS)[number], number>;
}

/**
 * Scores every patient-due account with the tenant's latest models and stores one row per account
 * (three scores, their top reasons, the model version), in one statement: the database computes
 * the features, scores and reasons (`scoreSql`) and rewrites the rows already there in place
 * (with the table's free space these are HOT updates: no index entry, no foreign-key check),
 * inserting only the accounts not scored before. Scores of accounts that no longer owe anything
 * are removed on a full run. Scoring a few accounts (`accountIds`) reads only their people's
 * records and gives exactly the scores a full run gives.
 */
export async function scoreAccounts(opts: ScoreAccountsOptions): Promise<ScoreAccountsResult> {
  const { database, tenantId, now } = opts;
  const today = localDate(now, opts.timeZone ?? 'UTC');
  const { version, models } = await loadScoringModels(database, tenantId);
  const households = opts.households ?? (await loadHouseholdColumns(database, tenantId, opts.accountIds ? { accountIds: opts.accountIds } : { owing: true }));
  const zip = await zipIncomeLoaded(database, tenantId);
  // A whole-book run on PostgreSQL is split by person into one statement per core, run at the same
  // time on their own connections (one statement runs on one core). PGlite has one connection.
  const parts = !opts.accountIds && database.kind === 'postgresql' ? SCORING_PARTS : 1;
  const features = (index: number) =>
    featureSql(
      { withLabels: false, live: true, unordered: true, compact: true, ...(opts.accountIds ? { accountIds: opts.accountIds } : {}), ...(parts > 1 ? { part: { count: parts, index } } : {}) },
      zip,
      households,
    );
  const evaluator = new ScoreEvaluator(models, guidelineArray(guidelineForDay(today)));
  const results = await Promise.all(
    Array.from({ length: parts }, (_, index) =>
      database.session(async (s) => {
        const q = features(index);
        const sums = { n: 0, s30: 0, s90: 0, sh: 0, inserted: 0 };
        await s.exec('begin');
        try {
          // The feature query is planned as readPages plans it (JIT off, planned for all its rows,
          // aggregates in memory); the writes after it with nested loops over the key (see WRITE_SCORES_SQL).
          if (database.kind === 'postgresql') await s.exec(CURSOR_READ_SETTINGS);
          const plannedForWrites = async () => {
            if (database.kind === 'postgresql') await s.exec('set local enable_hashjoin = off; set local enable_mergejoin = off');
          };
          await forEachCursorPage<CompactFeatureRow>(
            s,
            q.text,
            [tenantId, today, ...q.extraParams],
            PAGE_ROWS,
            async (page) => {
              const batch = evaluator.evaluate(page);
              sums.n += page.length;
              sums.s30 += batch.sums.pay_30;
              sums.s90 += batch.sums.pay_90;
              sums.sh += batch.sums.hardship;
              const [r] = await s.query<{ inserted: number }>(WRITE_SCORES_SQL, writeScoresParams(tenantId, batch, version, now, database.kind === 'postgresql'));
              sums.inserted += Number(r?.inserted ?? 0);
            },
            plannedForWrites,
          );
          await s.exec('commit');
        } catch (err) {
          await s.exec('rollback').catch(() => undefined);
          throw err;
        }
        return sums;
      }),
    ),
  );
  const total = (k: 'n' | 's30' | 's90' | 'sh' | 'inserted') => results.reduce((sum, r) => sum + Number(r?.[k] ?? 0), 0);
  if (!opts.accountIds) await database.query('delete from account_scores where tenant_id = $1 and scored_at <> $2', [tenantId, now]);
  const scored = total('n');
  // The next night's statement finds each score row by key only when the planner knows how many
  // rows the table holds: planned for the table as it was before this run inserted most of its
  // rows (a first run, a new tenant), it read the tenant's whole score table into a hash instead,
  // about twice the server's CPU of a nightly run. Autovacuum analyzes the table too, but not
  // necessarily before the next run.
  if (!opts.accountIds && total('inserted') * 10 > scored) await database.exec('analyze account_scores');
  const n = Math.max(scored, 1);
  return { scored, modelVersion: version, mean: { pay_30: total('s30') / n, pay_90: total('s90') / n, hardship: total('sh') / n } };
}
