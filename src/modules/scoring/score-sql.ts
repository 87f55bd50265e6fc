import { FEATURES, featureSql, TARGETS, type FeatureName, type GuidelineFor, type Target } from './features.js';
import type { HouseholdColumns } from './household-facts.js';
import { REASON_MIN, TOP_REASONS, type StoredModel } from './model.js';

/**
 * Scoring as one set-based query. The models are logistic regressions, so a score is a dot product
 * of weights and standardized features: the database computes the features (the same query
 * training reads, `featureSql`), each feature's contribution, the log-odds, the probability and
 * the top reasons, and nothing per account crosses the wire. It is the SQL form of `featureRow`
 * followed by `scoreRow`, operation for operation in double precision, in the same order (a test
 * holds the two to the same probabilities within 1e-9 and the same reasons in the same order):
 *  - contributions `weight × ((x − mean) / std)`, the log-odds `bias + c₀ + c₁ + …` summed left to right;
 *  - a reason is a feature whose |contribution| ≥ 0.05, the largest first, ties to the earlier feature;
 *  - the value a reason shows is rounded to 4 decimals half up, as `round4` does (stored in ten-thousandths).
 * Every numeric literal is cast to float8: an untyped `0.05` would be numeric, slower and rounded
 * differently.
 */

const f8 = (v: string) => `(${v})::float8`;
const bool = (v: string) => `(case when ${v} then 1 else 0 end)::float8`;
// least/greatest skip nulls: a null must be defaulted before it is clamped.
const clamp = (v: string, lo: number, hi: number) => `least(greatest(${v}, ${lo}), ${hi})`;
const dayDiff = (column: string, lo: number, hi: number, otherwise: number) =>
  `(case when ${column} is null then ${otherwise} else ${clamp(`$2::date - ${column}::date`, lo, hi)} end)::float8`;

/**
 * Each feature over the feature query's row `f`, as `featureRow` computes it. `$2` is the cutoff
 * day; `guideline` is the placeholder of the FPL guideline per household size 1..20.
 */
function featureExpressions(guideline: string): Record<FeatureName, string> {
  const due = 'f.due::float8';
  const income = 'f.income::float8';
  return {
    log_balance: `ln(1::float8 + ${due} / 100::float8)`,
    days_past_due: dayDiff('f.due_on', -60, 365, 0),
    payments_last_year: f8(`least(coalesce(f.n_year, 0), 12)`),
    days_since_last_payment: dayDiff('f.last_on', 0, 365, 365),
    prompt_paid_bills: f8(clamp(`coalesce(f.prompt_all, 0) - (case when f.prompt_own then 1 else 0 end)`, 0, 5)),
    had_plan: bool('f.had_plan'),
    plan_trouble: bool('f.trouble'),
    inbound_replies_90d: f8('least(coalesce(f.inbound, 0), 10)'),
    failed_messages_90d: f8('least(coalesce(f.failed, 0), 10)'),
    messages_sent_90d: f8('least(coalesce(f.sent, 0), 20)'),
    prior_assistance_approved: bool('f.approved'),
    prior_assistance_applied: bool('f.applied'),
    payer_medicaid: bool('f.medicaid'),
    payer_medicare: bool('f.medicare and not coalesce(f.medicaid, false)'),
    payer_self_pay: bool('not coalesce(f.covered, false)'),
    log_other_balance: `ln(1::float8 + greatest(coalesce(f.person_due, 0)::float8 - greatest(${due}, 0::float8), 0::float8) / 100::float8)`,
    income_known: bool('f.income is not null'),
    balance_share_of_monthly_income: `(case when f.income > 0 then least(${due} / (${income} / 12::float8), 3::float8) when f.income = 0 then 3::float8 else 0::float8 end)`,
    income_at_or_below_200_fpl: bool(`f.income is not null and coalesce(f.hh_size, 0) <> 0 and ${income} * 100::float8 <= 200::float8 * (${guideline})[${clamp('f.hh_size', 1, 20)}]`),
    zip_low_income: bool('f.zip_low'),
  };
}

export interface ScoreSqlOptions {
  /** The latest model of each target. */
  models: Record<Target, StoredModel>;
  /** Cutoff day: `$2` of the feature query. */
  asOf: string;
  guidelineFor: GuidelineFor;
  zipIncomeLoaded: boolean;
  households: HouseholdColumns;
  accountIds?: string[];
  /** Only the accounts of the people in this part of the book (see featureSql). */
  part?: { count: number; index: number };
  /** Stop at the feature values (`id`, `x0`…`x19` in FEATURES order): what tests compare with featureRow. */
  featuresOnly?: boolean;
}

/**
 * The query that scores a tenant's patient-due accounts (`$1` tenant, `$2` today, then `params`),
 * one row each: `id`, the unrounded probabilities `p_pay_30`, `p_pay_90`, `p_hardship`, and
 * the reasons as stored (`reason_features` int2[], `reason_values` int4[]: see packReasons).
 */
