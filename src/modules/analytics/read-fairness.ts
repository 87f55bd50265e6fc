import { sql } from 'drizzle-orm';
import { rows as sqlRows, type Queryable } from '../../platform/db/index.js';
import { accountScoresSql, HARDSHIP_FLAG } from '../scoring/index.js';
import { csvLine, histogramMedian, rate } from './kpis.js';
import { windowMetrics, type AnalyticsWindow } from './read-analytics.js';
import { readZipIncomeSummary, type ZipIncomeSummary } from './import-zip-income.js';

export const FAIRNESS_DIMENSIONS = ['language', 'age_band', 'payer_type', 'zip_quintile'] as const;
export type FairnessDimension = (typeof FAIRNESS_DIMENSIONS)[number];

/** The shares the report compares across groups (all over the group's cohort accounts, except optOutRate). */
export const FAIRNESS_MEASURES = ['recoveryRate', 'resolvedShare', 'escalatedShare', 'planOfferedShare', 'assistanceOfferedShare', 'optOutRate'] as const;
export type FairnessMeasure = (typeof FAIRNESS_MEASURES)[number];

/** A gap worth a look: at least this many percentage points from the whole, in a group of at least MIN_GROUP accounts. */
export const GAP_POINTS = 0.05;
export const MIN_GROUP = 10;

export interface FairnessRow {
  dimension: FairnessDimension | 'all';
  key: string;
  cohortAccounts: number;
  placedCents: number;
  collectedCents: number;
  recoveryRate: number | null;
  resolvedShare: number | null;
  medianDaysToResolution: number | null;
  escalatedShare: number | null;
  planOfferedShare: number | null;
  assistanceOfferedShare: number | null;
  optOutRate: number | null;
  /** Measures where this group differs from the whole by GAP_POINTS or more (groups of MIN_GROUP or more). */
  gaps: FairnessMeasure[];
}

/** The dimensions the score comparison groups by (who the patient is and where they live). */
export const SCORE_DIMENSIONS = ['language', 'age_band', 'zip_quintile'] as const;

/** Mean scores at least this far apart (or flagged shares this many points apart) mark a group. */
export const SCORE_GAP = 0.05;

/**
 * The current scores of the accounts that owe something, for one group: how likely they are to pay
 * (30 and 90 days), how likely to face hardship, and how many are flagged for help (hardship at or
 * above the flag, or likely eligible for assistance after screening).
 */
export interface FairnessScoreRow {
  dimension: (typeof SCORE_DIMENSIONS)[number] | 'all';
  key: string;
  scoredAccounts: number;
  meanPay30: number | null;
  meanPay90: number | null;
  meanHardship: number | null;
  /** Share with a hardship likelihood at or above HARDSHIP_FLAG (these are offered help sooner). */
  hardshipFlaggedShare: number | null;
  /** Share the presumptive screening found likely eligible for financial assistance. */
  likelyEligibleShare: number | null;
  /** Measures where this group differs from the whole by SCORE_GAP or more (groups of MIN_GROUP or more). */
  gaps: Array<'meanPay30' | 'meanPay90' | 'meanHardship' | 'hardshipFlaggedShare' | 'likelyEligibleShare'>;
}

export interface FairnessReport {
  from: string;
  until: string;
  overall: FairnessRow;
  rows: FairnessRow[];
  /** What the report cannot tell yet, in plain words. */
  notes: string[];
  /** The tenant's loaded ZIP income table (0 areas: the income quintile is unavailable). */
  zipIncome: ZipIncomeSummary;
  /** Today's scores of accounts that owe something, overall and per group (not limited to the window). */
  scores: { overall: FairnessScoreRow; rows: FairnessScoreRow[] };
}

const SCORE_MEASURES = ['meanPay30', 'meanPay90', 'meanHardship', 'hardshipFlaggedShare', 'likelyEligibleShare'] as const;

