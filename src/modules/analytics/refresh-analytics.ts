import type { Database, Queryable } from '../../platform/db/index.js';
import { loadOutreachConfig } from '../outreach/index.js';
import { enforceGuardrails } from './experiment-results.js';
import { EXPAND_DIMENSIONS, query } from './sql.js';

/**
 * Event days the daily settle recomputes behind the watermark: a message's status settles after
 * it is sent (a bounce turns "sent" into "failed"), and "paid within 7 days after a message" can
 * change for a week.
 */
export const REFRESH_LAG_DAYS = 10;
/**
 * Event days a refresh after an orchestration pass recomputes behind the watermark. Messages are
 * stamped with their send time, so a message sent since the last refresh always falls at or after
 * it; one day covers receipts that arrive within a day. The rest settles once a day.
 */
export const PASS_LAG_DAYS = 1;

export type RefreshMode = 'rebuild' | 'settle' | 'pass';

export interface RefreshOptions {
  database: Database;
  /** The injected clock's now: the watermark the refresh moves to. */
  now: Date;
  tenantId?: string;
  /** Recompute everything (ignores the watermark). */
  rebuild?: boolean;
  /**
   * Force the daily settle (REFRESH_LAG_DAYS behind the watermark). Without it the first refresh
   * of each UTC day settles and the others recompute PASS_LAG_DAYS only.
   */
  settle?: boolean;
}

export interface RefreshResult {
  tenants: number;
  newAccounts: number;
  /** The earliest event day recomputed per tenant (null: nothing to do). */
  fromDay: Record<string, string | null>;
  rows: number;
  /** What each tenant's refresh did: a full rebuild, the daily settle, or the short pass refresh. */
  mode: Record<string, RefreshMode>;
  /** Experiment arms a guardrail stopped in this refresh. */
  stoppedArms: Array<{ experimentId: string; arm: string; reason: string }>;
}

/** Which journey steps escalate, offer a plan, or offer assistance (from the shipped journeys). */
function stepKinds(): { escalation: string[]; planOffer: string[]; assistanceOffer: string[] } {
  const escalation = new Set<string>();
  const planOffer = new Set<string>();
  const assistanceOffer = new Set<string>();
  for (const j of loadOutreachConfig().journeys) {
    for (const s of j.steps) {
      if (s.escalation || /final/.test(s.id)) escalation.add(s.id);
      if (/plan-offer/.test(s.template)) planOffer.add(s.template);
      if (/assistance-offer/.test(s.template)) assistanceOffer.add(s.template);
    }
  }
  return { escalation: [...escalation], planOffer: [...planOffer], assistanceOffer: [...assistanceOffer] };
}

const minDay = (...days: Array<string | null | undefined>): string | null => {
  const real = days.filter((d): d is string => !!d);
  return real.length ? real.sort()[0]! : null;
};

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Brings one tenant's cohort facts and daily rollups up to `now`, set-based. New cohort accounts
 * (first statement issued) get a fact row with the balance placed; facts of accounts contacted,
 * spoken with or paid since the watermark are updated; then every rollup row whose event day is
 * at or after the earliest day touched is deleted and recomputed from the source tables. A
 * refresh therefore costs the events of the last days, not the tenant's whole history: one day
 * behind the watermark after a pass, ten days in the first refresh of each UTC day (the settle).
 */
