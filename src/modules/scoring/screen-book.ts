import { applyPresumptiveApproval, loadFapPolicy, PRESUMPTIVE_KINDS, type PresumptiveKind, type PresumptiveSignal } from '../assistance/index.js';
import type { Database } from '../../platform/db/index.js';
import { readPages } from './read-pages.js';
import { householdsCte, loadHouseholdColumns, type HouseholdColumns } from './household-facts.js';
import { writeByKey } from './write-rows.js';
import { localDate } from '../../platform/time/index.js';
import { screenAccount, type ScreeningFacts } from './screen-account.js';

export interface ScreenBookOptions {
  database: Database;
  tenantId: string;
  now: Date;
  /** Only accounts never screened (run before every outreach pass); default: the whole book. */
  onlyUnscreened?: boolean;
  batchSize?: number;
  /** Households already decrypted for this run (runScoring shares them between steps). */
  households?: HouseholdColumns;
}

export interface ScreenBookResult {
  screened: number;
  byStatus: Record<string, number>;
  /** Counselor tasks created for newly likely-eligible accounts. */
  tasksCreated: number;
  /** People approved presumptively without an application (the policy applies it automatically). */
  approved: number;
}

interface FactRow {
  id: string;
  person_id: string;
  patient_due_cents: string | number;
  state: string | null;
  deceased: boolean;
  medicaid: boolean | null;
  kinds: string[] | null;
  last_approved_on: string | null;
  pending: boolean | null;
  active_approval: boolean | null;
  income: string | number | null;
  hh_size: number | null;
  hardship: number | null;
}

/**
 * Screens every patient-due account of a tenant against its FAP (presumptive circumstances,
 * reported income, the state's charity-care law, the hardship model) and stores the result with
 * its reasons. A newly likely-eligible account gets one `presumptive_assistance` counselor task;
 * outreach reads the result (screeningForAccounts) to send the assistance offer before any
 * past-due step and to hold escalations. Facts are gathered by one streamed set-based query.
 */
export async function screenBook(opts: ScreenBookOptions): Promise<ScreenBookResult> {
  const { database, tenantId, now } = opts;
  const policy = await loadFapPolicy(database.db, tenantId);
  const today = localDate(now, policy.timeZone);
  const households = opts.households ?? (await loadHouseholdColumns(database, tenantId, opts.onlyUnscreened ? { unscreened: true } : { owing: true }));
  const params: unknown[] = [tenantId, today];
  const ph = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const unscreened = opts.onlyUnscreened ? 'and not exists (select 1 from account_screenings s where s.tenant_id = a.tenant_id and s.account_id = a.id)' : '';
  const text = `
    with cov as (
      select person_id from patient_coverages where tenant_id = $1
        and names_medicaid group by person_id
    ),
    hh as (${householdsCte(households, ph)}),
    kinds as (
      select hh.person_id, array_agg(distinct k) as kinds
      from hh cross join lateral unnest(string_to_array(nullif(hh.kinds, ''), ',')) k
      group by hh.person_id
    ),
    appr as (
      select ap.person_id, max(d.decided_on)::text as last_on, bool_or(coalesce(d.valid_through, d.decided_on) >= $2::date) as active
      from assistance_decisions d join assistance_applications ap on ap.id = d.application_id
      where d.tenant_id = $1 and d.decision = 'approved' group by ap.person_id
    ),
    pend as (select person_id from assistance_applications where tenant_id = $1 and status in ('submitted', 'incomplete') group by person_id),
    app as (
      select distinct on (person_id) person_id, income, hh_size from hh
      where income is not null order by person_id, received_on desc, id
    )
    select a.id, a.person_id, a.patient_due_cents, coalesce(p.state, t.state) as state, p.deceased,
      (cov.person_id is not null) as medicaid, kinds.kinds, appr.last_on as last_approved_on,
      (pend.person_id is not null) as pending, appr.active as active_approval,
      app.income, app.hh_size,
      sc.hardship
    from accounts a
    join persons p on p.tenant_id = a.tenant_id and p.id = a.person_id
    join tenants t on t.id = a.tenant_id
    left join cov on cov.person_id = a.person_id
    left join kinds on kinds.person_id = a.person_id
    left join appr on appr.person_id = a.person_id
    left join pend on pend.person_id = a.person_id
    left join app on app.person_id = a.person_id
    left join account_scores sc on sc.tenant_id = a.tenant_id and sc.account_id = a.id
    where a.tenant_id = $1 and a.patient_due_cents > 0 ${unscreened}
    order by a.id`;
  const known = new Set<string>(PRESUMPTIVE_KINDS);
  const byStatus: Record<string, number> = {};
  let screened = 0;
  const batch = opts.batchSize ?? 20_000;
  let pending: Array<{ r: FactRow; s: ReturnType<typeof screenAccount> }> = [];
  const flush = async () => {
    if (!pending.length) return;
    const rows = pending;
    pending = [];
    await writeByKey(database, {
      table: 'account_screenings',
      tenantId,
      keys: rows.map((p) => p.r.id),
      columns: [
        { name: 'person_id', type: 'text', values: rows.map((p) => p.r.person_id) },
        { name: 'status', type: 'text', values: rows.map((p) => p.s.status) },
        { name: 'basis', type: 'text', values: rows.map((p) => p.s.basis) },
        { name: 'reasons', type: 'jsonb', values: rows.map((p) => JSON.stringify(p.s.reasons)) },
        { name: 'discount_pct', type: 'float8', values: rows.map((p) => p.s.discountPct) },
        { name: 'estimated_fpl_percent', type: 'float8', values: rows.map((p) => p.s.estimatedFplPercent) },
        { name: 'patient_due_cents', type: 'bigint', values: rows.map((p) => Number(p.r.patient_due_cents)) },
      ],
      constants: { policy_name: policy.name, screened_at: now },
      insertOnly: { first_screened_at: now },
    });
  };
  const handle = (r: FactRow) => {
    const f: ScreeningFacts = {
      state: r.state,
      deceased: r.deceased,
      medicaidCoverage: !!r.medicaid,
      reportedPresumptive: (r.kinds ?? []).filter((k): k is PresumptiveSignal['kind'] => known.has(k)),
      lastApprovedOn: r.last_approved_on,
      pendingApplication: !!r.pending,
      activeApproval: !!r.active_approval,
      householdSize: r.hh_size,
      annualIncomeCents: r.income === null ? null : Number(r.income),
      hardship: r.hardship === null ? null : Number(r.hardship),
    };
    const s = screenAccount(Object.freeze(policy), f, now);
    byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
    screened++;
    pending.push({ r, s });
  };
  await readPages<FactRow>(database, text, params, batch, async (page) => {
    for (const r of page) handle(r);
    await flush();
  });
  await flush();
  if (!opts.onlyUnscreened) {
    // Paid-off accounts leave the book; their last screening stays for the counts.
    await database.query(
      `update account_screenings s set status = 'not_indicated', patient_due_cents = 0, screened_at = $2
       where s.tenant_id = $1 and s.screened_at <> $2 and s.patient_due_cents > 0
         and not exists (select 1 from accounts a where a.tenant_id = s.tenant_id and a.id = s.account_id and a.patient_due_cents > 0)`,
      [tenantId, now],
    );
  }
  const approved = policy.presumptive.applyAutomatically ? await applyPresumptiveApprovals(database, tenantId, now) : 0;
  const tasks = await database.query<{ account_id: string }>(
    `with made as (
       insert into agent_tasks (id, tenant_id, person_id, account_id, kind, status, reason, priority, created_at, detail)
       select 'presumptive-' || md5(s.tenant_id || ':' || s.account_id), s.tenant_id, s.person_id, s.account_id, 'presumptive_assistance', 'open',
              'Likely eligible for financial assistance: ' || coalesce(s.reasons->0->>'text', ''), 70, $2,
              jsonb_build_object('screening', jsonb_build_object('basis', s.basis, 'discountPct', s.discount_pct, 'reasons', s.reasons))
       from account_screenings s
       where s.tenant_id = $1 and s.status = 'likely_eligible' and s.task_id is null
       on conflict (tenant_id, id) do nothing
       returning account_id, id
     )
     update account_screenings s set task_id = made.id from made where s.tenant_id = $1 and s.account_id = made.account_id
     returning s.account_id`,
    [tenantId, now],
  );
  return { screened, byStatus, tasksCreated: tasks.length, approved };
}

