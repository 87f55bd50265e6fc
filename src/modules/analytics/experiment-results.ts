import type { Queryable } from '../../platform/db/index.js';
import { getExperiment, listExperiments, stopExperimentArm, type Experiment } from '../outreach/index.js';
import { rate } from './kpis.js';
import { windowMetrics } from './read-analytics.js';
import { query } from './sql.js';
import { diffOfMeans, diffOfProportions, sampleSizePerArm, type Interval } from './stats.js';

/** Days after a person's first message in the experiment over which "paid within 30 days" is read. */
export const HORIZON_DAYS = 30;

export interface ArmResult {
  arm: string;
  label: string;
  /** Accounts whose first message in the experiment was in this arm. */
  accounts: number;
  /** Of those, accounts first messaged at least 30 days ago (the ones paid-within-30-days is read on). */
  matureAccounts: number;
  contacts: number;
  placedCents: number;
  collectedCents: number;
  recoveryRate: number | null;
  collectedPerAccountCents: number | null;
  paidWithin30Days: number | null;
  optOutRate: number | null;
  complaintRate: number | null;
  csatAverage: number | null;
  stopped: { at: string; reason: string } | null;
  /** Against the baseline arm (the holdout if there is one, else the first arm); null for the baseline itself. */
  uplift: { paidWithin30Days: Interval | null; collectedPerAccountCents: Interval | null; optOutRate: Interval | null; csatAverage: Interval | null } | null;
}

export interface ExperimentResult {
  experiment: Experiment;
  baseline: string;
  arms: ArmResult[];
  /** Accounts per arm needed to detect these absolute changes in paid-within-30-days (5% two-sided, 80% power). */
  sampleSize: Array<{ mde: number; perArm: number }>;
  /** Fixed horizon: read the result only when every arm has its planned mature accounts. */
  ready: boolean;
  method: string;
}

interface ArmRow {
  variant: string;
  n: number;
  mature: number;
  paid30: number;
  opted: number;
  placed: number;
  collected: number;
  collected_sq: number;
}

/**
 * Results per arm: each account counts once, in the arm of its first message in the experiment,
 * from that message on (intention to treat). Money is collected per account since that message.
 */
export async function readExperimentResults(q: Queryable, opts: { tenantId: string; id: string; now: Date }): Promise<ExperimentResult> {
  const exp = await getExperiment(q, opts.tenantId, opts.id);
  const found = await query<ArmRow>(
    q,
    `with firsts as (
       select distinct on (c.account_id) c.account_id, c.person_id, c.variant, c.at
       from communications c
       where c.tenant_id = $1 and c.variant like $2 and c.direction = 'outbound' and c.status in ('sent', 'delivered') and c.account_id is not null
       order by c.account_id, c.at, c.id),
     per as (
       select f.variant, f.at, f.at <= $3::timestamptz - interval '${HORIZON_DAYS} days' as mature,
         coalesce((select -sum(le.amount_cents) from ledger_entries le where le.tenant_id = $1 and le.account_id = f.account_id
                   and le.kind in ('patient_payment', 'refund') and le.effective_on >= (f.at at time zone 'UTC')::date), 0) as collected,
         exists (select 1 from ledger_entries le where le.tenant_id = $1 and le.account_id = f.account_id and le.kind = 'patient_payment'
                 and le.effective_on >= (f.at at time zone 'UTC')::date and le.effective_on <= (f.at at time zone 'UTC')::date + ${HORIZON_DAYS}) as paid30,
         exists (select 1 from revocations r where r.tenant_id = $1 and r.person_id = f.person_id and r.received_at >= f.at) as opted,
         coalesce(a.placed_cents, 0) as placed
       from firsts f left join analytics_accounts a on a.account_id = f.account_id)
     select variant, count(*)::int as n, count(*) filter (where mature)::int as mature, count(*) filter (where mature and paid30)::int as paid30,
       count(*) filter (where opted)::int as opted, sum(placed)::bigint as placed, sum(collected)::bigint as collected,
       sum(collected::float8 * collected::float8) as collected_sq
     from per group by variant`,
    [opts.tenantId, `${exp.id}:%`, opts.now],
  );
  const byVariant = new Map(found.map((r) => [r.variant, r]));
  // CSAT per arm: answers to the survey on a message sent under the arm.
  const csat = await query<{ variant: string; n: number; sum: number; sum_sq: number }>(
    q,
    `select c.variant, count(*)::int as n, sum(s.score)::float8 as sum, sum(s.score * s.score)::float8 as sum_sq
     from csat_responses s join communications c on c.id = s.communication_id and c.tenant_id = s.tenant_id
     where s.tenant_id = $1 and c.variant like $2 group by c.variant`,
    [opts.tenantId, `${exp.id}:%`],
  );
  const csatBy = new Map(csat.map((r) => [r.variant, { n: r.n, sum: Number(r.sum), sumSq: Number(r.sum_sq) }]));
  const start = exp.startedAt ? new Date(exp.startedAt) : new Date(exp.createdAt);
  const until = new Date(Math.floor(opts.now.getTime() / 86_400_000) * 86_400_000 + 86_400_000);
  const rolled = await windowMetrics(q, opts.tenantId, 'variant', { from: new Date(Math.floor(start.getTime() / 86_400_000) * 86_400_000), until });
  const armIds = [...(exp.holdoutPct > 0 ? ['holdout'] : []), ...exp.arms.map((a) => a.id)];
  const baseline = armIds[0]!;
  const arms: ArmResult[] = armIds.map((id) => {
    const r = byVariant.get(`${exp.id}:${id}`);
    const m = rolled.get(`${exp.id}:${id}`) ?? new Map<string, number>();
    const contacts = ['email', 'sms', 'letter', 'call'].reduce((s, ch) => s + (m.get(`contacts_${ch}`) ?? 0), 0);
    const n = r?.n ?? 0;
    return {
      arm: id,
      label: id === 'holdout' ? 'Holdout (journey as it is)' : exp.arms.find((a) => a.id === id)!.label,
      accounts: n,
      matureAccounts: r?.mature ?? 0,
      contacts,
      placedCents: Number(r?.placed ?? 0),
      collectedCents: Number(r?.collected ?? 0),
      recoveryRate: rate(Number(r?.collected ?? 0), Number(r?.placed ?? 0)),
      collectedPerAccountCents: n ? Math.round(Number(r!.collected) / n) : null,
      paidWithin30Days: rate(r?.paid30 ?? 0, r?.mature ?? 0),
      optOutRate: rate(r?.opted ?? 0, n),
      complaintRate: rate(m.get('complaints') ?? 0, contacts),
      csatAverage: csatBy.get(`${exp.id}:${id}`) ? Math.round((csatBy.get(`${exp.id}:${id}`)!.sum / csatBy.get(`${exp.id}:${id}`)!.n) * 100) / 100 : null,
      stopped: exp.stoppedArms[id] ?? null,
      uplift: null,
    };
  });
  const base = byVariant.get(`${exp.id}:${baseline}`);
  const baseCounts = { n: base?.mature ?? 0, k: base?.paid30 ?? 0 };
  for (const a of arms) {
    if (a.arm === baseline) continue;
    const r = byVariant.get(`${exp.id}:${a.arm}`);
    a.uplift = {
      paidWithin30Days: diffOfProportions(baseCounts, { n: r?.mature ?? 0, k: r?.paid30 ?? 0 }),
      collectedPerAccountCents: diffOfMeans(
        { n: base?.n ?? 0, sum: Number(base?.collected ?? 0), sumSq: Number(base?.collected_sq ?? 0) },
        { n: r?.n ?? 0, sum: Number(r?.collected ?? 0), sumSq: Number(r?.collected_sq ?? 0) },
      ),
      optOutRate: diffOfProportions({ n: base?.n ?? 0, k: base?.opted ?? 0 }, { n: r?.n ?? 0, k: r?.opted ?? 0 }),
      csatAverage: diffOfMeans(csatBy.get(`${exp.id}:${baseline}`) ?? { n: 0, sum: 0, sumSq: 0 }, csatBy.get(`${exp.id}:${a.arm}`) ?? { n: 0, sum: 0, sumSq: 0 }),
    };
  }
  const p0 = baseCounts.n >= 30 ? baseCounts.k / baseCounts.n : 0.2;
  const planned = exp.plannedPerArm ?? sampleSizePerArm(p0, 0.05);
  return {
    experiment: exp,
    baseline,
    arms,
    sampleSize: [0.02, 0.05, 0.1].map((mde) => ({ mde, perArm: sampleSizePerArm(p0, mde) })),
    ready: arms.every((a) => a.matureAccounts >= planned),
    method:
      `Fixed horizon: decide the accounts per arm before starting (${planned} here) and read the result once every arm has that many accounts ` +
      `first messaged ${HORIZON_DAYS}+ days ago; looking earlier and stopping on a good-looking interval inflates false positives. ` +
      'Intervals are 95%: difference of proportions (Wald) for paid within 30 days and opt-outs, Welch interval for collected per account and for CSAT (answers to the survey on the arm\'s messages). ' +
      'Each account counts in the arm of its first message in the experiment (intention to treat).',
  };
}