export async function refreshTenantAnalytics(
  q: Queryable,
  tenantId: string,
  now: Date,
  opts: { rebuild?: boolean; settle?: boolean } = {},
): Promise<{ newAccounts: number; fromDay: string | null; rows: number; mode: RefreshMode }> {
  const today = now.toISOString().slice(0, 10);
  // Two workers refreshing one tenant at once would delete and insert the same rollup rows.
  await query(q, `select pg_advisory_xact_lock(hashtext('kindly.analytics:' || $1::text))`, [tenantId]);
  // The rollup's GROUP BY aggregates a few million expanded rows at 1M accounts: in memory, not
  // spilled to disk in 4 MB pieces (the default).
  await query(q, `select set_config('work_mem', '256MB', true)`);
  const [wm] = await query<{ watermark: Date | string; settled_on: string | null }>(
    q,
    'select watermark, settled_on::text as settled_on from analytics_refresh where tenant_id = $1',
    [tenantId],
  );
  const mode: RefreshMode = opts.rebuild || !wm ? 'rebuild' : opts.settle || !wm.settled_on || wm.settled_on < today ? 'settle' : 'pass';
  const full = mode === 'rebuild';
  // From the earlier of the watermark and the clock: a simulated cycle replays days before an
  // earlier refresh's watermark, and its events must still be picked up.
  const mark = wm ? Math.min(new Date(wm.watermark).getTime(), now.getTime()) : 0;
  const lagDays = mode === 'settle' ? REFRESH_LAG_DAYS : PASS_LAG_DAYS;
  const since = full ? '-infinity' : new Date(mark - lagDays * 86_400_000).toISOString();
  if (full) {
    await query(q, 'delete from analytics_daily where tenant_id = $1', [tenantId]);
    await query(q, 'delete from analytics_accounts where tenant_id = $1', [tenantId]);
  }
  const kinds = stepKinds();

  // 1. Accounts that entered the cohort: the balance when first due is the patient-bucket entries
  // effective up to the first statement's day; the payer type is whether an insurer adjudicated it.
  const [ins] = await query<{ d: string | null; n: number }>(
    q,
    `with q as (select zip3, 'q' || ntile(5) over (order by median_household_income_cents, zip3) as quintile from zip_income where tenant_id = $1),
     ins as (
      insert into analytics_accounts (account_id, tenant_id, person_id, first_due_on, placed_cents, language, payer_type, age_band, zip_quintile, resolved_on, refreshed_at)
      select a.id, a.tenant_id, a.person_id, a.first_statement_on, coalesce(l.placed, 0), coalesce(p.language, 'none'),
        case when t.kind = 'payer' then 'member' when l.insured then 'insured' else 'self_pay' end,
        case when p.birth_year is null then 'unknown'
             when extract(year from a.first_statement_on) - p.birth_year::int < 18 then 'under_18'
             when extract(year from a.first_statement_on) - p.birth_year::int < 35 then '18_34'
             when extract(year from a.first_statement_on) - p.birth_year::int < 50 then '35_49'
             when extract(year from a.first_statement_on) - p.birth_year::int < 65 then '50_64'
             else '65_plus' end,
        coalesce(q.quintile, 'unknown'),
        case when coalesce(l.patient_now, 0) <= 0 then greatest(coalesce(l.last_patient_on, a.first_statement_on), a.first_statement_on) end,
        $3
      from accounts a
      join persons p on p.id = a.person_id
      join tenants t on t.id = a.tenant_id
      left join q on q.zip3 = p.zip3
      cross join lateral (
        select sum(le.amount_cents) filter (where le.bucket = 'patient' and le.effective_on <= a.first_statement_on) as placed,
               coalesce(bool_or(le.kind in ('insurer_payment', 'contractual_adjustment')), false) as insured,
               sum(le.amount_cents) filter (where le.bucket = 'patient') as patient_now,
               max(le.effective_on) filter (where le.bucket = 'patient') as last_patient_on
        from ledger_entries le where le.tenant_id = a.tenant_id and le.account_id = a.id) l
      where a.tenant_id = $1 and a.first_statement_on is not null
        and ($2::timestamptz = '-infinity' or a.first_statement_on >= ($2::timestamptz at time zone 'UTC')::date)
        and not exists (select 1 from analytics_accounts f where f.account_id = a.id)
      returning first_due_on)
     select min(first_due_on)::text as d, count(*)::int as n from ins`,
    [tenantId, since, now],
  );

  // A large first load leaves the planner believing the fact table is empty, and the joins below
  // would probe it row by row; fresh statistics keep them set-based.
  if ((ins?.n ?? 0) > 1000) await query(q, 'analyze analytics_accounts');

  // 2. First contact (journey, channel, arm), first escalation and offers, first agent conversation.
  const [dims] = await query<{ d: string | null }>(
    q,
    `with c as (
       select c.account_id, c.at, c.id, split_part(coalesce(c.journey, 'none'), '@', 1) as journey,
              case when c.channel = 'voicemail' then 'call' else c.channel end as channel, coalesce(c.variant, 'none') as variant,
              c.step, c.template
       from communications c
       where c.tenant_id = $1 and c.direction = 'outbound' and c.status in ('sent', 'delivered') and c.at >= $2 and c.account_id is not null),
     firsts as (select distinct on (account_id) account_id, journey, channel, variant from c order by account_id, at, id),
     marks as (
       select account_id,
         min((at at time zone 'UTC')::date) filter (where step = any($4::text[])) as esc,
         min((at at time zone 'UTC')::date) filter (where template = any($5::text[])) as plan,
         min((at at time zone 'UTC')::date) filter (where template = any($6::text[])) as assist
       from c group by account_id),
     agents as (
       select distinct on (account_id) account_id, agent_id from conversations
       where tenant_id = $1 and started_at >= $2 and account_id is not null and agent_id is not null order by account_id, started_at, id),
     y as (
       select coalesce(f.account_id, m.account_id, g.account_id) as account_id, f.journey, f.channel, f.variant, m.esc, m.plan, m.assist, g.agent_id
       from firsts f full join marks m on m.account_id = f.account_id full join agents g on g.account_id = coalesce(f.account_id, m.account_id)),
     -- What each account's fact looked like before this update (CTEs all see the same snapshot).
     x as (
       select y.*, (a0.channel = 'none' and y.channel is not null) or (a0.agent = 'none' and y.agent_id is not null) as dims_changed,
         case when a0.escalated_on is null then y.esc end as new_esc, case when a0.plan_offered_on is null then y.plan end as new_plan,
         case when a0.assistance_offered_on is null then y.assist end as new_assist
       from y join analytics_accounts a0 on a0.account_id = y.account_id),
     upd as (
       update analytics_accounts a set
         journey = case when a.channel = 'none' and x.channel is not null then x.journey else a.journey end,
         variant = case when a.channel = 'none' and x.channel is not null then x.variant else a.variant end,
         channel = case when a.channel = 'none' and x.channel is not null then x.channel else a.channel end,
         agent = case when a.agent = 'none' and x.agent_id is not null then x.agent_id else a.agent end,
         escalated_on = coalesce(a.escalated_on, x.esc),
         plan_offered_on = coalesce(a.plan_offered_on, x.plan),
         assistance_offered_on = coalesce(a.assistance_offered_on, x.assist),
         refreshed_at = $3
       from x
       where a.account_id = x.account_id and a.tenant_id = $1
         and ((a.channel = 'none' and x.channel is not null) or (a.agent = 'none' and x.agent_id is not null)
           or (a.escalated_on is null and x.esc is not null) or (a.plan_offered_on is null and x.plan is not null)
           or (a.assistance_offered_on is null and x.assist is not null))
       returning a.first_due_on, x.dims_changed, x.new_esc, x.new_plan, x.new_assist)
     -- A changed dimension moves all of the account's rows (from its cohort day); a first offer or
     -- escalation adds one row on its own day.
     select least(min(first_due_on) filter (where dims_changed), min(new_esc), min(new_plan), min(new_assist))::text as d from upd`,
    [tenantId, since, now, kinds.escalation, kinds.planOffer, kinds.assistanceOffer],
  );

  // 3. Accounts whose ledger moved: resolved when the patient balance is back to 0.
  let ledgerDay: string | null = null;
  if (!full) {
    const [res] = await query<{ d: string | null; e: string | null }>(
      q,
      `with changed as (select distinct account_id from ledger_entries where tenant_id = $1 and posted_at >= $2),
       l as (
         select le.account_id, sum(le.amount_cents) filter (where le.bucket = 'patient') as patient_now,
                max(le.effective_on) filter (where le.bucket = 'patient') as last_patient_on
         from ledger_entries le join changed using (account_id) where le.tenant_id = $1 group by le.account_id),
       old as (select f.account_id, f.resolved_on from analytics_accounts f join changed using (account_id)),
       upd as (
         update analytics_accounts f set
           resolved_on = case when coalesce(l.patient_now, 0) <= 0 then greatest(coalesce(l.last_patient_on, f.first_due_on), f.first_due_on) end,
           refreshed_at = $3
         from l where f.account_id = l.account_id and f.tenant_id = $1
           and f.resolved_on is distinct from (case when coalesce(l.patient_now, 0) <= 0 then greatest(coalesce(l.last_patient_on, f.first_due_on), f.first_due_on) end)
         returning f.resolved_on)
       select least((select min(resolved_on) from old), (select min(resolved_on) from upd))::text as d,
              (select min(effective_on) from ledger_entries where tenant_id = $1 and posted_at >= $2)::text as e`,
      [tenantId, since, now],
    );
    ledgerDay = minDay(res?.d, res?.e);
  }

  const fromDay = full ? '0001-01-01' : minDay(addDays(since.slice(0, 10), 0), ins?.d, dims?.d, ledgerDay);
  let written = 0;
  if (fromDay) {
    if (!full) await query(q, 'delete from analytics_daily where tenant_id = $1 and day >= $2::date', [tenantId, fromDay]);
    const [r] = await query<{ n: number }>(q, EVENTS_SQL, [tenantId, fromDay, today]);
    const [h] = await query<{ n: number }>(q, CHANNEL_HOUR_SQL, [tenantId, fromDay]);
    written = (r?.n ?? 0) + (h?.n ?? 0);
  }
  await query(
    q,
    `insert into analytics_refresh (tenant_id, refreshed_at, watermark, settled_on) values ($1, $2, $2, $3::date)
     on conflict (tenant_id) do update set refreshed_at = excluded.refreshed_at, watermark = excluded.watermark,
       settled_on = coalesce(excluded.settled_on, analytics_refresh.settled_on)`,
    [tenantId, now, mode === 'pass' ? null : today],
  );
  return { newAccounts: ins?.n ?? 0, fromDay: full ? null : fromDay, rows: written, mode };
}

