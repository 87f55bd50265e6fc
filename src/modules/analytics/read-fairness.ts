import type { Queryable } from '../../platform/db/index.js';
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

export interface FairnessReport {
  from: string;
  until: string;
  overall: FairnessRow;
  rows: FairnessRow[];
  /** What the report cannot tell yet, in plain words. */
  notes: string[];
  /** The tenant's loaded ZIP income table (0 areas: the income quintile is unavailable). */
  zipIncome: ZipIncomeSummary;
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
  const [all, zipIncome, ...byDim] = await Promise.all([
    windowMetrics(q, tenantId, 'all', w),
    readZipIncomeSummary(q, tenantId),
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
  return { from: w.from.toISOString(), until: w.until.toISOString(), overall, rows, notes, zipIncome };
}

const CSV_HEAD = ['dimension', 'group', 'cohortAccounts', 'placedCents', 'collectedCents', 'recoveryRate', 'resolvedShare', 'medianDaysToResolution', 'escalatedShare', 'planOfferedShare', 'assistanceOfferedShare', 'optOutRate', 'gaps'];

export function fairnessCsv(r: FairnessReport): string {
  const line = (x: FairnessRow) =>
    csvLine([x.dimension, x.key, x.cohortAccounts, x.placedCents, x.collectedCents, x.recoveryRate, x.resolvedShare, x.medianDaysToResolution, x.escalatedShare, x.planOfferedShare, x.assistanceOfferedShare, x.optOutRate, x.gaps.join(' ')]);
  return [csvLine(CSV_HEAD), line(r.overall), ...r.rows.map(line)].join('\n') + '\n';
}
