import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { AccessContext } from '../../platform/audit/index.js';
import { ManualClock } from '../../platform/clock/index.js';
import { fieldCipher } from '../../platform/crypto/index.js';
import { rows, textArray } from '../../platform/db/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { personBlindIndexes } from '../people/index.js';
import { listWorklist } from './index.js';
import { basePoints, hardshipSignalSql, promiseDueSoonSignalSql, rankKey, ROUTINE_TASK_KINDS, SIGNAL_POINTS, signalPointsSql } from './worklist-priority.js';

const clock = new ManualClock('2026-11-24T16:00:00Z');

/** Instants the order is compared at: snoozes end and promises enter their window in between. */
const INSTANTS = ['2026-11-20T00:00:00Z', '2026-11-24T16:00:00Z', '2026-11-25T12:30:00Z', '2026-11-27T16:00:00Z', '2026-12-05T09:00:00Z'];

const SIGNAL_KINDS = ['callback', 'promise_followup', 'plan', 'resolve_dispute', 'review_intent', 'review_documents'];

/**
 * The worklist as it was defined before the read model: every signal read straight from its source
 * (open unsnoozed tasks that are not routine, missed plans, hardship scores, pending promises due
 * soon) with the formula's own SQL pieces, summed per account; signalled accounts first, then the
 * rest, each by rank key minus points. The constants the triggers copy are checked against these.
 */
function referenceSql(tenantId: string, now: Date, today: string) {
  return sql`
  with sig as (
    select k.account_id, ${signalPointsSql} as pts, k.kind
    from agent_tasks k
    where k.tenant_id = ${tenantId} and k.status = 'open' and k.account_id is not null
      and (k.snoozed_until is null or k.snoozed_until <= ${now}) and k.kind <> all(${textArray(ROUTINE_TASK_KINDS)})
    union all
    select pp.account_id, ${SIGNAL_POINTS.plan_missed!}, 'plan_missed' from payment_plans pp where pp.tenant_id = ${tenantId} and pp.status in ('missed', 'grace')
    union all
    ${hardshipSignalSql(tenantId)}
    union all
    ${promiseDueSoonSignalSql(tenantId, today)}
  ), s as (select account_id, sum(pts)::int as pts, array_agg(distinct kind) as kinds from sig group by account_id)
  select a.id, ${rankKey} as rank_key, s.pts, s.kinds, a.patient_due_cents
  from accounts a left join s on s.account_id = a.id
  where a.tenant_id = ${tenantId} and a.patient_due_cents > 0
  order by (s.pts is null), ${rankKey} - coalesce(s.pts, 0), a.id`;
}