/** Dimension columns of an event from its account's cohort fact `f` ('none' without one). */
const FACT_DIMS = `coalesce(f.journey, 'none') as journey, coalesce(f.channel, 'none') as channel, coalesce(f.language, 'none') as language,
  coalesce(f.payer_type, 'none') as payer_type, coalesce(f.age_band, 'none') as age_band, coalesce(f.variant, 'none') as variant,
  coalesce(f.agent, 'none') as agent, coalesce(f.zip_quintile, 'none') as zip_quintile`;

/**
 * Every rollup metric with an event day at or after $2, for tenant $1 ($3 = today, for churn).
 * Cohort metrics carry the cohort day as start_day; event metrics carry their own day twice.
 */
export const EVENTS_SQL = `
with e as (
  select f.first_due_on as start_day, f.first_due_on as day, m.metric, m.value, ${FACT_DIMS}
  from analytics_accounts f cross join lateral (values ('cohort_accounts', 1::bigint), ('placed', f.placed_cents)) m(metric, value)
  where f.tenant_id = $1 and f.first_due_on >= $2::date
  union all
  select f.first_due_on, le.effective_on, case when le.kind = 'assistance_adjustment' then 'assistance_adjusted' else 'collected' end, -le.amount_cents, ${FACT_DIMS}
  from ledger_entries le join analytics_accounts f on f.account_id = le.account_id
  where le.tenant_id = $1 and le.kind in ('patient_payment', 'refund', 'assistance_adjustment') and le.effective_on >= $2::date and le.effective_on >= f.first_due_on
  union all
  select f.first_due_on, f.resolved_on, m.metric, 1, ${FACT_DIMS}
  from analytics_accounts f cross join lateral (values ('resolved'), ('resolution_days:' || (f.resolved_on - f.first_due_on))) m(metric)
  where f.tenant_id = $1 and f.resolved_on >= $2::date
  union all
  select f.first_due_on, f.escalated_on, 'escalated', 1, ${FACT_DIMS}
  from analytics_accounts f where f.tenant_id = $1 and f.escalated_on >= $2::date
  union all
  select f.first_due_on, f.plan_offered_on, 'plan_offered', 1, ${FACT_DIMS}
  from analytics_accounts f where f.tenant_id = $1 and f.plan_offered_on >= $2::date
  union all
  select f.first_due_on, f.assistance_offered_on, 'assistance_offered', 1, ${FACT_DIMS}
  from analytics_accounts f where f.tenant_id = $1 and f.assistance_offered_on >= $2::date
  union all
  select (c.at at time zone 'UTC')::date, (c.at at time zone 'UTC')::date,
    case when c.status = 'blocked' then 'blocked' else 'contacts_' || case when c.channel = 'voicemail' then 'call' else c.channel end end, 1,
    split_part(coalesce(c.journey, 'none'), '@', 1), case when c.channel = 'voicemail' then 'call' else c.channel end, coalesce(c.language, f.language, 'none'),
    coalesce(f.payer_type, 'none'), coalesce(f.age_band, 'none'), coalesce(c.variant, 'none'), 'none', coalesce(f.zip_quintile, 'none')
  from communications c left join analytics_accounts f on f.account_id = c.account_id
  where c.tenant_id = $1 and c.direction = 'outbound' and c.status in ('sent', 'delivered', 'blocked') and c.at >= $2::date
  union all
  select (r.received_at at time zone 'UTC')::date, (r.received_at at time zone 'UTC')::date, 'opt_outs', 1,
    coalesce(split_part(lc.journey, '@', 1), 'none'), coalesce(case when lc.channel = 'voicemail' then 'call' else lc.channel end, 'none'), coalesce(p.language, 'none'),
    'none', 'none', coalesce(lc.variant, 'none'), 'none', 'none'
  from revocations r join persons p on p.id = r.person_id
  left join lateral (select c.journey, c.channel, c.variant from communications c
    where c.tenant_id = r.tenant_id and c.person_id = r.person_id and c.direction = 'outbound' and c.status in ('sent', 'delivered') and c.at <= r.received_at
    order by c.at desc limit 1) lc on true
  where r.tenant_id = $1 and r.received_at >= $2::date
  union all
  select (t.created_at at time zone 'UTC')::date, (t.created_at at time zone 'UTC')::date, 'complaints', 1, ${FACT_DIMS}
  from agent_tasks t left join analytics_accounts f on f.account_id = t.account_id
  where t.tenant_id = $1 and t.kind = 'complaint' and t.created_at >= $2::date
  union all
  select (s.created_at at time zone 'UTC')::date, (s.created_at at time zone 'UTC')::date, m.metric, m.value, ${FACT_DIMS}
  from csat_responses s left join analytics_accounts f on f.account_id = s.account_id
  cross join lateral (values ('csat_responses', 1::bigint), ('csat_score_sum', s.score::bigint), ('csat_top_two', (s.score >= 4)::int::bigint)) m(metric, value)
  where s.tenant_id = $1 and s.created_at >= $2::date
  union all
  select (pp.created_at at time zone 'UTC')::date, (pp.created_at at time zone 'UTC')::date, 'plans_started', 1, ${FACT_DIMS}
  from payment_plans pp left join analytics_accounts f on f.account_id = pp.account_id
  where pp.tenant_id = $1 and pp.created_at >= $2::date
  union all
  select (pp.created_at at time zone 'UTC')::date, (h.at at time zone 'UTC')::date, 'plans_' || h.to_status, 1, ${FACT_DIMS}
  from (select distinct on (plan_id) plan_id, at, to_status from plan_history
        where tenant_id = $1 and to_status in ('completed', 'defaulted') order by plan_id, at, id) h
  join payment_plans pp on pp.id = h.plan_id left join analytics_accounts f on f.account_id = pp.account_id
  where h.at >= $2::date
  union all
  select aa.received_on, aa.received_on, 'assistance_applications', 1, ${FACT_DIMS}
  from assistance_applications aa left join analytics_accounts f on f.account_id = aa.account_id
  where aa.tenant_id = $1 and aa.received_on >= $2::date
  union all
  select aa.received_on, ad.decided_on, 'assistance_approved', 1, ${FACT_DIMS}
  from (select distinct on (application_id) application_id, decided_on from assistance_decisions
        where tenant_id = $1 and decision = 'approved' order by application_id, decided_at, id) ad
  join assistance_applications aa on aa.id = ad.application_id left join analytics_accounts f on f.account_id = aa.account_id
  where ad.decided_on >= $2::date
  union all
  select (cv.started_at at time zone 'UTC')::date, (cv.started_at at time zone 'UTC')::date, 'conversations', 1,
    coalesce(f.journey, 'none'), coalesce(f.channel, 'none'), coalesce(f.language, cv.language, 'none'), coalesce(f.payer_type, 'none'),
    coalesce(f.age_band, 'none'), coalesce(f.variant, 'none'), coalesce(cv.agent_id, 'none'), coalesce(f.zip_quintile, 'none')
  from conversations cv left join analytics_accounts f on f.account_id = cv.account_id
  where cv.tenant_id = $1 and cv.started_at >= $2::date
  union all
  select f.first_due_on, f.first_due_on + 365, m.metric, 1, ${FACT_DIMS}
  from analytics_accounts f
  cross join lateral (select
      exists (select 1 from accounts b where b.tenant_id = f.tenant_id and b.person_id = f.person_id
              and b.service_date >= f.first_due_on - 365 and b.service_date < f.first_due_on) as before,
      exists (select 1 from accounts b where b.tenant_id = f.tenant_id and b.person_id = f.person_id
              and b.service_date >= f.first_due_on and b.service_date <= f.first_due_on + 365) as after) s
  cross join lateral (values ('churn_base', s.before), ('churned', s.before and not s.after)) m(metric, counts)
  where f.tenant_id = $1 and f.first_due_on >= $2::date - 365 and f.first_due_on <= $3::date - 365 and m.counts
),
-- Two stages: events collapse to one row per combination of dimensions first, so the expansion
-- into one row per dimension multiplies thousands of combinations rather than millions of events.
c as (
  select start_day, day, metric, journey, channel, language, payer_type, age_band, variant, agent, zip_quintile, sum(value)::bigint as value
  from e group by start_day, day, metric, journey, channel, language, payer_type, age_band, variant, agent, zip_quintile),
ins as (
  insert into analytics_daily (tenant_id, dim, key, start_day, day, metric, value)
  select $1, d.dim, d.key, e.start_day, e.day, e.metric, sum(e.value)
  from c e ${EXPAND_DIMENSIONS}
  group by d.dim, d.key, e.start_day, e.day, e.metric
  returning 1)
select count(*)::int as n from ins`;