/**
 * Scores by language, age band and ZIP-income quintile: the scoring module's one row per scored
 * account, grouped by the same attributes the outcome rollups use (an account without them is
 * "none"). Language, age and ZIP are never inputs of the propensity scores; this is where a
 * difference between groups would show.
 */
export async function readFairnessScores(q: Queryable, tenantId: string): Promise<FairnessReport['scores']> {
  const found = await sqlRows<{ dim: string; key: string; n: string | number; p30: number | null; p90: number | null; hard: number | null; flagged: string | number; likely: string | number }>(
    q,
    sql`with sc as (${accountScoresSql(tenantId)})
        select d.dim, d.key, count(*) as n, avg(sc.pay_30) as p30, avg(sc.pay_90) as p90, avg(sc.hardship) as hard,
          count(*) filter (where sc.hardship >= ${HARDSHIP_FLAG}) as flagged, count(*) filter (where sc.screening_status = 'likely_eligible') as likely
        from sc
        left join analytics_accounts aa on aa.tenant_id = ${tenantId} and aa.account_id = sc.account_id
        cross join lateral (values ('all', ''), ('language', coalesce(aa.language, 'none')), ('age_band', coalesce(aa.age_band, 'none')),
          ('zip_quintile', coalesce(aa.zip_quintile, 'none'))) d(dim, key)
        group by d.dim, d.key
        order by d.dim, d.key`,
  );
  const toRow = (r: (typeof found)[number] | undefined, dimension: FairnessScoreRow['dimension'], key: string): FairnessScoreRow => {
    const n = Number(r?.n ?? 0);
    const mean = (v: number | null | undefined) => (n && v !== null && v !== undefined ? Math.round(Number(v) * 10_000) / 10_000 : null);
    return {
      dimension, key, scoredAccounts: n, meanPay30: mean(r?.p30), meanPay90: mean(r?.p90), meanHardship: mean(r?.hard),
      hardshipFlaggedShare: rate(Number(r?.flagged ?? 0), n), likelyEligibleShare: rate(Number(r?.likely ?? 0), n), gaps: [],
    };
  };
  const overall = toRow(found.find((r) => r.dim === 'all'), 'all', 'all');
  const rows = found
    .filter((r) => r.dim !== 'all')
    .map((r) => {
      const row = toRow(r, r.dim as FairnessScoreRow['dimension'], r.key);
      if (row.scoredAccounts >= MIN_GROUP) {
        for (const m of SCORE_MEASURES) {
          const a = row[m];
          const b = overall[m];
          if (a !== null && b !== null && Math.abs(a - b) >= SCORE_GAP) row.gaps.push(m);
        }
      }
      return row;
    });
  return { overall, rows };
}

function row(dimension: FairnessRow['dimension'], key: string, m: Map<string, number>): FairnessRow {
  const v = (k: string) => m.get(k) ?? 0;
  const n = v('cohort_accounts');
  const hist = new Map<number, number>();
  for (const [k, c] of m) if (k.startsWith('resolution_days:')) hist.set(Number(k.slice(16)), c);
  const contacts = v('contacts_email') + v('contacts_sms') + v('contacts_letter') + v('contacts_call');
  return {
    dimension, key, cohortAccounts: n, placedCents: v('placed'), collectedCents: v('collected'), recoveryRate: rate(v('collected'), v('placed')),
    resolvedShare: rate(v('resolved'), n), medianDaysToResolution: histogramMedian(hist), escalatedShare: rate(v('escalated'), n),
    planOfferedShare: rate(v('plan_offered'), n), assistanceOfferedShare: rate(v('assistance_offered'), n), optOutRate: rate(v('opt_outs'), contacts), gaps: [],
  };
}

/**
 * Outcomes and treatment (escalated, offered a plan, offered assistance) per language, age band,
 * payer type and ZIP-income quintile, for the window's cohort, with the gaps to the whole marked.
 */
