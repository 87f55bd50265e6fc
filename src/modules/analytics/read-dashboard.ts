import type { Queryable } from '../../platform/db/index.js';
import { rate } from './kpis.js';
import type { AnalyticsWindow } from './read-analytics.js';
import { windowMetrics } from './read-analytics.js';
import { query } from './sql.js';

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '91-120', '121+'] as const;

export interface DashboardSeries {
  /** Per cohort month (first due): accounts, placed, collected to the window's end, recovery. */
  cohorts: Array<{ month: string; accounts: number; placedCents: number; collectedCents: number; recoveryRate: number | null }>;
  /** Collected per cohort month and payment month (recovery over time by cohort). */
  collectedByMonth: Array<{ cohort: string; month: string; collectedCents: number }>;
  /** Unresolved accounts and open balance per month end and days-since-due bucket. */
  aging: Array<{ monthEnd: string; bucket: string; accounts: number; openCents: number }>;
  /** Share of accounts in a bucket at one month end still unresolved (one bucket older) at the next. */
  rollRates: Array<{ monthEnd: string; from: string; to: string; accounts: number; rolled: number; rate: number | null }>;
  /** Event counts per calendar month. */
  monthly: Array<{
    month: string; contacts: number; optOuts: number; optOutRate: number | null; complaints: number; complaintRate: number | null;
    plansStarted: number; plansCompleted: number; plansDefaulted: number; planCompletionRate: number | null;
    cohortAccounts: number; assistanceApplications: number; assistanceApproved: number; assistanceUptakeRate: number | null;
    csatResponses: number; csatAverage: number | null;
  }>;
  /** Messages by channel and the person's local send hour, and the share followed by a payment within 7 days. */
  channelEffectiveness: Array<{ channel: string; hour: number; messages: number; paidWithin7Days: number; rate: number | null }>;
  /** Conversations per agent and the share resolved at first contact. */
  firstContactResolution: Array<{ agent: string; conversations: number; resolved: number; rate: number | null }>;
}

function bucketOf(days: number): string {
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  if (days <= 120) return '91-120';
  return '121+';
}

