import type { Database } from '../../platform/db/index.js';
import { readPages } from './read-pages.js';
import { householdsCte, loadHouseholdColumns, type HouseholdColumns, type HouseholdScope } from './household-facts.js';

/**
 * Every model input, in the order of the feature matrix. Each is computed by one set-based query
 * (see featureSql) from the tenant's own records as of a cutoff date, so training (cutoff in the
 * past, outcome after it) and scoring (cutoff today) read exactly the same definitions.
 * docs/scoring.md describes each one. Stored score reasons name a feature by its position here
 * (account_scores.reason_features): add new features at the end, never reorder or remove one.
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
  zip_low: boolean | null;
  p30?: boolean | null;
  p90?: boolean | null;
  hard?: boolean | null;
}

/**
 * The query behind every feature. $1 tenant, $2 cutoff day. Each table is read once (one hash
 * aggregate per table, joined by hash; no per-account round trips or correlated subqueries), which
 * is what keeps 1M accounts fast: the ledger is aggregated per account in one pass, those per-account
 * facts are aggregated per person in a second pass over the same rows, and the other tables are
 * aggregated per person. With `accountIds` every read is limited to those accounts' people, so
 * scoring a handful of accounts reads a handful of rows through the indexes.
 */
export function featureSql(
  opts: Pick<ExtractOptions, 'withLabels' | 'live' | 'sample' | 'accountIds'> & {
    unordered?: boolean;
    /** Only the people whose id hashes to `index` of `count` parts (a whole-book run split to use several cores). */
    part?: { count: number; index: number };
    /** The compact columns nightly scoring reads instead of the row `featureRow` maps (see compactFeatureColumns). */
    compact?: boolean;
  },
  zipIncomeLoaded: boolean,
  households: HouseholdColumns = { ids: [], personIds: [], receivedOn: [], incomes: [], sizes: [], kinds: [] },
): { text: string; extraParams: unknown[] } {
  const extra: unknown[] = [];
  const ph = (v: unknown) => {
    extra.push(v);
    return `$${extra.length + 2}`;
  };
  const scoped = !!opts.accountIds;
  const ids = scoped ? ph(opts.accountIds) : '';
  const people = scoped ? `people as (select distinct person_id from accounts where tenant_id = $1 and id = any(${ids}::text[])),` : '';
  // Only the people of the accounts asked for (nothing when the whole book is read).
  const part = opts.part && opts.part.count > 1 ? opts.part : null;
  const ofPeople = (col: string) =>
    scoped ? `and ${col} in (select person_id from people)` : part ? `and mod(hashtext(${col})::bigint + 2147483648, ${ph(part.count)}::bigint) = ${ph(part.index)}::bigint` : '';
  const sample = opts.sample && opts.sample.every > 1 ? `and abs(hashtextextended(acc.id, ${ph(opts.sample.seed)}::bigint)) % ${ph(opts.sample.every)}::bigint = 0` : '';
  const only = scoped ? `and acc.id = any(${ids}::text[])` : '';
  const zip = zipIncomeLoaded
    ? `, zq as (select zip3, ntile(5) over (order by median_household_income_cents, zip3) as q from zip_income where tenant_id = $1),
       zl as (select p.id as person_id, true as zip_low from persons p join zq on zq.zip3 = p.zip3 and zq.q = 1 where p.tenant_id = $1 ${ofPeople('p.id')})`
    : '';
  // Training sums the balance from the ledger as of the cutoff and reads the 90 days after it
  // (outcomes); scoring takes today's balance and needs only the payments up to today.
  const ledger = opts.live
    ? `e.kind = 'patient_payment' and e.effective_on <= $2::date`
    : `e.effective_on <= $2::date + ${opts.withLabels ? 90 : 0}`;
  const isPay = opts.live ? 'true' : `e.kind = 'patient_payment'`;
  const trainingFacts = opts.live
    ? ''
    : `, coalesce(sum(e.amount_cents) filter (where e.effective_on <= $2::date), 0) as bal` +
      (opts.withLabels
        ? `, bool_or(${isPay} and e.effective_on > $2::date and e.effective_on <= $2::date + 30) as p30,
             bool_or(${isPay} and e.effective_on > $2::date and e.effective_on <= $2::date + 90) as p90`
        : '');
  const hard = opts.withLabels
    ? `, hard as (select person_id from assistance_applications where tenant_id = $1 and received_on > $2::date and received_on <= $2::date + 90 ${ofPeople('person_id')}
                union select person_id from payment_plans where tenant_id = $1 and status = 'hardship_paused'
                  and created_at > $2::date and created_at <= $2::date + 90 ${ofPeople('person_id')})`
    : '';
  const text = `
    with ${people}
    led as (
      select e.account_id,
        min(e.effective_on) filter (where ${isPay} and e.effective_on <= $2::date) as first_on,
        count(*) filter (where ${isPay} and e.effective_on > $2::date - 365 and e.effective_on <= $2::date)::int as n_year,
        max(e.effective_on) filter (where ${isPay} and e.effective_on <= $2::date) as last_on
        ${trainingFacts}
      from ledger_entries e
      where e.tenant_id = $1 and e.bucket = 'patient' and ${ledger}
        ${scoped ? 'and e.account_id in (select id from accounts where tenant_id = $1 and person_id in (select person_id from people))' : ''}
      group by e.account_id
    ),
    acc as (
      select a.id, a.person_id, a.due_on, ${opts.live ? 'a.patient_due_cents' : 'coalesce(l.bal, 0)'} as due,
        l.n_year, l.last_on, coalesce(l.first_on <= coalesce(a.due_on, a.first_statement_on + 30), false) as prompt
        ${opts.withLabels ? ', l.p30, l.p90' : ''}
      from accounts a left join led l on l.account_id = a.id
      where a.tenant_id = $1 and coalesce(a.service_date, a.created_at::date) <= $2::date ${ofPeople('a.person_id')}
    ),
    perp as (
      select person_id, sum(n_year)::int as n_year, max(last_on)${opts.compact ? '' : '::text'} as last_on, count(*) filter (where prompt)::int as prompt_all,
        sum(greatest(due, 0)) as person_due
      from acc group by person_id
    ),
    com as (
      select person_id,
        count(*) filter (where direction = 'inbound')::int as inbound,
        count(*) filter (where direction = 'outbound' and status = 'failed')::int as failed,
        count(*) filter (where direction = 'outbound' and status in ('sent', 'delivered'))::int as sent
      from communications where tenant_id = $1 and at >= $2::date - 90 and at < $2::date + 1 ${ofPeople('person_id')} group by person_id
    ),
    pl as (
      select person_id, true as had, bool_or(status in ('missed', 'defaulted', 'hardship_paused')) as trouble
      from payment_plans where tenant_id = $1 and created_at < $2::date + 1 ${ofPeople('person_id')} group by person_id
    ),
    hh as (${householdsCte(households, ph)}),
    app as (
      select distinct on (person_id) person_id, income, hh_size from hh
      where received_on <= $2::date order by person_id, received_on desc, id
    ),
    appr as (
      select ap.person_id from assistance_decisions d join assistance_applications ap on ap.tenant_id = d.tenant_id and ap.id = d.application_id
      where d.tenant_id = $1 and d.decision = 'approved' and d.decided_on <= $2::date ${ofPeople('ap.person_id')} group by ap.person_id
    ),
    cov as (
      select person_id,
        bool_or(names_medicaid) as medicaid, bool_or(names_medicare) as medicare
      from patient_coverages where tenant_id = $1 ${ofPeople('person_id')} group by person_id
    ) ${zip} ${hard}
    select ${
      opts.compact
        ? compactFeatureColumns(zipIncomeLoaded)
        : `acc.id, acc.person_id, acc.due, acc.due_on::text as due_on,
      perp.n_year, perp.last_on, perp.prompt_all, acc.prompt as prompt_own,
      pl.had as had_plan, pl.trouble, com.inbound, com.failed, com.sent,
      (appr.person_id is not null) as approved, (app.person_id is not null) as applied,
      cov.medicaid, cov.medicare, (cov.person_id is not null) as covered,
      perp.person_due,
      app.income, app.hh_size,
      ${zipIncomeLoaded ? 'zl.zip_low' : 'false as zip_low'}
      ${opts.withLabels ? ', acc.p30, acc.p90, (hard.person_id is not null) as hard' : ''}`
    }
    from acc
    join perp on perp.person_id = acc.person_id
    left join com on com.person_id = acc.person_id
    left join pl on pl.person_id = acc.person_id
    left join app on app.person_id = acc.person_id
    left join appr on appr.person_id = acc.person_id
    left join cov on cov.person_id = acc.person_id
    ${zipIncomeLoaded ? 'left join zl on zl.person_id = acc.person_id' : ''}
    ${opts.withLabels ? 'left join (select distinct person_id from hard) hard on hard.person_id = acc.person_id' : ''}
    where acc.due > 0 ${only} ${sample}
    ${opts.unordered ? '' : 'order by acc.id collate "C"'}`;
  return { text, extraParams: extra };
}