export async function readFairness(q: Queryable, tenantId: string, w: AnalyticsWindow): Promise<FairnessReport> {
  // Issued together (on PostgreSQL the pool runs them at once), awaited together so a failure of
  // one is never left unhandled while another is awaited.
  const [all, zipIncome, scores, ...byDim] = await Promise.all([
    windowMetrics(q, tenantId, 'all', w),
    readZipIncomeSummary(q, tenantId),
    readFairnessScores(q, tenantId),
    ...FAIRNESS_DIMENSIONS.map((dim) => windowMetrics(q, tenantId, dim, w)),
  ]);
  const overall = row('all', 'all', all.get('') ?? new Map<string, number>());
  const rows: FairnessRow[] = [];
  for (const [i, dim] of FAIRNESS_DIMENSIONS.entries()) {
    const groups = byDim[i]!;
    for (const key of [...groups.keys()].sort()) {
      const r = row(dim, key, groups.get(key)!);
      if (r.cohortAccounts >= MIN_GROUP) {
        for (const measure of FAIRNESS_MEASURES) {
          const a = r[measure];
          const b = overall[measure];
          if (a !== null && b !== null && Math.abs(a - b) >= GAP_POINTS) r.gaps.push(measure);
        }
      }
      rows.push(r);
    }
  }
  const notes: string[] = [];
  if (zipIncome.areas === 0) {
    notes.push('Income quintile unavailable: no ZIP income data is loaded for this organization, so every account is in the "unknown" quintile. Kindly ships no income figures; load median household income by 3-digit ZIP (for example Census ACS table B19013) with `kindly analytics import-zip-income`.');
  } else {
    notes.push(`Income quintiles from ${zipIncome.areas} ZIP areas loaded ${zipIncome.loadedAt!.slice(0, 10)} (source: ${zipIncome.source}); accounts outside them are "unknown".`);
  }
  if (rows.filter((r) => r.dimension === 'payer_type').every((r) => ['insured', 'self_pay', 'member', 'none'].includes(r.key))) {
    notes.push('Payer type is "insured" when an insurer adjudicated the account and "self pay" otherwise; coverage plan types (Medicare, Medicaid, commercial) are not stored yet.');
  }
  if (scores.overall.scoredAccounts === 0) notes.push('No account has been scored yet, so scores cannot be compared between groups; the nightly scoring run fills them in.');
  return { from: w.from.toISOString(), until: w.until.toISOString(), overall, rows, notes, zipIncome, scores };
}

const CSV_HEAD = ['dimension', 'group', 'cohortAccounts', 'placedCents', 'collectedCents', 'recoveryRate', 'resolvedShare', 'medianDaysToResolution', 'escalatedShare', 'planOfferedShare', 'assistanceOfferedShare', 'optOutRate', 'gaps'];

export function fairnessCsv(r: FairnessReport): string {
  const line = (x: FairnessRow) =>
    csvLine([x.dimension, x.key, x.cohortAccounts, x.placedCents, x.collectedCents, x.recoveryRate, x.resolvedShare, x.medianDaysToResolution, x.escalatedShare, x.planOfferedShare, x.assistanceOfferedShare, x.optOutRate, x.gaps.join(' ')]);
  return [csvLine(CSV_HEAD), line(r.overall), ...r.rows.map(line)].join('\n') + '\n';
}

const SCORE_CSV_HEAD = ['dimension', 'group', 'scoredAccounts', 'meanPay30', 'meanPay90', 'meanHardship', 'hardshipFlaggedShare', 'likelyEligibleShare', 'gaps'];

/** The score comparison as CSV (one row per group, the whole first). */
export function fairnessScoresCsv(r: FairnessReport): string {
  const line = (x: FairnessScoreRow) => csvLine([x.dimension, x.key, x.scoredAccounts, x.meanPay30, x.meanPay90, x.meanHardship, x.hardshipFlaggedShare, x.likelyEligibleShare, x.gaps.join(' ')]);
  return [csvLine(SCORE_CSV_HEAD), line(r.scores.overall), ...r.scores.rows.map(line)].join('\n') + '\n';
}