/** Every series of the dashboard for a window, from the daily rollups (a handful of index range scans). */
export async function readDashboard(q: Queryable, tenantId: string, w: AnalyticsWindow): Promise<DashboardSeries> {
  const from = w.from.toISOString().slice(0, 10);
  const until = w.until.toISOString().slice(0, 10);

  // The five reads are independent: on PostgreSQL they run at once on the pool's connections.
  const chPending = windowMetrics(q, tenantId, 'channel_hour', w);
  const agentsPending = windowMetrics(q, tenantId, 'agent', w);
  const monthRowsPending = query<{ month: string; metric: string; value: number }>(
    q,
    `select to_char(day, 'YYYY-MM') as month, metric, sum(value)::bigint as value
     from analytics_daily where tenant_id = $1 and dim = 'all' and key = '' and day >= $2::date and day < $3::date
       and (metric like 'contacts_%' or metric in ('opt_outs', 'complaints', 'plans_started', 'plans_completed', 'plans_defaulted', 'cohort_accounts',
            'assistance_applications', 'assistance_approved', 'csat_responses', 'csat_score_sum'))
     group by 1, 2 order by 1`,
    [tenantId, from, until],
  );
  const flowsPending = query<{ start_day: string; month: string | null; metric: string; value: number }>(
    q,
    `select start_day::text as start_day, case when metric in ('cohort_accounts', 'placed') then null else to_char(day, 'YYYY-MM') end as month, metric, sum(value)::bigint as value
     from analytics_daily where tenant_id = $1 and dim = 'all' and key = '' and start_day < $2::date and day < $2::date
       and metric in ('cohort_accounts', 'placed', 'resolved', 'collected', 'assistance_adjusted')
     group by 1, 2, 3`,
    [tenantId, until],
  );
  const cohortRowsPending = query<{ cohort: string; month: string; metric: string; value: number }>(
    q,
    `select to_char(start_day, 'YYYY-MM') as cohort, to_char(day, 'YYYY-MM') as month, metric, sum(value)::bigint as value
     from analytics_daily where tenant_id = $1 and dim = 'all' and key = '' and start_day >= $2::date and start_day < $3::date and day < $3::date
       and metric in ('cohort_accounts', 'placed', 'collected')
     group by 1, 2, 3 order by 1, 2`,
    [tenantId, from, until],
  );
  // Awaited together so a failure of one is never left unhandled while another is awaited.
  const [cohortRows] = await Promise.all([cohortRowsPending, flowsPending, monthRowsPending, chPending, agentsPending]);
  const cohorts = new Map<string, { month: string; accounts: number; placedCents: number; collectedCents: number; recoveryRate: number | null }>();
  const collectedByMonth: DashboardSeries['collectedByMonth'] = [];
  for (const r of cohortRows) {
    const c = cohorts.get(r.cohort) ?? { month: r.cohort, accounts: 0, placedCents: 0, collectedCents: 0, recoveryRate: null };
    cohorts.set(r.cohort, c);
    const v = Number(r.value);
    if (r.metric === 'cohort_accounts') c.accounts += v;
    if (r.metric === 'placed') c.placedCents += v;
    if (r.metric === 'collected') {
      c.collectedCents += v;
      collectedByMonth.push({ cohort: r.cohort, month: r.month, collectedCents: v });
    }
  }
  for (const c of cohorts.values()) c.recoveryRate = rate(c.collectedCents, c.placedCents);

  // Aging at each month end in the window, over every cohort first due by then: per cohort day,
  // accounts and balance placed, less what was resolved and paid by each month end (summed in JS
  // from monthly totals, a few thousand rows, rather than one probe per cohort day and month).
  const monthEndsInWindow: string[] = [];
  for (let m = new Date(Date.UTC(w.from.getUTCFullYear(), w.from.getUTCMonth(), 1)); m < w.until; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
    const end = new Date(Math.min(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 0), w.until.getTime() - 86_400_000));
    monthEndsInWindow.push(end.toISOString().slice(0, 10));
  }
  const flows = await flowsPending;
  const perCohort = new Map<string, { n: number; placed: number; out: Array<{ month: string; resolved: number; paid: number }> }>();
  for (const r of flows) {
    const c = perCohort.get(r.start_day) ?? { n: 0, placed: 0, out: [] };
    perCohort.set(r.start_day, c);
    const v = Number(r.value);
    if (r.metric === 'cohort_accounts') c.n += v;
    else if (r.metric === 'placed') c.placed += v;
    else c.out.push({ month: r.month!, resolved: r.metric === 'resolved' ? v : 0, paid: r.metric === 'resolved' ? 0 : v });
  }
  const open: Array<{ month_end: string; start_day: string; age: number; open: number; open_cents: number }> = [];
  for (const monthEnd of monthEndsInWindow) {
    const month = monthEnd.slice(0, 7);
    for (const [day, c] of [...perCohort.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (day > monthEnd || c.n === 0) continue;
      let resolved = 0;
      let paid = 0;
      // Monthly totals up to this month end (a month's events all fall on or before its end).
      for (const o of c.out) {
        if (o.month > month) continue;
        resolved += o.resolved;
        paid += o.paid;
      }
      open.push({ month_end: monthEnd, start_day: day, age: (Date.parse(monthEnd) - Date.parse(day)) / 86_400_000, open: c.n - resolved, open_cents: c.placed - paid });
    }
  }
  const aging = new Map<string, { monthEnd: string; bucket: string; accounts: number; openCents: number }>();
  const openAt = new Map<string, Map<string, number>>();
  const monthEnds: string[] = [];
  for (const r of open) {
    if (!openAt.has(r.month_end)) {
      openAt.set(r.month_end, new Map());
      monthEnds.push(r.month_end);
    }
    openAt.get(r.month_end)!.set(r.start_day, Number(r.open));
    const bucket = bucketOf(Number(r.age));
    const k = `${r.month_end}|${bucket}`;
    const a = aging.get(k) ?? { monthEnd: r.month_end, bucket, accounts: 0, openCents: 0 };
    a.accounts += Number(r.open);
    a.openCents += Math.max(0, Number(r.open_cents));
    aging.set(k, a);
  }
  const rollRates: DashboardSeries['rollRates'] = [];
  for (let i = 1; i < monthEnds.length; i++) {
    const prev = monthEnds[i - 1]!;
    const cur = monthEnds[i]!;
    const by = new Map<string, { accounts: number; rolled: number }>();
    for (const [day, n] of openAt.get(prev)!) {
      if (n <= 0) continue;
      const b = bucketOf((Date.parse(prev) - Date.parse(day)) / 86_400_000);
      const e = by.get(b) ?? { accounts: 0, rolled: 0 };
      e.accounts += n;
      e.rolled += Math.min(n, openAt.get(cur)!.get(day) ?? 0);
      by.set(b, e);
    }
    for (const b of AGING_BUCKETS) {
      const e = by.get(b);
      if (!e || b === '121+') continue;
      rollRates.push({ monthEnd: cur, from: b, to: AGING_BUCKETS[AGING_BUCKETS.indexOf(b) + 1]!, accounts: e.accounts, rolled: e.rolled, rate: rate(e.rolled, e.accounts) });
    }
  }

  const monthRows = await monthRowsPending;
  const months = new Map<string, Map<string, number>>();
  for (const r of monthRows) {
    const m = months.get(r.month) ?? new Map<string, number>();
    months.set(r.month, m);
    const key = r.metric.startsWith('contacts_') ? 'contacts' : r.metric;
    m.set(key, (m.get(key) ?? 0) + Number(r.value));
  }
  const monthly = [...months.entries()].map(([month, m]) => {
    const v = (k: string) => m.get(k) ?? 0;
    return {
      month, contacts: v('contacts'), optOuts: v('opt_outs'), optOutRate: rate(v('opt_outs'), v('contacts')), complaints: v('complaints'),
      complaintRate: rate(v('complaints'), v('contacts')), plansStarted: v('plans_started'), plansCompleted: v('plans_completed'),
      plansDefaulted: v('plans_defaulted'), planCompletionRate: rate(v('plans_completed'), v('plans_completed') + v('plans_defaulted')),
      cohortAccounts: v('cohort_accounts'), assistanceApplications: v('assistance_applications'), assistanceApproved: v('assistance_approved'),
      assistanceUptakeRate: rate(v('assistance_applications'), v('cohort_accounts')), csatResponses: v('csat_responses'),
      csatAverage: v('csat_responses') ? Math.round((v('csat_score_sum') / v('csat_responses')) * 100) / 100 : null,
    };
  });

  const ch = await chPending;
  const channelEffectiveness = [...ch.entries()]
    .map(([key, m]) => {
      const [channel, hour] = key.split('|');
      const messages = m.get('messages') ?? 0;
      const paid = m.get('paid_within_7_days') ?? 0;
      return { channel: channel!, hour: Number(hour), messages, paidWithin7Days: paid, rate: rate(paid, messages) };
    })
    .sort((a, b) => a.channel.localeCompare(b.channel) || a.hour - b.hour);

  const agents = await agentsPending;
  const firstContactResolution = [...agents.entries()]
    .filter(([, m]) => (m.get('conversations') ?? 0) > 0)
    .map(([agent, m]) => ({ agent, conversations: m.get('conversations') ?? 0, resolved: m.get('fcr_resolved') ?? 0, rate: rate(m.get('fcr_resolved') ?? 0, m.get('conversations') ?? 0) }))
    .sort((a, b) => a.agent.localeCompare(b.agent));

  return { cohorts: [...cohorts.values()], collectedByMonth, aging: [...aging.values()], rollRates, monthly, channelEffectiveness, firstContactResolution };
}