/**
 * The feature query's row for nightly scoring, in as few columns as the features allow (each
 * column costs the server a text conversion and this process a parse): `id`, `due` (cents),
 * `other` (cents owed on the person's other accounts, at least 0), `income` and `hh_size` of the
 * latest application, and two integers packing every other feature already clamped as featureRow
 * clamps it (decoded by `unpackFeatures`):
 *  - `a`: days past due + 60 (0..425; 60 without a due date) | days since the last payment (0..365) << 9
 *    | payments in the last year (0..12) << 18 | prompt-paid other bills (0..5) << 22;
 *  - `b`: inbound (0..10) | failed (0..10) << 4 | sent (0..20) << 8, then one bit each from 13 up:
 *    had a plan, plan trouble, approved, applied, Medicaid, Medicare (without Medicaid), self-pay, low-income ZIP.
 */
function compactFeatureColumns(zipIncomeLoaded: boolean): string {
  const bit = (cond: string, at: number) => `(case when ${cond} then ${1 << at} else 0 end)`;
  const a = [
    `(case when acc.due_on is null then 60 else least(greatest($2::date - acc.due_on, -60), 365) + 60 end)`,
    `(case when perp.last_on is null then 365 else least(greatest($2::date - perp.last_on, 0), 365) end) * 512`,
    `least(coalesce(perp.n_year, 0), 12) * 262144`,
    `least(greatest(coalesce(perp.prompt_all, 0) - (case when acc.prompt then 1 else 0 end), 0), 5) * 4194304`,
  ];
  const b = [
    'least(coalesce(com.inbound, 0), 10)',
    'least(coalesce(com.failed, 0), 10) * 16',
    'least(coalesce(com.sent, 0), 20) * 256',
    bit('pl.had', 13),
    bit('pl.trouble', 14),
    bit('appr.person_id is not null', 15),
    bit('app.person_id is not null', 16),
    bit('cov.medicaid', 17),
    bit('cov.medicare and not coalesce(cov.medicaid, false)', 18),
    bit('cov.person_id is null', 19),
    ...(zipIncomeLoaded ? [bit('zl.zip_low', 20)] : []),
  ];
  return `acc.id, acc.due, greatest(coalesce(perp.person_due, 0)::int8 - greatest(acc.due, 0), 0) as other, app.income, app.hh_size,
      ${a.join(' + ')} as a, ${b.join(' + ')} as b`;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** FPL guideline for a household size, injected so the pure row mapping stays testable. */
export type GuidelineFor = (size: number) => number;

/** Column of each feature in a FEATURES row. */
const COL = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<FeatureName, number>;

/**
 * Turns one query row into the FEATURES values (written into `out` at `offset`). Called once per
 * account of the book, so it writes straight into the typed array and allocates nothing.
 */
export function featureRow(r: Row, asOf: string, guidelineFor: GuidelineFor, out: Float64Array, offset: number, today = dayNumber(asOf)): void {
  const due = Number(r.due);
  const personDue = Number(r.person_due ?? 0);
  const income = r.income === null ? null : Number(r.income);
  const size = r.hh_size ?? null;
  const monthly = income !== null && income > 0 ? income / 12 : null;
  out[offset + COL.log_balance] = Math.log1p(due / 100);
  out[offset + COL.days_past_due] = r.due_on ? clamp(today - dayNumber(r.due_on), -60, 365) : 0;
  out[offset + COL.payments_last_year] = Math.min(r.n_year ?? 0, 12);
  out[offset + COL.days_since_last_payment] = r.last_on ? clamp(today - dayNumber(r.last_on), 0, 365) : 365;
  out[offset + COL.prompt_paid_bills] = clamp((r.prompt_all ?? 0) - (r.prompt_own ? 1 : 0), 0, 5);
  out[offset + COL.had_plan] = r.had_plan ? 1 : 0;
  out[offset + COL.plan_trouble] = r.trouble ? 1 : 0;
  out[offset + COL.inbound_replies_90d] = Math.min(r.inbound ?? 0, 10);
  out[offset + COL.failed_messages_90d] = Math.min(r.failed ?? 0, 10);
  out[offset + COL.messages_sent_90d] = Math.min(r.sent ?? 0, 20);
  out[offset + COL.prior_assistance_approved] = r.approved ? 1 : 0;
  out[offset + COL.prior_assistance_applied] = r.applied ? 1 : 0;
  out[offset + COL.payer_medicaid] = r.medicaid ? 1 : 0;
  out[offset + COL.payer_medicare] = r.medicare && !r.medicaid ? 1 : 0;
  out[offset + COL.payer_self_pay] = r.covered ? 0 : 1;
  out[offset + COL.log_other_balance] = Math.log1p(Math.max(personDue - Math.max(due, 0), 0) / 100);
  out[offset + COL.income_known] = income !== null ? 1 : 0;
  out[offset + COL.balance_share_of_monthly_income] = monthly ? Math.min(due / monthly, 3) : income === 0 ? 3 : 0;
  out[offset + COL.income_at_or_below_200_fpl] = income !== null && size ? (income * 100 <= 200 * guidelineFor(size) ? 1 : 0) : 0;
  out[offset + COL.zip_low_income] = r.zip_low ? 1 : 0;
}

/** Whether the operator loaded ZIP income data for the tenant (the zip feature is constant 0 otherwise). */
export async function zipIncomeLoaded(database: Database, tenantId: string): Promise<boolean> {
  const [r] = await database.query<{ n: boolean }>('select exists (select 1 from zip_income where tenant_id = $1) as n', [tenantId]);
  return !!r?.n;
}

/** One page of the feature matrix (fresh arrays per page). */
export interface FeaturePage {
  x: Float64Array;
  rows: number;
  accountIds: string[];
  personIds: string[];
  labels: Record<Target, Uint8Array> | null;
}

/**
 * Streams the features (and outcomes) of a tenant's patient-due accounts as of `asOf`, page by
 * page, so a whole book never sits in memory as query rows. On PostgreSQL the next page is being
 * fetched while `onPage` runs.
 */
export async function streamFeatures(opts: ExtractOptions & { guidelineFor: GuidelineFor; households?: HouseholdColumns }, onPage: (page: FeaturePage) => Promise<void>): Promise<void> {
  const zip = await zipIncomeLoaded(opts.database, opts.tenantId);
  const households = opts.households ?? (await loadHouseholdColumns(opts.database, opts.tenantId, householdScope(opts)));
  const { text, extraParams } = featureSql(opts, zip, households);
  const width = FEATURES.length;
  const today = dayNumber(opts.asOf);
  await readPages<Row>(opts.database, text, [opts.tenantId, opts.asOf, ...extraParams], opts.pageSize ?? 20_000, async (rows) => {
    const n = rows.length;
    const x = new Float64Array(n * width);
    const accountIds: string[] = [];
    const personIds: string[] = [];
    const labels = opts.withLabels ? { pay_30: new Uint8Array(n), pay_90: new Uint8Array(n), hardship: new Uint8Array(n) } : null;
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      featureRow(r, opts.asOf, opts.guidelineFor, x, i * width, today);
      accountIds.push(r.id);
      personIds.push(r.person_id);
      if (labels) {
        labels.pay_30[i] = r.p30 ? 1 : 0;
        labels.pay_90[i] = r.p90 ? 1 : 0;
        labels.hardship[i] = r.hard ? 1 : 0;
      }
    }
    await onPage({ x, rows: n, accountIds, personIds, labels });
  });
}

