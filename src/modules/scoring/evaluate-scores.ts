import { FEATURES, TARGETS, type GuidelineFor, type Target } from './features.js';
import { REASON_MIN, TOP_REASONS, type StoredModel } from './model.js';

/**
 * Nightly scoring's arithmetic in this process: the feature query's compact row (`compact` in
 * featureSql) in, the score row as stored out. It is `scoreSql` operation for operation, in double
 * precision and in the same order, so the stored values are the ones the SQL form gives (a test
 * holds the two to identical rows):
 *  - features as the SQL expressions compute them (`ln(1 + dollars)`, not `log1p`; the FPL
 *    guideline of the household size clamped to 1..20);
 *  - contributions `weight × ((x − mean) / std)`, the log-odds `bias + c₀ + c₁ + …` left to right;
 *  - the logistic function with PostgreSQL's guard (0 or 1 beyond ±700), rounded to 6 decimals half up;
 *  - up to three reasons per score: the largest |contribution| ≥ 0.05 not named yet, ties to the
 *    earlier feature, stored as ±(feature index + 1) and the value in ten-thousandths (half up).
 * The server then only computes the features and writes the rows; this evaluator costs this process
 * well under a microsecond per account, where the same work as SQL expressions cost the server
 * about a third of the scoring statement.
 */

/** One row of the compact feature query (node-postgres and PGlite give int8 as a number here). */
export interface CompactFeatureRow {
  id: string;
  due: number | string;
  other: number | string;
  income: number | string | null;
  hh_size: number | null;
  a: number;
  b: number;
}

/** Scores of a batch as stored: rounded probabilities per target, reasons as two flat arrays (TARGETS × TOP_REASONS slots per row). */
export interface ScoredBatch {
  ids: string[];
  scores: Record<Target, Float64Array>;
  reasonFeatures: Int16Array;
  reasonValues: Int32Array;
  /** Unrounded probabilities summed per target (the run's mean score). */
  sums: Record<Target, number>;
}

const SLOTS = TARGETS.length * TOP_REASONS;
const WIDTH = FEATURES.length;
const col = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);
const X = {
  logBalance: col('log_balance'),
  daysPastDue: col('days_past_due'),
  paymentsLastYear: col('payments_last_year'),
  daysSinceLastPayment: col('days_since_last_payment'),
  promptPaidBills: col('prompt_paid_bills'),
  hadPlan: col('had_plan'),
  planTrouble: col('plan_trouble'),
  inbound: col('inbound_replies_90d'),
  failed: col('failed_messages_90d'),
  sent: col('messages_sent_90d'),
  approved: col('prior_assistance_approved'),
  applied: col('prior_assistance_applied'),
  medicaid: col('payer_medicaid'),
  medicare: col('payer_medicare'),
  selfPay: col('payer_self_pay'),
  logOtherBalance: col('log_other_balance'),
  incomeKnown: col('income_known'),
  share: col('balance_share_of_monthly_income'),
  fpl: col('income_at_or_below_200_fpl'),
  zipLow: col('zip_low_income'),
};

/** Writes the FEATURES values of one compact row into `x` (as the SQL feature expressions compute them). */
export function unpackFeatures(r: CompactFeatureRow, guideline: Float64Array, x: Float64Array): void {
  const due = Number(r.due);
  const other = Number(r.other);
  const income = r.income === null ? null : Number(r.income);
  const size = r.hh_size ?? 0;
  const a = r.a;
  const b = r.b;
  x[X.logBalance] = Math.log(1 + due / 100);
  x[X.daysPastDue] = (a & 511) - 60;
  x[X.daysSinceLastPayment] = (a >> 9) & 511;
  x[X.paymentsLastYear] = (a >> 18) & 15;
  x[X.promptPaidBills] = (a >> 22) & 7;
  x[X.inbound] = b & 15;
  x[X.failed] = (b >> 4) & 15;
  x[X.sent] = (b >> 8) & 31;
  x[X.hadPlan] = (b >> 13) & 1;
  x[X.planTrouble] = (b >> 14) & 1;
  x[X.approved] = (b >> 15) & 1;
  x[X.applied] = (b >> 16) & 1;
  x[X.medicaid] = (b >> 17) & 1;
  x[X.medicare] = (b >> 18) & 1;
  x[X.selfPay] = (b >> 19) & 1;
  x[X.zipLow] = (b >> 20) & 1;
  x[X.logOtherBalance] = Math.log(1 + other / 100);
  x[X.incomeKnown] = income === null ? 0 : 1;
  x[X.share] = income === null ? 0 : income > 0 ? Math.min(due / (income / 12), 3) : income === 0 ? 3 : 0;
  x[X.fpl] = income !== null && size !== 0 && income * 100 <= 200 * guideline[Math.min(Math.max(size, 1), 20) - 1]! ? 1 : 0;
}

