import { sql } from 'drizzle-orm';
import { likelyHardshipAccountsSql } from '../scoring/index.js';

/**
 * The worklist priority, in points (higher = sooner):
 *   balance points  = 1 per $10 the patient owes, capped at 500 ($5,000)
 *   age points      = 2 per day past the due date (negative before it is due)
 *   signal points   = callback requested 300, promise to pay due 250, plan missed or in grace 250,
 *                     any other open task for the account (a reply waiting, a review) 150 each;
 *                     routine tasks (ROUTINE_TASK_KINDS, e.g. a journey's call step) add nothing;
 *                     likely financial hardship (scoring, HARDSHIP_SIGNAL_THRESHOLD) 120, so a
 *                     counselor offers help sooner (a score only ever lifts an account);
 *                     a pending promise to pay due within PROMISE_DUE_SOON_DAYS (or already due and
 *                     not yet settled) 200, so the agent reminds the patient before it breaks
 * Accounts with a signal (an open, unsnoozed task, a missed plan, a promise due soon, a hardship
 * flag) come before all others.
 *
 * The index `accounts_worklist_rank` stores RANK_KEY = 2 * (due date in days since 2000-01-01) -
 * balance points. Because the age term is linear, "today" adds the same amount to every row, so
 * ordering by RANK_KEY ascending is ordering by (balance + age) points descending, on any day.
 */
export const RANK_KEY_SQL = `(2 * (coalesce(a.due_on, a.service_date, date '2100-01-01') - date '2000-01-01') - least(a.patient_due_cents, 500000) / 1000)`;
export const rankKey = sql.raw(RANK_KEY_SQL);

/**
 * Tasks that do not lift an account: the journeys' routine call tasks (every account in a call
 * step has one, so they would lift everyone) and the billing office's and security's own work.
 */
export const ROUTINE_TASK_KINDS = ['call', 'work_denial', 'claim_followup', 'security_review', 'review_hold_release'];

export const SIGNAL_POINTS: Record<string, number> = { callback: 300, promise_followup: 250, plan: 250, plan_missed: 250 };
export const OTHER_TASK_POINTS = 150;

/**
 * The signal points of one open task `k`, as SQL. This and the two row sources below are the
 * signals read straight from their sources; the read model `worklist_signals` (migrations/0040)
 * holds the same sums, and worklist-signals.db.test.ts checks the page against these.
 */
export const signalPointsSql = sql.raw(
  `(case k.kind ${Object.entries(SIGNAL_POINTS)
    .filter(([kind]) => kind !== 'plan_missed')
    .map(([kind, pts]) => `when '${kind}' then ${pts}`)
    .join(' ')} else ${OTHER_TASK_POINTS} end)`,
);

const EPOCH = Date.UTC(2000, 0, 1);

/** Points from a stored rank key, as of `today` (YYYY-MM-DD): balance points plus age points. */
export function basePoints(rankKeyValue: number, today: string): number {
  const todayDays = Math.round((Date.parse(`${today}T00:00:00Z`) - EPOCH) / 86_400_000);
  return 2 * todayDays - rankKeyValue;
}

/** Hardship likelihood from which an account is lifted so someone offers help early. */
export const HARDSHIP_SIGNAL_THRESHOLD = 0.7;
export const HARDSHIP_SIGNAL_POINTS = 120;

/** Rows (account_id, pts, kind): accounts the hardship model flags. */
export function hardshipSignalSql(tenantId: string) {
  return sql`select h.account_id, ${HARDSHIP_SIGNAL_POINTS}, 'hardship_likely' from (${likelyHardshipAccountsSql(tenantId, HARDSHIP_SIGNAL_THRESHOLD)}) h`;
}

/** A pending promise to pay due within this many days (today included) lifts its account. */
export const PROMISE_DUE_SOON_DAYS = 2;
export const PROMISE_DUE_SOON_POINTS = 200;

/**
 * Rows (account_id, pts, kind): accounts with a promise to pay still pending
 * (not kept, not broken: settlePromises marks it kept as soon as the payments reach the amount)
 * whose date is at most PROMISE_DUE_SOON_DAYS after `today` (YYYY-MM-DD). One probe of the partial
 * index account_outcomes_promises (tenant_id, promise_due_on) where pending.
 */
export function promiseDueSoonSignalSql(tenantId: string, today: string) {
  return sql`select o.account_id, ${PROMISE_DUE_SOON_POINTS}, 'promise_due' from account_outcomes o
    where o.tenant_id = ${tenantId} and o.promise_status = 'pending' and o.promise_due_on <= ${today}::date + ${PROMISE_DUE_SOON_DAYS}::int`;
}

/**
 * The signal points of a row of the read model `worklist_signals` (migrations/0040) as of `now`:
 * the points stored for signals that hold at any time, plus each snoozed task whose time has come
 * and each pending promise due within PROMISE_DUE_SOON_DAYS of `today` (YYYY-MM-DD). Zero: the
 * account carries no signal now. `w` is the row's alias.
 */
export function signalPointsNowSql(w: string, now: Date, today: string) {
  const r = sql.raw(w);
  return sql`(${r}.fixed_pts
    + case when cardinality(${r}.snoozed_until) = 0 then 0
           else coalesce((select sum(u.p) from unnest(${r}.snoozed_until, ${r}.snoozed_pts) u(t, p) where u.t <= ${now}), 0) end
    + case when cardinality(${r}.promise_due_on) = 0 then 0
           else ${PROMISE_DUE_SOON_POINTS} * (select count(*) from unnest(${r}.promise_due_on) d(d) where d.d <= ${today}::date + ${PROMISE_DUE_SOON_DAYS}::int) end)::int`;
}

/** The signals in effect (distinct kinds, as the page shows them) of the read-model row `w`. */
export function signalKindsNowSql(w: string, now: Date, today: string) {
  const r = sql.raw(w);
  return sql`(select array_agg(distinct x.kind) from (
      select unnest(${r}.fixed_kinds) as kind
      union all select u.k from unnest(${r}.snoozed_until, ${r}.snoozed_kinds) u(t, k) where u.t <= ${now}
      union all select 'promise_due' where exists (select 1 from unnest(${r}.promise_due_on) d(d) where d.d <= ${today}::date + ${PROMISE_DUE_SOON_DAYS}::int)
    ) x)`;
}