/** Which applications' households a read needs: those of the accounts asked for, of people who owe now, or all (training). */
function householdScope(opts: Pick<ExtractOptions, 'live' | 'accountIds'>): HouseholdScope {
  if (opts.accountIds) return { accountIds: opts.accountIds };
  return opts.live ? { owing: true } : {};
}

/** The whole feature matrix of a tenant's patient-due accounts as of `asOf` (training reads it whole). */
export async function extractFeatures(opts: ExtractOptions & { guidelineFor: GuidelineFor; households?: HouseholdColumns }): Promise<FeatureSet> {
  const width = FEATURES.length;
  let cap = 1024;
  let x = new Float64Array(cap * width);
  let l30 = new Uint8Array(cap);
  let l90 = new Uint8Array(cap);
  let lh = new Uint8Array(cap);
  const accountIds: string[] = [];
  const personIds: string[] = [];
  let n = 0;
  await streamFeatures(opts, async (page) => {
    if (n + page.rows > cap) {
      while (n + page.rows > cap) cap *= 2;
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
    x.set(page.x, n * width);
    if (page.labels) {
      l30.set(page.labels.pay_30, n);
      l90.set(page.labels.pay_90, n);
      lh.set(page.labels.hardship, n);
    }
    for (let i = 0; i < page.rows; i++) {
      accountIds.push(page.accountIds[i]!);
      personIds.push(page.personIds[i]!);
    }
    n += page.rows;
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