/** The FPL guideline per household size 1..20, as scoreSql binds it. */
export function guidelineArray(guidelineFor: GuidelineFor): Float64Array {
  return Float64Array.from({ length: 20 }, (_, i) => guidelineFor(i + 1));
}

interface Compiled {
  /** Position in FEATURES of each model input. */
  idx: Int32Array;
  weight: Float64Array;
  mean: Float64Array;
  std: Float64Array;
  bias: number;
}

const compile = (m: StoredModel): Compiled => ({
  idx: Int32Array.from(m.features.map((f) => FEATURES.indexOf(f.name))),
  weight: Float64Array.from(m.features.map((f) => f.weight)),
  mean: Float64Array.from(m.features.map((f) => f.mean)),
  std: Float64Array.from(m.features.map((f) => f.std || 1)),
  bias: m.bias,
});

/** The logistic function as scoreSql computes it (PostgreSQL's exp() errors where it would underflow: ±700 are 0 and 1). */
const probability = (eta: number) => (eta > 700 ? 1 : eta < -700 ? 0 : eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta)));

/** Scores compact feature rows with the three models. Allocates per batch, nothing per row. */
export class ScoreEvaluator {
  private readonly models: Compiled[];
  private readonly x = new Float64Array(WIDTH);
  private readonly c: Float64Array;
  /** The reasons found so far for one score: model positions and sizes, largest first. */
  private readonly top = new Int32Array(TOP_REASONS);
  private readonly topSize = new Float64Array(TOP_REASONS);

  constructor(
    models: Record<Target, StoredModel>,
    private readonly guideline: Float64Array,
  ) {
    this.models = TARGETS.map((t) => compile(models[t]));
    this.c = new Float64Array(Math.max(...this.models.map((m) => m.idx.length)));
  }

  evaluate(rows: readonly CompactFeatureRow[]): ScoredBatch {
    const n = rows.length;
    const scores = { pay_30: new Float64Array(n), pay_90: new Float64Array(n), hardship: new Float64Array(n) } as Record<Target, Float64Array>;
    const out = TARGETS.map((t) => scores[t]);
    const sums = [0, 0, 0];
    const reasonFeatures = new Int16Array(n * SLOTS);
    const reasonValues = new Int32Array(n * SLOTS);
    const ids: string[] = [];
    const { x, c, top, topSize } = this;
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      ids.push(r.id);
      unpackFeatures(r, this.guideline, x);
      for (let t = 0; t < this.models.length; t++) {
        const m = this.models[t]!;
        const k = m.idx.length;
        let eta = m.bias;
        let found = 0;
        for (let j = 0; j < k; j++) {
          const cj = m.weight[j]! * ((x[m.idx[j]!]! - m.mean[j]!) / m.std[j]!);
          c[j] = cj;
          eta += cj;
          // Kept in order of size, an equal size after the earlier feature: the order the
          // repeated "largest not named yet, ties to the earlier feature" gives.
          const size = Math.abs(cj);
          if (size < REASON_MIN) continue;
          let at = found < TOP_REASONS ? found : TOP_REASONS - 1;
          if (found === TOP_REASONS && size <= topSize[at]!) continue;
          while (at > 0 && size > topSize[at - 1]!) {
            top[at] = top[at - 1]!;
            topSize[at] = topSize[at - 1]!;
            at--;
          }
          top[at] = j;
          topSize[at] = size;
          if (found < TOP_REASONS) found++;
        }
        const p = probability(eta);
        sums[t]! += p;
        out[t]![i] = Math.floor(p * 1_000_000 + 0.5) / 1_000_000;
        const slot = i * SLOTS + t * TOP_REASONS;
        for (let s = 0; s < found; s++) {
          const j = top[s]!;
          const f = m.idx[j]!;
          reasonFeatures[slot + s] = c[j]! > 0 ? f + 1 : -(f + 1);
          reasonValues[slot + s] = Math.floor(x[f]! * 10_000 + 0.5);
        }
      }
    }
    return { ids, scores, reasonFeatures, reasonValues, sums: { pay_30: sums[0]!, pay_90: sums[1]!, hardship: sums[2]! } };
  }
}

/**
 * Array parameters in PostgreSQL's binary form (node-postgres sends a Buffer parameter as binary):
 * the server reads each element without parsing text, and this process writes each number
 * without formatting it (formatting the nine reason values per score as text cost this process
 * more than scoring them). Layout: dimensions (1), no nulls, element type, length, lower bound 1,
 * then each element as its byte length and its bytes (big-endian).
 */