/**
 * Channel effectiveness: messages sent by channel and the person's local send hour, and how many
 * of them were followed by a patient payment within 7 days (dimension 'channel_hour', key
 * 'sms|14'). Kept apart from the partitioning dimensions: it counts messages, not accounts.
 */
export const CHANNEL_HOUR_SQL = `
with m as materialized (
  select c.account_id, (c.at at time zone 'UTC')::date as day,
    (case when c.channel = 'voicemail' then 'call' else c.channel end) || '|' || extract(hour from c.at at time zone p.time_zone)::int as key
  from communications c join persons p on p.id = c.person_id
  where c.tenant_id = $1 and c.direction = 'outbound' and c.status in ('sent', 'delivered') and c.at >= $2::date and c.account_id is not null),
-- Payments on or after the first message day only: a semi-join on the account, not a probe per message.
pay as (select account_id, effective_on from ledger_entries where tenant_id = $1 and kind = 'patient_payment' and effective_on >= $2::date),
g as (select key, day, count(*) as messages from m group by key, day),
pd as (
  select key, day, count(*) as paid from m
  where exists (select 1 from pay where pay.account_id = m.account_id and pay.effective_on >= m.day and pay.effective_on <= m.day + 7)
  group by key, day),
ins as (
  insert into analytics_daily (tenant_id, dim, key, start_day, day, metric, value)
  select $1, 'channel_hour', g.key, g.day, g.day, x.metric, x.value
  from g left join pd on pd.key = g.key and pd.day = g.day
  cross join lateral (values ('messages', g.messages), ('paid_within_7_days', coalesce(pd.paid, 0))) x(metric, value)
  returning 1)
select count(*)::int as n from ins`;

/** Refreshes every tenant (or one), each in its own transaction. */
export async function refreshAnalytics(opts: RefreshOptions): Promise<RefreshResult> {
  const tenants = opts.tenantId ? [opts.tenantId] : (await opts.database.query<{ id: string }>('select id from tenants order by id')).map((t) => t.id);
  const out: RefreshResult = { tenants: tenants.length, newAccounts: 0, fromDay: {}, rows: 0, mode: {}, stoppedArms: [] };
  for (const tenantId of tenants) {
    const r = await opts.database.db.transaction(async (tx) => {
      const refreshed = await refreshTenantAnalytics(tx, tenantId, opts.now, { rebuild: opts.rebuild, settle: opts.settle });
      out.stoppedArms.push(...(await enforceGuardrails(tx, { tenantId, now: opts.now })));
      return refreshed;
    });
    out.newAccounts += r.newAccounts;
    out.fromDay[tenantId] = r.fromDay;
    out.mode[tenantId] = r.mode;
    out.rows += r.rows;
  }
  return out;
}