/**
 * Where the tenant's policy applies presumptive eligibility by itself: one approval per person
 * whose account was found likely eligible on a presumptive basis (through the assistance module,
 * which records the decision, adjusts the ledger and produces the letter in its own transaction),
 * then the person's screenings say so, so no counselor task is opened for them.
 */
async function applyPresumptiveApprovals(database: Database, tenantId: string, now: Date): Promise<number> {
  const found = await database.query<{ account_id: string; person_id: string; code: string }>(
    `select distinct on (person_id) account_id, person_id, reasons->0->>'code' as code from account_screenings
     where tenant_id = $1 and status = 'likely_eligible' and basis = 'presumptive' and applied_application_id is null and task_id is null
     order by person_id, account_id`,
    [tenantId],
  );
  const known = new Set<string>(PRESUMPTIVE_KINDS);
  const ctx = { tenantId, actor: { kind: 'system' as const, id: 'presumptive-screening', roles: [] }, purpose: 'system' as const, clock: { now: () => now } };
  let approved = 0;
  for (const f of found) {
    const kind = f.code.replace(/^presumptive_/, '');
    if (!known.has(kind)) continue;
    const r = await applyPresumptiveApproval({ database, ctx, personId: f.person_id, accountId: f.account_id, kind: kind as PresumptiveKind, renderPdf: false });
    if (!r.application || !r.decision) continue;
    if (r.applied) approved++;
    await database.query(
      `update account_screenings set status = 'assisted', applied_application_id = $3, approved_at = $4, approved_cents = coalesce((
           select -sum(e.amount_cents) from ledger_entries e where e.tenant_id = $1 and e.account_id = account_screenings.account_id and e.source = 'assistance' and e.source_ref like $5), 0),
         reasons = jsonb_build_array(jsonb_build_object('code', 'presumptive_approved', 'text', 'approved for financial assistance without an application: ' || (reasons->0->>'text') || '; the approval letter was produced'))
       where tenant_id = $1 and person_id = $2 and status = 'likely_eligible' and basis = 'presumptive'`,
      [tenantId, f.person_id, r.application.id, now, `${r.decision.id}:%`],
    );
  }
  return approved;
}