function binaryArray(elementOid: number, count: number, elementBytes: (i: number) => number, write: (b: Buffer, at: number, i: number) => void): Buffer {
  let size = 20;
  for (let i = 0; i < count; i++) size += 4 + elementBytes(i);
  const b = Buffer.allocUnsafe(size);
  b.writeInt32BE(1, 0);
  b.writeInt32BE(0, 4);
  b.writeUInt32BE(elementOid, 8);
  b.writeInt32BE(count, 12);
  b.writeInt32BE(1, 16);
  let at = 20;
  for (let i = 0; i < count; i++) {
    const n = elementBytes(i);
    b.writeInt32BE(n, at);
    write(b, at + 4, i);
    at += 4 + n;
  }
  return b;
}

const OID = { int2: 21, int4: 23, text: 25, float8: 701 };
const float8Array = (v: Float64Array) => binaryArray(OID.float8, v.length, () => 8, (b, at, i) => b.writeDoubleBE(v[i]!, at));
const int2Array = (v: Int16Array) => binaryArray(OID.int2, v.length, () => 2, (b, at, i) => b.writeInt16BE(v[i]!, at));
const int4Array = (v: Int32Array) => binaryArray(OID.int4, v.length, () => 4, (b, at, i) => b.writeInt32BE(v[i]!, at));
const textArray = (v: readonly string[]) =>
  binaryArray(
    OID.text,
    v.length,
    (i) => Buffer.byteLength(v[i]!),
    (b, at, i) => b.write(v[i]!, at),
  );

/** Array literals (`{1,2}`, `{"a","b"}`), for PGlite, whose parameters are text. */
const numberLiteral = (v: ArrayLike<number>) => `{${Array.from(v).join(',')}}`;
const textLiteral = (v: readonly string[]) => `{${v.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/**
 * The statement writing a scored batch (`$1` tenant, then ids, the three rounded scores, the
 * reasons as flat arrays of TARGETS × TOP_REASONS slots per row, sliced per row, model version,
 * scored at): the rows already there are rewritten in place (HOT updates: the table keeps free
 * space on each page), the others inserted. Returns how many were inserted. Run with hash and
 * merge joins off: each row is then found by its key (a nested loop over the primary key), where
 * the planner otherwise read the tenant's whole score table into a hash for every batch. The rows
 * to insert are those the update did not find, by a hashed subplan (not a join).
 */
export const WRITE_SCORES_SQL = `
  with u as (
    select u.id, u.p30, u.p90, u.ph,
      ($6::int2[])[(u.k * ${SLOTS} - ${SLOTS - 1})::int4:(u.k * ${SLOTS})::int4] as rf,
      ($7::int4[])[(u.k * ${SLOTS} - ${SLOTS - 1})::int4:(u.k * ${SLOTS})::int4] as rv
    from unnest($2::text[], $3::float8[], $4::float8[], $5::float8[]) with ordinality as u(id, p30, p90, ph, k)
  ),
  upd as (
    update account_scores t set pay_30 = u.p30, pay_90 = u.p90, hardship = u.ph, reason_features = u.rf, reason_values = u.rv,
      model_version = $8, scored_at = $9
    from u where t.tenant_id = $1 and t.account_id = u.id
    returning t.account_id
  ),
  ins as (
    insert into account_scores (tenant_id, account_id, pay_30, pay_90, hardship, reason_features, reason_values, model_version, scored_at)
    select $1, u.id, u.p30, u.p90, u.ph, u.rf, u.rv, $8, $9 from u where u.id not in (select upd.account_id from upd)
    on conflict (tenant_id, account_id) do update set pay_30 = excluded.pay_30, pay_90 = excluded.pay_90, hardship = excluded.hardship,
      reason_features = excluded.reason_features, reason_values = excluded.reason_values, model_version = excluded.model_version, scored_at = excluded.scored_at
    returning 1
  )
  select (select count(*) from ins)::int as inserted`;

export function writeScoresParams(tenantId: string, batch: ScoredBatch, version: string, at: Date, binary: boolean): unknown[] {
  const { ids, scores, reasonFeatures, reasonValues } = batch;
  const arrays = binary
    ? [textArray(ids), float8Array(scores.pay_30), float8Array(scores.pay_90), float8Array(scores.hardship), int2Array(reasonFeatures), int4Array(reasonValues)]
    : [textLiteral(ids), numberLiteral(scores.pay_30), numberLiteral(scores.pay_90), numberLiteral(scores.hardship), numberLiteral(reasonFeatures), numberLiteral(reasonValues)];
  return [tenantId, ...arrays, version, at];
}
