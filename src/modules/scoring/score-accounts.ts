import type { Database } from '../../platform/db/index.js';
import { guidelineForDay } from './guidelines.js';
import { localDate } from '../../platform/time/index.js';
import { TARGETS, zipIncomeLoaded } from './features.js';
import { loadHouseholdColumns, type HouseholdColumns } from './household-facts.js';
import { inPlannedTransaction } from './read-pages.js';
import { scoreSql, storedScoreSql } from './score-sql.js';
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
  const results = await Promise.all(
    Array.from({ length: parts }, (_, index) => {
      const scoring = scoreSql({
        models,
        asOf: today,
        guidelineFor: guidelineForDay(today),
        zipIncomeLoaded: zip,
        households,
        ...(opts.accountIds ? { accountIds: opts.accountIds } : {}),
        ...(parts > 1 ? { part: { count: parts, index } } : {}),
      });
      const params: unknown[] = [tenantId, today, ...scoring.params];
      const ph = (v: unknown) => {
        params.push(v);
        return `$${params.length}`;
      };
      const versionPh = ph(version);
      const atPh = ph(now);
      const [pay30, pay90, hardship] = TARGETS.map((t) => storedScoreSql(`s.p_${t}`));
      const text = `
        with s as materialized (${scoring.text}),
        upd as (
          update account_scores t set pay_30 = ${pay30}, pay_90 = ${pay90}, hardship = ${hardship},
            reason_features = s.reason_features, reason_values = s.reason_values,
            model_version = ${versionPh}, scored_at = ${atPh}
          from s where t.tenant_id = $1 and t.account_id = s.id
          returning t.account_id
        ),
        ins as (
          insert into account_scores (tenant_id, account_id, pay_30, pay_90, hardship, reason_features, reason_values, model_version, scored_at)
          select $1, s.id, ${pay30}, ${pay90}, ${hardship}, s.reason_features, s.reason_values, ${versionPh}, ${atPh}
          from s where not exists (select 1 from upd where upd.account_id = s.id)
          on conflict (tenant_id, account_id) do update set pay_30 = excluded.pay_30, pay_90 = excluded.pay_90, hardship = excluded.hardship,
            reason_features = excluded.reason_features, reason_values = excluded.reason_values, model_version = excluded.model_version, scored_at = excluded.scored_at
          returning 1
        )
        select count(*)::int as n, coalesce(sum(p_pay_30), 0) as s30, coalesce(sum(p_pay_90), 0) as s90, coalesce(sum(p_hardship), 0) as sh,
          (select count(*) from ins)::int as inserted from s`;
      return inPlannedTransaction(database, (q) => q<{ n: number; s30: number; s90: number; sh: number; inserted: number }>(text, params)).then(([r]) => r);
    }),
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