export function scoreSql(o: ScoreSqlOptions): { text: string; params: unknown[] } {
  const feat = featureSql({ withLabels: false, live: true, unordered: true, ...(o.accountIds ? { accountIds: o.accountIds } : {}), ...(o.part ? { part: o.part } : {}) }, o.zipIncomeLoaded, o.households);
  const params: unknown[] = [...feat.extraParams];
  const ph = (v: unknown, type: string) => {
    params.push(v);
    return `$${params.length + 2}::${type}`;
  };
  const guideline = ph(
    Array.from({ length: 20 }, (_, i) => o.guidelineFor(i + 1)),
    'float8[]',
  );
  const exprs = featureExpressions(guideline);
  const xs = FEATURES.map((name, j) => `${exprs[name]} as x${j}`);
  // Each step is a subquery behind `offset 0`, so the planner keeps it as its own projection
  // instead of pulling it up and repeating every expression wherever the next step uses it.
  const step = (cols: string[], from: string) => `select ${cols.join(', ')} from (${from} offset 0) as l`;
  const xCols = FEATURES.map((_, j) => `x${j}`);
  const models = TARGETS.map((t, ti) => {
    const m = o.models[t];
    return {
      t,
      ti,
      features: m.features.map((f, j) => ({
        j,
        x: `x${FEATURES.indexOf(f.name)}`,
        name: f.name,
        c: `c${ti}_${j}`,
        a: `a${ti}_${j}`,
        weight: ph(f.weight, 'float8'),
        mean: ph(f.mean, 'float8'),
        std: ph(f.std || 1, 'float8'),
      })),
      bias: ph(m.bias, 'float8'),
    };
  });
  const min = ph(REASON_MIN, 'float8');
  const cCols = models.flatMap((m) => m.features.map((f) => f.c));
  const aCols = models.flatMap((m) => m.features.map((f) => f.a));
  const etaCols = models.map((m) => `eta${m.ti}`);
  const rankCols = (r: number) => models.map((m) => `i${r}_${m.ti}`);

  let q = `select f.id, ${xs.join(', ')} from (${feat.text}) as f`;
  // The features need only the feature query's parameters and the guideline (bound first).
  if (o.featuresOnly) return { text: q, params: params.slice(0, feat.extraParams.length + 1) };
  // Contributions.
  q = step(['id', ...xCols, ...models.flatMap((m) => m.features.map((f) => `${f.weight} * ((${f.x} - ${f.mean}) / ${f.std}) as ${f.c}`))], q);
  // Log-odds, and each contribution's size when it is large enough to be a reason (null otherwise).
  q = step(
    [
      'id',
      ...xCols,
      ...cCols,
      ...models.map((m) => `${[m.bias, ...m.features.map((f) => f.c)].join(' + ')} as eta${m.ti}`),
      ...models.flatMap((m) => m.features.map((f) => `case when abs(${f.c}) >= ${min} then abs(${f.c}) end as ${f.a}`)),
    ],
    q,
  );
  // The r-th reason: the first feature (in model order) holding the largest size among those not
  // named yet. `case <greatest> when <size> then j` evaluates the greatest once; null when none is left.
  const earlier: string[][] = models.map(() => []);
  for (let r = 1; r <= TOP_REASONS; r++) {
    const ranks = models.map((m) => {
      const left = m.features.map((f) => (earlier[m.ti]!.length ? `case when ${earlier[m.ti]!.map((e) => `${e} <> ${f.j}`).join(' and ')} then ${f.a} end` : f.a));
      return `case greatest(${left.join(', ')}) ${left.map((l, j) => `when ${l} then ${j}`).join(' ')} end as i${r}_${m.ti}`;
    });
    q = step(['id', ...xCols, ...cCols, ...etaCols, ...aCols, ...Array.from({ length: r - 1 }, (_, k) => rankCols(k + 1)).flat(), ...ranks], q);
    models.forEach((m) => earlier[m.ti]!.push(`i${r}_${m.ti}`));
  }
  // The reasons as stored (see packReasons): per slot ±(feature index + 1) by direction, 0 when
  // empty, and the value in ten-thousandths, rounded half up as round4 does. Integers, not text:
  // nothing is formatted or parsed per row.
  const slots = models.flatMap((m) => Array.from({ length: TOP_REASONS }, (_, k) => ({ m, i: `i${k + 1}_${m.ti}` })));
  const reasonFeatures = `array[${slots
    .map(({ m, i }) => `case ${i} ${m.features.map((f) => `when ${f.j} then case when ${f.c} > 0::float8 then ${FEATURES.indexOf(f.name) + 1} else ${-(FEATURES.indexOf(f.name) + 1)} end`).join(' ')} else 0 end`)
    .join(', ')}]::int2[]`;
  const reasonValues = `array[${slots
    .map(({ m, i }) => `case ${i} ${m.features.map((f) => `when ${f.j} then floor(${f.x} * 10000::float8 + 0.5::float8)::int4`).join(' ')} else 0 end`)
    .join(', ')}]::int4[]`;
  // The logistic function as `sigmoid` computes it; beyond ±700 it is 0 or 1 to far below 1e-9
  // (PostgreSQL's exp() raises an error where the result would underflow to 0).
  const probability = (eta: string) =>
    `(case when ${eta} > 700::float8 then 1::float8 when ${eta} < -700::float8 then 0::float8 when ${eta} >= 0::float8 then 1::float8 / (1::float8 + exp(-${eta})) else exp(${eta}) / (1::float8 + exp(${eta})) end)`;
  q = `select id, ${models.map((m) => `${probability(`eta${m.ti}`)} as p_${m.t}`).join(', ')}, ${reasonFeatures} as reason_features, ${reasonValues} as reason_values from (${q} offset 0) as l`;
  return { text: q, params };
}

/** A probability as stored: rounded to 6 decimals, half up (as `Math.round(p * 1e6) / 1e6`). */
export const storedScoreSql = (p: string) => `floor(${p} * 1000000::float8 + 0.5::float8) / 1000000::float8`;
