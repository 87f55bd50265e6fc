import { beforeAll, expect, it } from 'vitest';
import type { AccessContext } from '../../platform/audit/index.js';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { AppError } from '../../platform/errors/index.js';
import { fieldCipher } from '../../platform/crypto/index.js';
import { createTenant, queryAuditLog } from '../identity/index.js';
import { saveTenantRuleSet } from '../policies/index.js';
import { contactBlindIndex, personBlindIndexes } from '../people/index.js';
import { checkContacts, foldName, listTasks, listWorklist, updateTask, type ListWorklistOptions } from './index.js';
import { findAccountIdsMatching } from './search-accounts.js';

// Tuesday 11:00 in Ohio (16:00 UTC): inside every calling window on the mainland.
const clock = new ManualClock('2026-11-24T16:00:00Z');

describeDb('the worklist: who to call first, and the tasks that lift an account to the top', (getDb) => {
  let ctx: AccessContext;
  let tenantId: string;
  let phoneSeq = 0;

  async function account(o: { id: string; given: string; family: string; dueOn: string; dueCents: number; language?: string; timeZone?: string; status?: string; phone?: string; email?: string }) {
    const personId = `p-${o.id}`;
    // Names and contact values are stored encrypted, with the blind indexes search goes through.
    const cipher = fieldCipher();
    const idx = personBlindIndexes({ givenName: o.given, familyName: o.family });
    await getDb().query(
      `insert into persons (id, tenant_id, external_ref, given_name, family_name, name_bidx, family_bidx, language, time_zone, state) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'OH')`,
      [personId, tenantId, `MRN-${o.id.toUpperCase()}`, cipher.encrypt(o.given), cipher.encrypt(o.family), idx.nameBidx, idx.familyBidx, o.language ?? 'en', o.timeZone ?? 'America/New_York'],
    );
    const phone = o.phone ?? `+1614555${String(2000 + (phoneSeq++))}`;
    await getDb().query(`insert into contact_points (id, tenant_id, person_id, system, value, value_bidx, use, rank, verified) values ($1, $2, $3, 'phone', $4, $5, 'mobile', 1, true)`, [`${personId}-phone`, tenantId, personId, cipher.encrypt(phone), contactBlindIndex('phone', phone)]);
    if (o.email) await getDb().query(`insert into contact_points (id, tenant_id, person_id, system, value, value_bidx, use, rank, verified) values ($1, $2, $3, 'email', $4, $5, 'home', 1, true)`, [`${personId}-email`, tenantId, personId, cipher.encrypt(o.email), contactBlindIndex('email', o.email)]);
    await getDb().query(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, balance_cents, patient_due_cents, total_charges_cents)
       values ($1, $2, $3, $4, $5, $6::date, $6::date - 30, $7, $7, $7)`,
      [o.id, tenantId, personId, `ACC-${o.id.toUpperCase()}`, o.status ?? (o.dueCents > 0 ? 'patient_due' : 'paid'), o.dueOn, o.dueCents],
    );
  }
  async function task(id: string, accountId: string, kind: string, priority = 50) {
    await getDb().query(`insert into agent_tasks (id, tenant_id, person_id, account_id, kind, status, reason, priority, created_at) values ($1, $2, $3, $4, $5, 'open', 'test', $6, $7)`, [id, tenantId, `p-${accountId}`, accountId, kind, priority, '2026-11-20T12:00:00Z']);
  }
  const ids = async (opts: ListWorklistOptions = {}) => (await listWorklist(getDb().db, ctx, { limit: 100, ...opts })).items.map((i) => i.accountId);

  beforeAll(async () => {
    ({ tenantId } = await createTenant(getDb().db, { slug: 'worklist', name: 'Lakeside Hospital', kind: 'provider' }));
    ctx = { tenantId, actor: { kind: 'user', id: 'coordinator-1', roles: ['collections_coordinator'] }, purpose: 'collections', clock };
    // 176 days past due and $300: 352 + 30 = 382 points.
    await account({ id: 'ana', given: 'Ana', family: 'Martínez', dueOn: '2026-06-01', dueCents: 30_000, language: 'es', phone: '+16145550101', email: 'Ana.M@example.com' });
    // 23 days and $4,000: 46 + 400 = 446 points.
    await account({ id: 'bob', given: 'Bob', family: 'Smith', dueOn: '2026-11-01', dueCents: 400_000 });
    await account({ id: 'carl', given: 'Carl', family: 'Paid', dueOn: '2026-05-01', dueCents: 0 });
    // 14 days and $50 (28 + 5) with a callback requested (300): 333, ahead of everyone without a signal.
    await account({ id: 'dee', given: 'Dee', family: 'Callback', dueOn: '2026-11-10', dueCents: 5_000 });
    // 54 days and $1,000 (108 + 100) with a missed plan (250): 458.
    await account({ id: 'eve', given: 'Eve', family: 'Plan', dueOn: '2026-10-01', dueCents: 100_000 });
    // 6:00 the next morning where she lives: not callable now.
    await account({ id: 'fay', given: 'Fay', family: 'Islands', dueOn: '2026-11-20', dueCents: 10_000, timeZone: 'Pacific/Kiritimati' });
    for (let i = 0; i < 12; i++) await account({ id: `z${String(i).padStart(2, '0')}`, given: `Zed${i}`, family: 'Filler', dueOn: '2026-11-15', dueCents: 2_000 + (i % 3) * 1_000 });
    await task('t-callback', 'dee', 'callback', 80);
    await task('t-dispute', 'ana', 'resolve_dispute', 60);
    await getDb().query(`update agent_tasks set status = 'done' where id = 't-dispute'`);
    await getDb().query(
      `insert into payment_plans (id, tenant_id, account_id, person_id, status, time_zone, anchor_day, total_cents, remaining_cents, monthly_payment_cents, state, source, created_by, created_at, updated_at)
       values ('plan-eve', $1, 'eve', 'p-eve', 'missed', 'America/New_York', 1, 100000, 100000, 10000, '{}'::jsonb, 'staff', 'test', now(), now())`,
      [tenantId],
    );
  });

  it('ranks accounts with something waiting first, then by balance and age; paid accounts are not in the queue', async () => {
    // A journey's routine call task is not "something waiting": every account in a call step has one.
    await task('t-routine-call', 'ana', 'call', 50);
    const page = await listWorklist(getDb().db, ctx, { limit: 100 });
    const order = page.items.map((i) => i.accountId);
    expect(order.slice(0, 4)).toEqual(['eve', 'dee', 'bob', 'ana']);
    expect(order).not.toContain('carl');
    expect(order).toHaveLength(17);
    const byId = new Map(page.items.map((i) => [i.accountId, i]));
    expect(byId.get('eve')).toMatchObject({ priority: 458, signals: ['plan_missed'] });
    expect(byId.get('dee')).toMatchObject({ priority: 333, signals: ['callback'] });
    expect(byId.get('bob')).toMatchObject({ priority: 446, signals: [], callable: true, nextCallAt: null });
    expect(byId.get('ana')).toMatchObject({ priority: 382, personName: 'Ana Martínez', aging: '120+' });
    // Only what may be contacted now is callable; otherwise the next allowed time is given.
    const fay = byId.get('fay')!;
    expect(fay.callable).toBe(false);
    expect(fay.blockedBy.length).toBeGreaterThan(0);
    expect(Date.parse(fay.nextCallAt!)).toBeGreaterThan(clock.now().getTime());
    expect(page.next).toBeNull();
    await getDb().query(`update agent_tasks set status = 'done' where id = 't-routine-call'`);
  });

  it('keyset pages of two walk the same order, with no repeats and no gaps, across both tiers', async () => {
    const all = await ids();
    const walked: string[] = [];
    let after: string | undefined;
    for (let n = 0; n < 20; n++) {
      const page = await listWorklist(getDb().db, ctx, { limit: 2, after });
      walked.push(...page.items.map((i) => i.accountId));
      if (!page.next) break;
      after = page.next;
    }
    expect(walked).toEqual(all);
    await expect(listWorklist(getDb().db, ctx, { after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: 'after' }] });
  });

  it('filters by aging, balance, status and language', async () => {
    expect(await ids({ aging: '120+' })).toEqual(['ana']);
    expect(await ids({ aging: '31-60' })).toEqual(['eve']);
    expect(await ids({ minBalanceCents: 100_000 })).toEqual(['eve', 'bob']);
    expect(await ids({ maxBalanceCents: 3_000 })).toEqual(expect.not.arrayContaining(['bob', 'ana', 'eve']));
    expect(await ids({ language: 'es' })).toEqual(['ana']);
    expect(await ids({ status: 'paid' })).toEqual([]);
  });

  it('finds a person by name with or without accents, last name, MRN, phone, email and account number; nothing found is an empty list', async () => {
    expect(foldName('  Pedro  MARTÍNEZ ')).toBe('pedro martinez');
    // Names match whole (they are encrypted; blind indexes match the normalized name exactly).
    expect(await ids({ search: 'martí' })).toEqual([]);
    for (const q of ['Martinez', 'Martínez', 'Ana Martinez', 'Martínez, Ana', 'ANA MARTÍNEZ', 'MRN-ANA', 'mrn-ana', '(614) 555-0101', 'ana.m@EXAMPLE.com', 'ACC-ANA', 'ana']) {
      expect(await ids({ search: q }), q).toEqual(['ana']);
    }
    // A search also finds paid accounts: the caller may be asking about one.
    expect(await ids({ search: 'Carl Paid' })).toEqual(['carl']);
    expect(await ids({ search: 'Nobody' })).toEqual([]);
    expect(await ids({ search: '50%' })).toEqual([]);
    expect(await ids({ search: 'Filler', limit: 100 })).toHaveLength(12);
    const first = await listWorklist(getDb().db, ctx, { search: 'Filler', limit: 5 });
    const second = await listWorklist(getDb().db, ctx, { search: 'Filler', limit: 5, after: first.next! });
    expect(new Set([...first.items, ...second.items].map((i) => i.accountId)).size).toBe(10);
  });

  it('records an audited read of every account shown (one row per listing statement, the accounts in it), not of the row that only tells there is a next page, across both tiers and in a search', async () => {
    const audited = async (requestId: string) =>
      (await getDb().query<{ record_id: string | null; details: { view: string; accounts: string[] } }>(`select record_id, details from audit_log where tenant_id = $1 and request_id = $2 and record_type = 'account' and action = 'read' order by id`, [tenantId, requestId])).map((r) => [r.record_id, r.details.view, r.details.accounts]);
    // Two accounts with a signal, then one of the rest: the page ends inside the second tier.
    const page = await listWorklist(getDb().db, { ...ctx, requestId: 'audit-page' }, { limit: 3 });
    expect(page.items.map((i) => i.accountId)).toEqual(['eve', 'dee', 'bob']);
    expect(page.next).not.toBeNull();
    expect(await audited('audit-page')).toEqual([[null, 'worklist', ['dee', 'eve']], [null, 'worklist', ['bob']]]);
    const found = await listWorklist(getDb().db, { ...ctx, requestId: 'audit-search' }, { search: 'Filler', limit: 5 });
    expect(found.items).toHaveLength(5);
    expect(await audited('audit-search')).toEqual([[null, 'worklist', found.items.map((i) => i.accountId).sort()]]);
    // The audit trail finds those reads by the account and by its person.
    const byRecord = await queryAuditLog(getDb().db, tenantId, { recordType: 'account', recordId: 'bob' }, { limit: 50 });
    expect(byRecord.items.filter((r) => r.requestId === 'audit-page').map((r) => r.details)).toEqual([{ view: 'worklist', accounts: ['bob'] }]);
    const [bob] = await getDb().query<{ person_id: string }>(`select person_id from accounts where tenant_id = $1 and id = 'bob'`, [tenantId]);
    const byPerson = await queryAuditLog(getDb().db, tenantId, { personId: bob!.person_id }, { limit: 50 });
    expect(byPerson.items.filter((r) => r.requestId === 'audit-page')).toHaveLength(1);
    expect((await queryAuditLog(getDb().db, tenantId, { recordId: 'no-such-account' }, { limit: 50 })).items).toEqual([]);
    expect(await audited('audit-nothing')).toEqual([]);
    await listWorklist(getDb().db, { ...ctx, requestId: 'audit-nothing' }, { search: 'Nobody' });
    expect(await audited('audit-nothing')).toEqual([]);
  });

  it('tasks: assign to me, snooze (the account drops back), complete with an outcome; twice is a conflict', async () => {
    const open = await listTasks(getDb().db, ctx);
    expect(open.items.map((t) => t.id)).toEqual(['t-callback']);
    expect(open.items[0]).toMatchObject({ kind: 'callback', personName: 'Dee Callback', accountId: 'dee', assignedToMe: false, finishedElsewhere: false });
    expect((await listTasks(getDb().db, ctx, { mine: true })).items).toEqual([]);

    await updateTask(getDb().db, ctx, 't-callback', { action: 'assign_to_me' });
    expect((await listTasks(getDb().db, ctx, { mine: true })).items.map((t) => t.id)).toEqual(['t-callback']);
    expect((await listTasks(getDb().db, ctx, { kind: 'call' })).items).toEqual([]);

    await expect(updateTask(getDb().db, ctx, 't-callback', { action: 'snooze', until: new Date('2026-11-20T00:00:00Z') })).rejects.toMatchObject({ code: 'validation_failed' });
    await updateTask(getDb().db, ctx, 't-callback', { action: 'snooze', until: new Date('2026-11-26T15:00:00Z') });
    expect((await listTasks(getDb().db, ctx)).items).toEqual([]);
    expect((await listTasks(getDb().db, ctx, { includeSnoozed: true })).items.map((t) => t.id)).toEqual(['t-callback']);
    // While snoozed the callback no longer lifts Dee above the others.
    expect((await ids()).indexOf('dee')).toBeGreaterThan((await ids()).indexOf('ana'));

    const done = await updateTask(getDb().db, ctx, 't-callback', { action: 'complete', outcome: 'Reached: promise to pay' });
    expect(done).toMatchObject({ status: 'done', outcome: 'Reached: promise to pay' });
    await expect(updateTask(getDb().db, ctx, 't-callback', { action: 'complete', outcome: 'again' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(updateTask(getDb().db, ctx, 'no-such-task', { action: 'assign_to_me' })).rejects.toBeInstanceOf(AppError);

    await task('t-dispute-2', 'ana', 'resolve_dispute', 60);
    const dispute = (await listTasks(getDb().db, ctx)).items.find((t) => t.id === 't-dispute-2')!;
    expect(dispute.finishedElsewhere).toBe(true);
    await expect(updateTask(getDb().db, ctx, 't-dispute-2', { action: 'complete', outcome: 'done' })).rejects.toMatchObject({ code: 'unprocessable' });
  });
  it('a pending promise to pay lifts the account two days before its date, so the agent can remind the patient before it breaks', async () => {
    const promise = (id: string, accountId: string, dueOn: string, status: 'pending' | 'kept' | 'broken') =>
      getDb().query(
        `insert into account_outcomes (tenant_id, id, account_id, person_id, agent_id, disposition, reached, resolved, started_at, recorded_at, handle_seconds, promise_amount_cents, promise_due_on, promise_status)
         values ($1, $2, $3, $4, 'coordinator-1', 'reached_promise', true, true, $5, $5, 60, 2000, $6::date, $7)`,
        [tenantId, id, accountId, `p-${accountId}`, '2026-11-20T15:00:00Z', dueOn, status],
      );
    // Today is 2026-11-24: due on the 26th is within two days; the 27th is not yet; a kept one never.
    await promise('o-soon', 'z05', '2026-11-26', 'pending');
    await promise('o-later', 'z06', '2026-11-27', 'pending');
    await promise('o-kept', 'z07', '2026-11-25', 'kept');
    const page = await listWorklist(getDb().db, ctx, { limit: 100 });
    const byId = new Map(page.items.map((i) => [i.accountId, i]));
    // 9 days past due (18) and $40 (4), plus 200 for the promise due soon.
    expect(byId.get('z05')).toMatchObject({ priority: 222, signals: ['promise_due'] });
    // Signalled accounts first (Ana's open dispute, Eve's missed plan), so ahead of Bob's larger balance.
    const order = page.items.map((i) => i.accountId);
    expect(order.slice(0, 3)).toEqual(['ana', 'eve', 'z05']);
    expect(order.indexOf('z05')).toBeLessThan(order.indexOf('bob'));
    expect(byId.get('z06')).toMatchObject({ priority: 20, signals: [] });
    expect(byId.get('z07')!.signals).toEqual([]);
    // Listed once, in the signal tier, and the queue still holds every account once.
    expect(page.items).toHaveLength(17);
    expect(new Set(page.items.map((i) => i.accountId)).size).toBe(17);
    // The day it is due and still unpaid it still lifts; once settled (kept) it no longer does.
    clock.set(new Date('2026-11-26T16:00:00Z'));
    expect((await listWorklist(getDb().db, ctx, { limit: 100 })).items.find((i) => i.accountId === 'z06')!.signals).toEqual(['promise_due']);
    await getDb().query(`update account_outcomes set promise_status = 'kept' where tenant_id = $1 and id = 'o-soon'`, [tenantId]);
    expect((await listWorklist(getDb().db, ctx, { limit: 100 })).items.find((i) => i.accountId === 'z05')!.signals).toEqual([]);
    clock.set(new Date('2026-11-24T16:00:00Z'));
  });

  it('callable follows the tenant’s own rule set, its newest version first', async () => {
    const bob = async () => (await listWorklist(getDb().db, ctx, { search: 'Bob Smith' })).items[0]!;
    expect(await bob()).toMatchObject({ callable: true, blockedBy: [] });
    // 11:00 in Ohio: contact hours narrowed to 12:00-20:00 make Bob not callable until noon his time.
    await saveTenantRuleSet(getDb().db, { ...ctx, actor: { kind: 'user', id: 'co-1', roles: ['compliance_officer'] } }, { version: 'late-morning-quiet', override: { 'policy.inconvenient_time': { start: '12:00', end: '20:00' } } });
    expect(await bob()).toMatchObject({ callable: false, blockedBy: ['policy_inconvenient_time'], nextCallAt: '2026-11-24T17:00:00Z' });
    clock.set(new Date('2026-11-24T16:00:01Z'));
    await saveTenantRuleSet(getDb().db, { ...ctx, actor: { kind: 'user', id: 'co-1', roles: ['compliance_officer'] } }, { version: 'shipped-hours', override: {} });
    expect(await bob()).toMatchObject({ callable: true, blockedBy: [] });
    clock.set(new Date('2026-11-24T16:00:00Z'));
  });

  it('each row’s call check, read with the page, is checkContacts’ answer: holds, consents, revocations, recent contacts, zones, preferences, deceased', async () => {
    const cipher = fieldCipher();
    const db = getDb();
    await db.query(`insert into holds (id, tenant_id, person_id, account_id, type, since, resolved_at) values
      ('cc-h1', $1, 'p-z00', null, 'bankruptcy', '2026-11-01T00:00:00Z', null),
      ('cc-h2', $1, 'p-z01', 'z01', 'dispute', '2026-11-01T00:00:00Z', null),
      ('cc-h3', $1, 'p-z02', 'z03', 'attorney', '2026-11-01T00:00:00Z', null),
      ('cc-h4', $1, 'p-z03', null, 'cease_communication', '2026-11-01T00:00:00Z', '2026-11-20T00:00:00Z')`, [tenantId]);
    await db.query(`insert into revocations (id, tenant_id, person_id, channel, received_at, means, text) values
      ('cc-r1', $1, 'p-z04', 'call', '2026-11-10T00:00:00Z', 'verbal', $2), ('cc-r2', $1, 'p-z05', 'sms', '2026-11-10T00:00:00Z', 'text', null)`, [tenantId, cipher.encrypt('please stop calling')]);
    await db.query(`insert into consents (id, tenant_id, person_id, channel, type, given_to, given_at, until) values
      ('cc-c1', $1, 'p-z06', 'call', 'prior_express', 'creditor', '2026-06-01T00:00:00Z', null), ('cc-c2', $1, 'p-z07', 'call', 'call_window', 'collector', '2026-06-01T00:00:00Z', '2026-12-01T00:00:00Z')`, [tenantId]);
    for (let k = 0; k < 8; k++) {
      await db.query(`insert into communications (id, tenant_id, person_id, account_id, direction, channel, status, at, reasons, outcome) values ($1, $2, 'p-z08', $3, 'outbound', $4, $5, $6, '{}', $7)`, [
        `cc-m${k}`, tenantId, k % 3 ? 'z08' : null, k % 4 === 3 ? 'sms' : 'call', k === 5 ? 'blocked' : 'sent', new Date(Date.parse('2026-11-24T15:00:00Z') - k * 17 * 3_600_000), k % 2 ? 'no_answer' : 'conversation',
      ]);
    }
    await db.query(`update persons set deceased = true where id = 'p-z09'`);
    await db.query(`update persons set extra_time_zones = '{America/Los_Angeles}' where id = 'p-z10'`);
    await db.query(`update persons set preferences = '{"inconvenientTimes": [{"from": "10:00", "to": "12:00"}]}' where id = 'p-z11'`);
    await db.query(`update contact_points set use = 'work' where person_id = 'p-bob'`);
    try {
      for (const at of ['2026-11-24T16:00:00Z', '2026-11-25T01:30:00Z', '2026-11-24T13:30:00Z']) {
        clock.set(new Date(at));
        for (const page of [await listWorklist(db.db, ctx, { limit: 100 }), await listWorklist(db.db, ctx, { search: 'Filler' }), await listWorklist(db.db, ctx, { limit: 3 })]) {
          const checks = await checkContacts(db.db, ctx, page.items.map((i) => i.accountId), 'call', clock.now());
          expect(page.items.length).toBeGreaterThan(0);
          for (const item of page.items) {
            const c = checks.get(item.accountId)!;
            expect({ id: item.accountId, callable: item.callable, blockedBy: item.blockedBy, nextCallAt: item.nextCallAt }).toEqual({
              id: item.accountId,
              callable: c.allowed,
              blockedBy: c.allowed ? [] : c.reasons,
              nextCallAt: c.allowed ? null : c.earliestAllowedAt,
            });
          }
        }
      }
      // The fixtures block some of them, for more than one reason.
      clock.set(new Date('2026-11-24T16:00:00Z'));
      const blocked = (await listWorklist(db.db, ctx, { search: 'Filler' })).items.filter((i) => !i.callable).map((i) => i.accountId);
      expect(blocked).toEqual(expect.arrayContaining(['z00', 'z01', 'z04', 'z09']));
    } finally {
      clock.set(new Date('2026-11-24T16:00:00Z'));
      for (const table of ['holds', 'revocations', 'consents', 'communications']) await db.query(`delete from ${table} where id like 'cc-%'`);
      await db.query(`update persons set deceased = false, extra_time_zones = '{}', preferences = '{}' where id in ('p-z09', 'p-z10', 'p-z11')`);
      await db.query(`update contact_points set use = 'mobile' where person_id = 'p-bob'`);
    }
  });

  it('a search capped at N accounts reads on past people who hold no account until it has N', async () => {
    // Two people named Hollow without an account come first (in the table and by id), then three
    // with one each.
    const cipher = fieldCipher();
    for (const [i, given] of ['Ida', 'Ivo'].entries()) {
      const idx = personBlindIndexes({ givenName: given, familyName: 'Hollow' });
      await getDb().query(
        `insert into persons (id, tenant_id, external_ref, given_name, family_name, name_bidx, family_bidx, language, time_zone, state) values ($1, $2, $3, $4, $5, $6, $7, 'en', 'America/New_York', 'OH')`,
        [`p-a-hollow-${i}`, tenantId, `MRN-HOLLOW-${i}`, cipher.encrypt(given), cipher.encrypt('Hollow'), idx.nameBidx, idx.familyBidx],
      );
    }
    for (const id of ['h1', 'h2', 'h3']) await account({ id, given: `Hal${id}`, family: 'Hollow', dueOn: '2026-11-15', dueCents: 2_000 });
    expect((await findAccountIdsMatching(getDb().db, tenantId, 'Hollow', 3)).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(await findAccountIdsMatching(getDb().db, tenantId, 'Hollow', 2)).toHaveLength(2);
    expect(await ids({ search: 'Hollow' })).toHaveLength(3);
  });
});