describeDb('the worklist read model: the same order as the signals read from their sources, kept current by every write', (getDb) => {
  let ctx: AccessContext;
  let tenantId: string;
  let otherTenantId: string;
  let seq = 0;

  const q = (text: string, params: unknown[] = []) => getDb().query(text, params);

  async function person(tenant: string, id: string) {
    const cipher = fieldCipher();
    const idx = personBlindIndexes({ givenName: 'Pat', familyName: id });
    await q(
      `insert into persons (id, tenant_id, external_ref, given_name, family_name, name_bidx, family_bidx, language, time_zone, state) values ($1, $2, $3, $4, $5, $6, $7, 'en', 'America/New_York', 'OH')`,
      [`p-${id}`, tenant, `MRN-${id}`, cipher.encrypt('Pat'), cipher.encrypt(id), idx.nameBidx, idx.familyBidx],
    );
  }
  async function account(tenant: string, id: string, o: { dueOn: string | null; serviceDate?: string; dueCents: number; personExists?: boolean }) {
    if (!o.personExists) await person(tenant, id);
    await q(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, service_date, due_on, balance_cents, patient_due_cents, total_charges_cents)
       values ($1, $2, $3, $4, $5, $6::date, $7::date, $8, $8, $8)`,
      [id, tenant, `p-${id}`, `ACC-${id}`, o.dueCents > 0 ? 'patient_due' : 'paid', o.serviceDate ?? null, o.dueOn, o.dueCents],
    );
  }
  async function task(tenant: string, accountId: string | null, kind: string, o: { status?: string; snoozedUntil?: string } = {}) {
    const id = `t-${++seq}`;
    await q(
      `insert into agent_tasks (id, tenant_id, person_id, account_id, kind, status, reason, priority, created_at, snoozed_until) values ($1, $2, $3, $4, $5, $6, 'test', 50, '2026-11-01T12:00:00Z', $7)`,
      [id, tenant, accountId ? `p-${accountId}` : 'p-a00', accountId, kind, o.status ?? 'open', o.snoozedUntil ?? null],
    );
    return id;
  }
  async function plan(tenant: string, accountId: string, status: string) {
    const id = `plan-${++seq}`;
    await q(
      `insert into payment_plans (id, tenant_id, account_id, person_id, status, time_zone, anchor_day, total_cents, remaining_cents, monthly_payment_cents, state, source, created_by, created_at, updated_at)
       values ($1, $2, $3, $4, $5, 'America/New_York', 1, 100000, 100000, 10000, '{}'::jsonb, 'staff', 'test', now(), now())`,
      [id, tenant, accountId, `p-${accountId}`, status],
    );
    return id;
  }
  const score = (tenant: string, accountId: string, hardship: number) =>
    q(
      `insert into account_scores (tenant_id, account_id, pay_30, pay_90, hardship, model_version, scored_at) values ($1, $2, 0.5, 0.5, $3, 'v1', now())
       on conflict (tenant_id, account_id) do update set hardship = excluded.hardship`,
      [tenant, accountId, hardship],
    );
  async function promise(tenant: string, accountId: string, dueOn: string, status: string) {
    const id = `o-${++seq}`;
    await q(
      `insert into account_outcomes (tenant_id, id, account_id, person_id, agent_id, disposition, reached, resolved, started_at, recorded_at, handle_seconds, promise_amount_cents, promise_due_on, promise_status)
       values ($1, $2, $3, $4, 'coordinator-1', 'reached_promise', true, true, '2026-11-20T15:00:00Z', '2026-11-20T15:00:00Z', 60, 2000, $5::date, $6)`,
      [tenant, id, accountId, `p-${accountId}`, dueOn, status],
    );
    return id;
  }

  /** The whole queue as the page walks it, in pages of `limit`. */
  async function walk(limit: number, minBalanceCents?: number) {
    const out: Array<{ id: string; priority: number; signals: string[] }> = [];
    let after: string | undefined;
    for (let i = 0; i < 200; i++) {
      const page = await listWorklist(getDb().db, ctx, { limit, ...(after ? { after } : {}), ...(minBalanceCents === undefined ? {} : { minBalanceCents }) });
      out.push(...page.items.map((r) => ({ id: r.accountId, priority: r.priority, signals: r.signals })));
      if (!page.next) return out;
      after = page.next;
    }
    throw new Error('the queue did not end');
  }
  async function reference(minBalanceCents = 0) {
    const now = clock.now();
    const today = now.toISOString().slice(0, 10);
    const found = await rows(getDb().db, referenceSql(tenantId, now, today));
    return (found as Array<{ id: string; rank_key: string | number; pts: number | null; kinds: string[] | null; patient_due_cents: string | number }>).filter((r) => Number(r.patient_due_cents) >= minBalanceCents).map((r) => ({
      id: r.id,
      priority: basePoints(Number(r.rank_key), today) + Number(r.pts ?? 0),
      signals: (r.kinds ?? []).slice().sort(),
    }));
  }
  async function expectSameOrder(limit = 100, minBalanceCents?: number) {
    const expected = await reference(minBalanceCents);
    expect(expected.length).toBeGreaterThan(0);
    expect(await walk(limit, minBalanceCents)).toEqual(expected);
  }
  const readModel = () =>
    q(`select tenant_id, account_id, rank_key::text as rank_key, listed, fixed_pts, fixed_kinds, snoozed_until::text as snoozed_until, snoozed_pts, snoozed_kinds, promise_due_on::text as promise_due_on
       from worklist_signals order by tenant_id, account_id`);
  /** What the triggers kept equals the read model recomputed from scratch. */
  async function expectFresh() {
    const kept = await readModel();
    await q('select worklist_signals_rebuild()');
    expect(kept).toEqual(await readModel());
  }
  const row = async (accountId: string) => ((await q(`select * from worklist_signals where tenant_id = $1 and account_id = $2`, [tenantId, accountId])) as Array<Record<string, unknown>>)[0];

  beforeAll(async () => {
    ({ tenantId } = await createTenant(getDb().db, { slug: 'signals', name: 'Signals Hospital', kind: 'provider' }));
    ({ tenantId: otherTenantId } = await createTenant(getDb().db, { slug: 'signals-other', name: 'Other Hospital', kind: 'provider' }));
    ctx = { tenantId, actor: { kind: 'user', id: 'coordinator-1', roles: ['collections_coordinator'] }, purpose: 'collections', clock };
    // A varied book from a fixed sequence: due dates before and after today, no due date (the
    // service date, or neither), balances from nothing to over the $5,000 cap, equal rank keys.
    const n = 72;
    for (let i = 0; i < n; i++) {
      const id = `a${String(i).padStart(2, '0')}`;
      const dueCents = i % 9 === 0 ? 0 : ((i * 7_919) % 700_000) + (i % 4 === 0 ? 0 : 1_000);
      const dueOn = i % 13 === 5 ? null : `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
      await account(tenantId, id, { dueOn, ...(i % 26 === 5 ? { serviceDate: '2026-03-03' } : {}), dueCents });
    }
    // Every signal source, on paid and unpaid accounts alike, some accounts with several.
    for (let i = 0; i < n; i += 2) {
      const id = `a${String(i).padStart(2, '0')}`;
      const kind = SIGNAL_KINDS[(i / 2) % SIGNAL_KINDS.length]!;
      if (i % 4 === 0) await task(tenantId, id, kind);
      if (i % 8 === 2) await task(tenantId, id, kind, { snoozedUntil: INSTANTS[(i / 2) % INSTANTS.length]! });
      if (i % 10 === 4) await task(tenantId, id, 'callback', { snoozedUntil: '2026-11-25T12:00:00Z' });
      if (i % 12 === 6) await task(tenantId, id, kind, { status: 'done' });
      if (i % 5 === 0) await task(tenantId, id, ROUTINE_TASK_KINDS[i % ROUTINE_TASK_KINDS.length]!);
    }
    for (let i = 1; i < n; i += 3) {
      const id = `a${String(i).padStart(2, '0')}`;
      if (i % 4 === 1) await plan(tenantId, id, (['missed', 'grace', 'active', 'completed'] as const)[i % 4 === 1 ? (i / 4) % 4 | 0 : 0]!);
      if (i % 5 === 1) await score(tenantId, id, [0.95, 0.7, 0.69, 0.2][i % 4]!);
      if (i % 7 === 1) await promise(tenantId, id, ['2026-11-22', '2026-11-24', '2026-11-26', '2026-11-27', '2026-12-04'][i % 5]!, (['pending', 'pending', 'kept', 'broken', 'pending'] as const)[i % 5]!);
    }
    // Two pending promises on one account count twice, as two rows did.
    await promise(tenantId, 'a10', '2026-11-25', 'pending');
    await promise(tenantId, 'a10', '2026-11-26', 'pending');
    await task(tenantId, 'a10', 'callback');
    await task(tenantId, 'a10', 'resolve_dispute');
    await task(tenantId, 'a10', 'resolve_dispute');
    // Another tenant's signals never show here.
    await account(otherTenantId, 'b00', { dueOn: '2026-01-01', dueCents: 100_000 });
    await task(otherTenantId, 'b00', 'callback');
  });

  it('walks the same order, priorities and signals as the definition read from the sources, at every hour that matters', async () => {
    const seen = new Set<string>();
    for (const at of INSTANTS) {
      clock.set(at);
      await expectSameOrder(100);
      await expectSameOrder(7);
      // With a filter the page reads the candidates in order until the filter has let enough through.
      await expectSameOrder(5, 250_000);
      for (const r of await reference()) r.signals.forEach((k) => seen.add(k));
    }
    // The fixture exercises every source.
    expect([...seen].sort()).toEqual(['callback', 'hardship_likely', 'plan', 'plan_missed', 'promise_due', 'promise_followup', 'resolve_dispute', 'review_documents', 'review_intent']);
    clock.set('2026-11-24T16:00:00Z');
    await expectFresh();
  });

  it('keeps the read model right after every kind of write', async () => {
    clock.set('2026-11-24T16:00:00Z');
    // Tasks: opened, snoozed, moved to another account, closed, deleted; a routine one changes nothing.
    const t1 = await task(tenantId, 'a03', 'callback');
    expect(await row('a03')).toMatchObject({ fixed_pts: 300, fixed_kinds: ['callback'], listed: true });
    await expectFresh();
    const routine = await task(tenantId, 'a05', 'call');
    expect(await row('a05')).toBeUndefined();
    await q(`update agent_tasks set snoozed_until = '2026-11-30T00:00:00Z' where tenant_id = $1 and id = $2`, [tenantId, t1]);
    expect(await row('a03')).toMatchObject({ fixed_pts: 0, snoozed_kinds: ['callback'], snoozed_pts: [300] });
    await expectFresh();
    await expectSameOrder();
    await q(`update agent_tasks set account_id = 'a07', snoozed_until = null where tenant_id = $1 and id = $2`, [tenantId, t1]);
    expect(await row('a03')).toBeUndefined();
    expect(await row('a07')).toMatchObject({ fixed_kinds: ['callback'] });
    await expectFresh();
    await q(`update agent_tasks set status = 'done' where tenant_id = $1 and id = $2`, [tenantId, t1]);
    expect(await row('a07')).toBeUndefined();
    await q(`update agent_tasks set kind = 'resolve_dispute' where tenant_id = $1 and id = $2`, [tenantId, routine]);
    expect(await row('a05')).toMatchObject({ fixed_pts: 150 });
    await q(`delete from agent_tasks where tenant_id = $1 and id = $2`, [tenantId, routine]);
    expect(await row('a05')).toBeUndefined();
    await expectFresh();
    await expectSameOrder();
    // Several rows in one statement.
    await q(
      `insert into agent_tasks (id, tenant_id, person_id, account_id, kind, status, reason, priority, created_at)
       select 'bulk-' || g, $1, 'p-a' || lpad(g::text, 2, '0'), 'a' || lpad(g::text, 2, '0'), case when g % 2 = 0 then 'callback' else 'call' end, 'open', 'test', 50, '2026-11-01T12:00:00Z'
       from generate_series(11, 31) g`,
      [tenantId],
    );
    await expectFresh();
    await expectSameOrder();
    await q(`update agent_tasks set status = 'cancelled' where tenant_id = $1 and id like 'bulk-%'`, [tenantId]);
    await expectFresh();

    // Plans: missed, then back on track, then removed.
    const p = await plan(tenantId, 'a09', 'active');
    expect(await row('a09')).toBeUndefined();
    await q(`update payment_plans set status = 'missed' where tenant_id = $1 and id = $2`, [tenantId, p]);
    expect(await row('a09')).toMatchObject({ fixed_kinds: ['plan_missed'], fixed_pts: 250 });
    await q(`update payment_plans set status = 'grace' where tenant_id = $1 and id = $2`, [tenantId, p]);
    await expectFresh();
    await q(`update payment_plans set status = 'active' where tenant_id = $1 and id = $2`, [tenantId, p]);
    expect(await row('a09')).toBeUndefined();
    await q(`update payment_plans set status = 'missed' where tenant_id = $1 and id = $2`, [tenantId, p]);
    await q(`delete from payment_plans where tenant_id = $1 and id = $2`, [tenantId, p]);
    expect(await row('a09')).toBeUndefined();
    await expectFresh();

    // Scores: over the threshold, under it (an upsert, as a scoring run writes), a whole run, removed.
    await score(tenantId, 'a15', 0.9);
    expect(await row('a15')).toMatchObject({ fixed_kinds: ['hardship_likely'], fixed_pts: 120 });
    await score(tenantId, 'a15', 0.3);
    expect(await row('a15')).toBeUndefined();
    await q(
      `insert into account_scores (tenant_id, account_id, pay_30, pay_90, hardship, model_version, scored_at)
       select tenant_id, id, 0.5, 0.5, case when patient_due_cents % 3 = 0 then 0.9 else 0.1 end, 'v2', now() from accounts where tenant_id = $1
       on conflict (tenant_id, account_id) do update set hardship = excluded.hardship, model_version = excluded.model_version`,
      [tenantId],
    );
    await expectFresh();
    await expectSameOrder();
    await q(`delete from account_scores where tenant_id = $1 and account_id in ('a16', 'a17', 'a18', 'a19')`, [tenantId]);
    await expectFresh();

    // Promises: pending, kept, broken, deleted; the window is the query's, the dates are stored.
    const o = await promise(tenantId, 'a20', '2026-12-01', 'pending');
    expect(await row('a20')).toMatchObject({ promise_due_on: expect.any(Array) });
    await expectSameOrder();
    await q(`update account_outcomes set promise_due_on = '2026-11-25' where tenant_id = $1 and id = $2`, [tenantId, o]);
    await expectSameOrder();
    await q(`update account_outcomes set promise_status = 'kept' where tenant_id = $1 and id = $2`, [tenantId, o]);
    await expectFresh();
    await q(`update account_outcomes set promise_status = 'pending' where tenant_id = $1 and id = $2`, [tenantId, o]);
    await q(`delete from account_outcomes where tenant_id = $1 and id = $2`, [tenantId, o]);
    await expectFresh();

    // The account itself: a new balance and due date move its rank key; a zero balance unlists it.
    await task(tenantId, 'a21', 'callback');
    await q(`update accounts set patient_due_cents = 123456, due_on = '2026-02-02' where tenant_id = $1 and id = 'a21'`, [tenantId]);
    await expectFresh();
    await expectSameOrder();
    await q(`update accounts set patient_due_cents = 0 where tenant_id = $1 and id = 'a21'`, [tenantId]);
    expect(await row('a21')).toMatchObject({ listed: false });
    await expectFresh();
    await expectSameOrder();
    await q(`update accounts set patient_due_cents = 5000 where tenant_id = $1 and id = 'a21'`, [tenantId]);
    expect(await row('a21')).toMatchObject({ listed: true });
    // A task for an account that arrives later, then the account, then the account removed.
    await person(tenantId, 'late');
    await task(tenantId, 'late', 'callback');
    expect(await row('late')).toMatchObject({ listed: false, rank_key: null });
    await account(tenantId, 'late', { dueOn: '2026-04-04', dueCents: 77_700, personExists: true });
    expect(await row('late')).toMatchObject({ listed: true });
    await expectFresh();
    await expectSameOrder(9);
    await q(`delete from accounts where tenant_id = $1 and id = 'late'`, [tenantId]);
    expect(await row('late')).toMatchObject({ listed: false, rank_key: null });
    await expectFresh();
    await expectSameOrder();
  });
});