/**
 * Guardrails: an arm whose opt-out or complaint rate (per contact, since the experiment started)
 * passes its limit after enough contacts is stopped; its people get the journey as it is.
 */
export async function enforceGuardrails(q: Queryable, opts: { tenantId: string; now: Date }): Promise<Array<{ experimentId: string; arm: string; reason: string }>> {
  const stopped: Array<{ experimentId: string; arm: string; reason: string }> = [];
  for (const exp of await listExperiments(q, opts.tenantId)) {
    if (exp.status !== 'running') continue;
    const start = new Date(exp.startedAt ?? exp.createdAt);
    const until = new Date(Math.floor(opts.now.getTime() / 86_400_000) * 86_400_000 + 86_400_000);
    const m = await windowMetrics(q, opts.tenantId, 'variant', { from: new Date(Math.floor(start.getTime() / 86_400_000) * 86_400_000), until });
    for (const arm of exp.arms) {
      if (exp.stoppedArms[arm.id]) continue;
      const k = m.get(`${exp.id}:${arm.id}`) ?? new Map<string, number>();
      const contacts = ['email', 'sms', 'letter', 'call'].reduce((s, ch) => s + (k.get(`contacts_${ch}`) ?? 0), 0);
      if (contacts < exp.guardrails.minContacts) continue;
      const optOut = (k.get('opt_outs') ?? 0) / contacts;
      const complaints = (k.get('complaints') ?? 0) / contacts;
      let reason: string | null = null;
      if (optOut > exp.guardrails.maxOptOutRate) reason = `opt-out rate ${(optOut * 100).toFixed(1)}% is above the ${(exp.guardrails.maxOptOutRate * 100).toFixed(1)}% limit`;
      else if (complaints > exp.guardrails.maxComplaintRate) reason = `complaint rate ${(complaints * 100).toFixed(1)}% is above the ${(exp.guardrails.maxComplaintRate * 100).toFixed(1)}% limit`;
      if (reason && (await stopExperimentArm(q, { tenantId: opts.tenantId, id: exp.id, arm: arm.id, reason, now: opts.now }))) stopped.push({ experimentId: exp.id, arm: arm.id, reason });
    }
  }
  return stopped;
}
