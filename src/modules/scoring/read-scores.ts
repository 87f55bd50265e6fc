import { sql } from 'drizzle-orm';
import { rows, textArray, type Queryable } from '../../platform/db/index.js';
import { TARGETS, type Target } from './features.js';
import { explainReasons, TARGET_LABELS, unpackReasons, type ScoreReason } from './reasons.js';
import type { ScreeningBasis, ScreeningReason, ScreeningStatus } from './screen-account.js';

export interface AccountScoreView {
  target: Target;
  label: string;
  score: number;
  reasons: ScoreReason[];
}

export interface AccountScreeningView {
  status: ScreeningStatus;
  basis: ScreeningBasis;
  reasons: ScreeningReason[];
  discountPct: number;
  estimatedFplPercent: number | null;
  screenedAt: string;
  policyName: string;
  taskCreated: boolean;
}

export interface AccountScoresView {
  accountId: string;
  scores: AccountScoreView[];
  modelVersion: string | null;
  scoredAt: string | null;
  screening: AccountScreeningView | null;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());

/** An account's scores with their reasons in plain words, and its assistance screening. */
export async function getAccountScores(q: Queryable, tenantId: string, accountId: string): Promise<AccountScoresView> {
  const [s] = await rows<{ pay_30: number; pay_90: number; hardship: number; reason_features: number[] | string; reason_values: number[] | string; model_version: string; scored_at: Date }>(
    q,
    sql`select pay_30, pay_90, hardship, reason_features, reason_values, model_version, scored_at from account_scores where tenant_id = ${tenantId} and account_id = ${accountId}`,
  );
  const reasons = s ? unpackReasons(s.reason_features, s.reason_values) : null;
  const [sc] = await rows<{ status: ScreeningStatus; basis: ScreeningBasis; reasons: ScreeningReason[]; discount_pct: number; estimated_fpl_percent: number | null; screened_at: Date; policy_name: string; task_id: string | null }>(
    q,
    sql`select status, basis, reasons, discount_pct, estimated_fpl_percent, screened_at, policy_name, task_id from account_screenings where tenant_id = ${tenantId} and account_id = ${accountId}`,
  );
  return {
    accountId,
    scores: s ? TARGETS.map((target) => ({ target, label: TARGET_LABELS[target], score: Number(s[target]), reasons: explainReasons(reasons![target]) })) : [],
    modelVersion: s?.model_version ?? null,
    scoredAt: s ? iso(s.scored_at) : null,
    screening: sc
      ? {
          status: sc.status,
          basis: sc.basis,
          reasons: sc.reasons,
          discountPct: Number(sc.discount_pct),
          estimatedFplPercent: sc.estimated_fpl_percent === null ? null : Number(sc.estimated_fpl_percent),
          screenedAt: iso(sc.screened_at),
          policyName: sc.policy_name,
          taskCreated: sc.task_id !== null,
        }
      : null,
  };
}

/** What outreach needs per account: whether assistance should be offered first and escalations held, and the scores for channel and tone. */
export interface OutreachScoring {
  likelyEligible: boolean;
  pay30: number | null;
  hardship: number | null;
}

/** Screening and scores for a batch of accounts (one query), for outreach's snapshots. */
export async function scoringForOutreach(q: Queryable, accountIds: string[]): Promise<Map<string, OutreachScoring>> {
  if (!accountIds.length) return new Map();
  const found = await rows<{ account_id: string; status: string | null; pay_30: number | null; hardship: number | null }>(
    q,
    sql`select a.id as account_id, s.status, sc.pay_30, sc.hardship
        from accounts a
        left join account_screenings s on s.tenant_id = a.tenant_id and s.account_id = a.id
        left join account_scores sc on sc.tenant_id = a.tenant_id and sc.account_id = a.id
        where a.id = any(${textArray(accountIds)}) and (s.account_id is not null or sc.account_id is not null)`,
  );
  return new Map(found.map((r) => [r.account_id, { likelyEligible: r.status === 'likely_eligible', pay30: r.pay_30 === null ? null : Number(r.pay_30), hardship: r.hardship === null ? null : Number(r.hardship) }]));
}

/**
 * The same screening and scores as a join for a read that already ranges over accounts `a` (outreach's
 * snapshot read, one statement): adds the columns `scoring_status`, `scoring_pay_30` and
 * `scoring_hardship`; read them back with `outreachScoringOf`.
 */
