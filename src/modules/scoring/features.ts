import type { Database } from '../../platform/db/index.js';
import { readPages } from './read-pages.js';
import { householdsCte, loadHouseholdColumns, type HouseholdColumns } from './household-facts.js';

/**
 * Every model input, in the order of the feature matrix. Each is computed by one set-based query
 * (see featureSql) from the tenant's own records as of a cutoff date, so training (cutoff in the
 * past, outcome after it) and scoring (cutoff today) read exactly the same definitions.
 * docs/scoring.md describes each one.
 */
export const FEATURES = [
  /** ln(1 + dollars the patient owes on this account). */
  'log_balance',
  /** Days past the due date (negative before it; 0 without a due date), clamped to -60..365. */
  'days_past_due',
  /** Patient payments by this person (any account) in the year before the cutoff, at most 12. */
  'payments_last_year',
  /** Days since the person's last payment, at most 365 (365 when there is none). */
  'days_since_last_payment',
  /** The person's other bills whose first payment came by the due date, at most 5. */
  'prompt_paid_bills',
  /** 1 when the person has set up a payment plan before. */
  'had_plan',
  /** 1 when one of the person's plans missed an installment, defaulted or paused for hardship. */
  'plan_trouble',
  /** Messages the person sent us (replies, portal, calls in) in the 90 days before, at most 10. */
  'inbound_replies_90d',
  /** Our messages to the person that failed in the 90 days before, at most 10. */
  'failed_messages_90d',
  /** Our messages that went out to the person in the 90 days before, at most 20. */
  'messages_sent_90d',
  /** 1 when the person was approved for financial assistance before. */
  'prior_assistance_approved',
  /** 1 when the person applied for financial assistance before. */
  'prior_assistance_applied',
  /** Payer type from coverage on file: Medicaid, Medicare, none (self-pay); commercial is the baseline. */
  'payer_medicaid',
  'payer_medicare',
  'payer_self_pay',
  /** ln(1 + dollars the person owes on their other accounts). */
  'log_other_balance',
  /** 1 when an assistance application reported the household's income. */
  'income_known',
  /** This balance over the reported monthly household income (0 when unknown), at most 3. */
  'balance_share_of_monthly_income',
  /** 1 when the reported income is at or below 200% of the federal poverty guideline. */
  'income_at_or_below_200_fpl',
  /** 1 when the person's 3-digit ZIP area is in the lowest fifth of the median incomes loaded in zip_income. */
  'zip_low_income',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/**
 * Inputs of the propensity-to-pay models. Protected attributes and their proxies (language, age,
 * ZIP, area income) are deliberately absent: propensity decides the order of work and the
 * channel, and must not sort people by who they are or where they live.
 */
export const PROPENSITY_FEATURES: readonly FeatureName[] = [
  'log_balance',
  'days_past_due',
  'payments_last_year',
  'days_since_last_payment',
  'prompt_paid_bills',
  'had_plan',
  'plan_trouble',
  'inbound_replies_90d',
  'failed_messages_90d',
  'messages_sent_90d',
  'prior_assistance_approved',
  'payer_medicaid',
  'payer_medicare',
  'payer_self_pay',
  'log_other_balance',
];

/**
 * Inputs of the hardship model: the propensity inputs plus what says something about means (the
 * income an assistance application reported, and area income when the operator loaded it). It
 * is used only to offer help sooner, never to deny it.
 */
export const HARDSHIP_FEATURES: readonly FeatureName[] = [
  ...PROPENSITY_FEATURES,
  'prior_assistance_applied',
  'income_known',
  'balance_share_of_monthly_income',
  'income_at_or_below_200_fpl',
  'zip_low_income',
];

export const TARGETS = ['pay_30', 'pay_90', 'hardship'] as const;
export type Target = (typeof TARGETS)[number];

export const TARGET_FEATURES: Record<Target, readonly FeatureName[]> = {
  pay_30: PROPENSITY_FEATURES,
  pay_90: PROPENSITY_FEATURES,
  hardship: HARDSHIP_FEATURES,
};

/** The feature matrix of a set of accounts as of one cutoff, with outcomes when asked for. */
export interface FeatureSet {
  asOf: string;
  accountIds: string[];
  personIds: string[];
  /** Row-major, FEATURES.length wide. */
  x: Float64Array;
  rows: number;
  labels: Record<Target, Uint8Array> | null;
}

export interface ExtractOptions {
  database: Database;
  tenantId: string;
  /** Cutoff day (YYYY-MM-DD): only what was known by its end is used. */
  asOf: string;
  /** Also read what happened in the 90 days after the cutoff (for training and holdout). */
  withLabels: boolean;
  /** Balances as they stand now (accounts.patient_due_cents) instead of summed to the cutoff. */
  live: boolean;
  /** Keep one row in `sampleEvery`, chosen by a seeded hash of the account id (large tenants). */
  sample?: { every: number; seed: number };
  /** Only these accounts. */
  accountIds?: string[];
  pageSize?: number;
}

interface Row {
  id: string;
  person_id: string;
  due: string | number;
  due_on: string | null;
  n_year: number | null;
  last_on: string | null;
  prompt_all: number | null;
  prompt_own: boolean | null;
  had_plan: boolean | null;
  trouble: boolean | null;
  inbound: number | null;
  failed: number | null;
  sent: number | null;
  approved: boolean | null;
  applied: boolean | null;
  medicaid: boolean | null;
  medicare: boolean | null;
  covered: boolean | null;
  person_due: string | number | null;
  income: string | number | null;
  hh_size: number | null;
  fpl_cents: string | number | null;
  zip_low: boolean | null;
  p30?: boolean | null;
  p90?: boolean | null;
  hard?: boolean | null;
}

/**
 * The query behind every feature. $1 tenant, $2 cutoff day. Each CTE is one pass over one table
 * for the tenant (hash joins, no per-account round trips), which is what keeps 1M accounts fast.
 */
export function featureSql(opts: Pick<ExtractOptions, 'withLabels' | 'live' | 'sample' | 'accountIds'>, zipIncomeLoaded: boolean, households: HouseholdColumns = { ids: [], personIds: [], receivedOn: [], incomes: [], sizes: [], kinds: [] }): { text: string; extraParams: unknown[] } {
  const extra: unknown[] = [];
  const ph = (v: unknown) => {
    extra.push(v);
    return `$${extra.length + 2}`;
  };
  const horizon = opts.withLabels ? `$2::date + 90` : `$2::date`;
  const balance = opts.live
    ? `a.patient_due_cents`
    : `coalesce((select sum(e.amount_cents) from ledger_entries e where e.tenant_id = a.tenant_id and e.account_id = a.id and e.bucket = 'patient' and e.effective_on <= $2::date), 0)`;
  const only = opts.accountIds ? `and a.id = any(${ph(opts.accountIds)}::text[])` : '';
  const sample = opts.sample && opts.sample.every > 1 ? `and abs(hashtextextended(a.id, ${ph(opts.sample.seed)}::bigint)) % ${ph(opts.sample.every)}::bigint = 0` : '';
  const zip = zipIncomeLoaded
    ? `, zq as (select zip, ntile(5) over (order by median_household_income_cents, zip) as q from zip_income),
       zl as (select p.id as person_id, true as zip_low from persons p join zq on zq.zip = p.zip3 and zq.q = 1 where p.tenant_id = $1)`
    : '';
  const labels = opts.withLabels
    ? `, lab as (select account_id, bool_or(effective_on <= $2::date + 30) as p30, true as p90 from pay where effective_on > $2::date group by account_id),
       hard as (select person_id from assistance_applications where tenant_id = $1 and received_on > $2::date and received_on <= $2::date + 90
                union select person_id from payment_plans where tenant_id = $1 and status = 'hardship_paused'
                  and created_at > $2::date and created_at <= $2::date + 90)`
    : '';
  const text = `
    with acct as (
      select a.id, a.person_id, a.due_on, coalesce(a.due_on, a.first_statement_on + 30) as pay_by, ${balance} as due
      from accounts a
      where a.tenant_id = $1 and coalesce(a.service_date, a.created_at::date) <= $2::date ${only} ${sample}
    ),
    pay as (
      select e.account_id, e.effective_on from ledger_entries e
      where e.tenant_id = $1 and e.kind = 'patient_payment' and e.bucket = 'patient' and e.effective_on <= ${horizon}
    ),
    firstpay as (select account_id, min(effective_on) as first_on from pay where effective_on <= $2::date group by account_id),
    allacct as (
      select a.id, a.person_id, coalesce(a.due_on, a.first_statement_on + 30) as pay_by from accounts a where a.tenant_id = $1
    ),
    prompt as (
      select aa.person_id, aa.id as account_id from firstpay f join allacct aa on aa.id = f.account_id where f.first_on <= aa.pay_by
    ),
    promptp as (select person_id, count(*)::int as n from prompt group by person_id),
    payp as (
      select aa.person_id, count(*) filter (where p.effective_on > $2::date - 365)::int as n_year, max(p.effective_on)::text as last_on
      from pay p join allacct aa on aa.id = p.account_id where p.effective_on <= $2::date group by aa.person_id
    ),
    duep as (select person_id, sum(greatest(due, 0)) as due from acct group by person_id),
    com as (
      select person_id,
        count(*) filter (where direction = 'inbound')::int as inbound,
        count(*) filter (where direction = 'outbound' and status = 'failed')::int as failed,
        count(*) filter (where direction = 'outbound' and status in ('sent', 'delivered'))::int as sent
      from communications where tenant_id = $1 and at >= $2::date - 90 and at < $2::date + 1 group by person_id
    ),
    pl as (
      select person_id, true as had, bool_or(status in ('missed', 'defaulted', 'hardship_paused')) as trouble
      from payment_plans where tenant_id = $1 and created_at < $2::date + 1 group by person_id
    ),
    hh as (${householdsCte(households, ph)}),
    app as (
      select distinct on (person_id) person_id, income, hh_size from hh
      where received_on <= $2::date order by person_id, received_on desc, id
    ),
    appr as (
      select ap.person_id from assistance_decisions d join assistance_applications ap on ap.id = d.application_id
      where d.tenant_id = $1 and d.decision = 'approved' and d.decided_on <= $2::date group by ap.person_id
    ),
    cov as (
      select person_id,
        bool_or(payer_name ilike '%medicaid%' or payer_name ilike '%medi-cal%' or coalesce(plan_name, '') ilike '%medicaid%') as medicaid,
        bool_or(payer_name ilike '%medicare%' or coalesce(plan_name, '') ilike '%medicare%') as medicare
      from patient_coverages where tenant_id = $1 group by person_id
    ) ${zip} ${labels}
    select acct.id, acct.person_id, acct.due, acct.due_on::text as due_on,
      payp.n_year, payp.last_on, promptp.n as prompt_all,
      (po.account_id is not null) as prompt_own,
      pl.had as had_plan, pl.trouble, com.inbound, com.failed, com.sent,
      (appr.person_id is not null) as approved, (app.person_id is not null) as applied,
      cov.medicaid, cov.medicare, (cov.person_id is not null) as covered,
      duep.due as person_due,
      app.income, app.hh_size,
      null::bigint as fpl_cents,
      ${zipIncomeLoaded ? 'zl.zip_low' : 'false as zip_low'}
      ${opts.withLabels ? ', lab.p30, lab.p90, (hard.person_id is not null) as hard' : ''}
    from acct
    left join payp on payp.person_id = acct.person_id
    left join promptp on promptp.person_id = acct.person_id
    left join prompt po on po.account_id = acct.id
    left join duep on duep.person_id = acct.person_id
    left join com on com.person_id = acct.person_id
    left join pl on pl.person_id = acct.person_id
    left join app on app.person_id = acct.person_id
    left join appr on appr.person_id = acct.person_id
    left join cov on cov.person_id = acct.person_id
    ${zipIncomeLoaded ? 'left join zl on zl.person_id = acct.person_id' : ''}
    ${opts.withLabels ? 'left join lab on lab.account_id = acct.id left join (select distinct person_id from hard) hard on hard.person_id = acct.person_id' : ''}
    where acct.due > 0
    order by acct.id`;
  return { text, extraParams: extra };
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** FPL guideline for a household size, injected so the pure row mapping stays testable. */
export type GuidelineFor = (size: number) => number;

/** Turns one query row into the FEATURES values (written into `out` at `offset`). */
export function featureRow(r: Row, asOf: string, guidelineFor: GuidelineFor, out: Float64Array, offset: number): void {
  const today = dayNumber(asOf);
  const due = Number(r.due);
  const personDue = Number(r.person_due ?? 0);
  const income = r.income === null ? null : Number(r.income);
  const size = r.hh_size ?? null;
  const monthly = income !== null && income > 0 ? income / 12 : null;
  const values: Record<FeatureName, number> = {
    log_balance: Math.log1p(due / 100),
    days_past_due: r.due_on ? clamp(today - dayNumber(r.due_on), -60, 365) : 0,
    payments_last_year: Math.min(r.n_year ?? 0, 12),
    days_since_last_payment: r.last_on ? clamp(today - dayNumber(r.last_on), 0, 365) : 365,
    prompt_paid_bills: clamp((r.prompt_all ?? 0) - (r.prompt_own ? 1 : 0), 0, 5),
    had_plan: r.had_plan ? 1 : 0,
    plan_trouble: r.trouble ? 1 : 0,
    inbound_replies_90d: Math.min(r.inbound ?? 0, 10),
    failed_messages_90d: Math.min(r.failed ?? 0, 10),
    messages_sent_90d: Math.min(r.sent ?? 0, 20),
    prior_assistance_approved: r.approved ? 1 : 0,
    prior_assistance_applied: r.applied ? 1 : 0,
    payer_medicaid: r.medicaid ? 1 : 0,
    payer_medicare: r.medicare && !r.medicaid ? 1 : 0,
    payer_self_pay: r.covered ? 0 : 1,
    log_other_balance: Math.log1p(Math.max(personDue - Math.max(due, 0), 0) / 100),
    income_known: income !== null ? 1 : 0,
    balance_share_of_monthly_income: monthly ? Math.min(due / monthly, 3) : income === 0 ? 3 : 0,
    income_at_or_below_200_fpl: income !== null && size ? (income * 100 <= 200 * guidelineFor(size) ? 1 : 0) : 0,
    zip_low_income: r.zip_low ? 1 : 0,
  };
  for (let j = 0; j < FEATURES.length; j++) out[offset + j] = values[FEATURES[j]!];
}

/** Whether the operator loaded any ZIP income data (the zip feature is constant 0 otherwise). */
export async function zipIncomeLoaded(database: Database): Promise<boolean> {
  const [r] = await database.query<{ n: boolean }>('select exists (select 1 from zip_income) as n');
  return !!r?.n;
}

/** Streams the features (and outcomes) of a tenant's patient-due accounts as of `asOf`. */
export async function extractFeatures(opts: ExtractOptions & { guidelineFor: GuidelineFor }): Promise<FeatureSet> {
  const zip = await zipIncomeLoaded(opts.database);
  const { text, extraParams } = featureSql(opts, zip, await loadHouseholdColumns(opts.database, opts.tenantId));
  const width = FEATURES.length;
  let cap = 1024;
  let x = new Float64Array(cap * width);
  let l30 = new Uint8Array(cap);
  let l90 = new Uint8Array(cap);
  let lh = new Uint8Array(cap);
  const accountIds: string[] = [];
  const personIds: string[] = [];
  let n = 0;
  await readPages<Row>(opts.database, text, [opts.tenantId, opts.asOf, ...extraParams], opts.pageSize ?? 20_000, async (page) => {
    if (n + page.length > cap) {
      while (n + page.length > cap) cap *= 2;
      const grow = <T extends Float64Array | Uint8Array>(a: T, size: number): T => {
        const b = new (a.constructor as new (n: number) => T)(size);
        b.set(a);
        return b;
      };
      x = grow(x, cap * width);
      l30 = grow(l30, cap);
      l90 = grow(l90, cap);
      lh = grow(lh, cap);
    }
    for (const r of page) {
      featureRow(r, opts.asOf, opts.guidelineFor, x, n * width);
      accountIds.push(r.id);
      personIds.push(r.person_id);
      if (opts.withLabels) {
        l30[n] = r.p30 ? 1 : 0;
        l90[n] = r.p90 ? 1 : 0;
        lh[n] = r.hard ? 1 : 0;
      }
      n++;
    }
  });
  return {
    asOf: opts.asOf,
    accountIds,
    personIds,
    x: x.subarray(0, n * width),
    rows: n,
    labels: opts.withLabels ? { pay_30: l30.subarray(0, n), pay_90: l90.subarray(0, n), hardship: lh.subarray(0, n) } : null,
  };
}

/** The columns of `names` out of a FeatureSet, as a matrix of their own. */
export function selectColumns(set: Pick<FeatureSet, 'x' | 'rows'>, names: readonly FeatureName[]): { x: Float64Array; rows: number; width: number } {
  const idx = names.map((n) => FEATURES.indexOf(n));
  const width = idx.length;
  const out = new Float64Array(set.rows * width);
  const full = FEATURES.length;
  for (let i = 0; i < set.rows; i++) for (let j = 0; j < width; j++) out[i * width + j] = set.x[i * full + idx[j]!]!;
  return { x: out, rows: set.rows, width };
}