export const outreachScoringJoinSql = sql`left join account_screenings scoring_s on scoring_s.tenant_id = a.tenant_id and scoring_s.account_id = a.id
  left join account_scores scoring_sc on scoring_sc.tenant_id = a.tenant_id and scoring_sc.account_id = a.id`;
export const outreachScoringColumnsSql = sql`scoring_s.status as scoring_status, scoring_sc.pay_30 as scoring_pay_30, scoring_sc.hardship as scoring_hardship,
  (scoring_s.account_id is not null or scoring_sc.account_id is not null) as scoring_found`;

/** An account's scoring from the columns of `outreachScoringColumnsSql` (null when never screened nor scored). */
export function outreachScoringOf(r: { scoring_status: string | null; scoring_pay_30: number | string | null; scoring_hardship: number | string | null; scoring_found: boolean }): OutreachScoring | null {
  if (!r.scoring_found) return null;
  return { likelyEligible: r.scoring_status === 'likely_eligible', pay30: r.scoring_pay_30 === null ? null : Number(r.scoring_pay_30), hardship: r.scoring_hardship === null ? null : Number(r.scoring_hardship) };
}

/**
 * For analytics (the fairness report and outcome slices): a SELECT yielding one row per scored
 * account of the tenant: account_id, person_id, pay_30, pay_90, hardship, model_version,
 * screening_status. Join it to persons by (tenant_id, person_id) to group by language, age or area.
 */
export function accountScoresSql(tenantId: string) {
  return sql`select sc.account_id, a.person_id, sc.pay_30, sc.pay_90, sc.hardship, sc.model_version, s.status as screening_status
    from account_scores sc
    join accounts a on a.tenant_id = sc.tenant_id and a.id = sc.account_id
    left join account_screenings s on s.tenant_id = sc.tenant_id and s.account_id = sc.account_id
    where sc.tenant_id = ${tenantId}`;
}

export interface ScreeningCounts {
  screened: number;
  likelyEligible: number;
  possiblyEligible: number;
  /** Likely or possibly eligible accounts whose patient was sent the assistance offer after screening. */
  offered: number;
  /** ... who applied for assistance after screening. */
  applied: number;
  /** ... whose application was approved. */
  approved: number;
  /** Cents moved off patient balances by assistance decisions on screened accounts since screening. */
  dollarsMovedCents: number;
}

/** The presumptive screening funnel of a tenant (screened -> offered -> applied -> approved -> dollars). */
export async function readScreeningCounts(q: Queryable, tenantId: string): Promise<ScreeningCounts> {
  const [r] = await rows<Record<string, string | number | null>>(
    q,
    sql`with s as (select * from account_screenings where tenant_id = ${tenantId}),
        flagged as (select * from s where status in ('likely_eligible', 'possibly_eligible'))
        select (select count(*) from s) as screened,
          (select count(*) from s where status = 'likely_eligible') as likely,
          (select count(*) from s where status = 'possibly_eligible') as possibly,
          (select count(*) from flagged f where exists (select 1 from communications c where c.tenant_id = f.tenant_id and c.account_id = f.account_id
              and c.direction = 'outbound' and c.step = 'assistance-offer' and c.status in ('sent', 'delivered') and c.at >= f.first_screened_at)) as offered,
          (select count(*) from flagged f where exists (select 1 from assistance_applications ap where ap.tenant_id = f.tenant_id and ap.person_id = f.person_id
              and ap.created_at >= f.first_screened_at)) as applied,
          (select count(*) from flagged f where exists (select 1 from assistance_applications ap join assistance_decisions d on d.application_id = ap.id
              where ap.tenant_id = f.tenant_id and ap.person_id = f.person_id and ap.created_at >= f.first_screened_at and d.decision = 'approved')) as approved,
          (select coalesce(-sum(e.amount_cents), 0) from ledger_entries e join flagged f on f.tenant_id = e.tenant_id and f.account_id = e.account_id
              where e.tenant_id = ${tenantId} and e.source = 'assistance' and e.bucket = 'patient' and e.posted_at >= f.first_screened_at) as moved`,
  );
  const n = (k: string) => Number(r?.[k] ?? 0);
  return { screened: n('screened'), likelyEligible: n('likely'), possiblyEligible: n('possibly'), offered: n('offered'), applied: n('applied'), approved: n('approved'), dollarsMovedCents: n('moved') };
}

/** A SELECT of the tenant's account ids whose hardship likelihood is at least `threshold` (for the worklist). */
export function likelyHardshipAccountsSql(tenantId: string, threshold: number) {
  return sql`select account_id from account_scores where tenant_id = ${tenantId} and hardship >= ${threshold}`;
}
