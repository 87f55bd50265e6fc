import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { statementVerifyCode } from '../../modules/ledger/index.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

describeDb('worklist and tasks over HTTP: permissions shown are the permissions enforced', (getDb) => {
  let t: TestApp;
  let coordinator: string;
  let access: string;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 6 });
    coordinator = await t.signIn('coordinator@riverbend.example');
    access = await t.signIn('access@riverbend.example');
  });

  it('/me lists what the role may do, and the API refuses exactly what is not listed', async () => {
    const me = (cookie: string) => t.app.inject({ url: '/api/v1/me', headers: { cookie } }).then((r) => r.json() as { permissions: string[] });
    const c = await me(coordinator);
    expect(c.permissions).toEqual(expect.arrayContaining(['worklist.use', 'tasks.work', 'accounts.read']));
    expect(c.permissions).not.toContain('users.manage');
    const a = await me(access);
    expect(a.permissions).toContain('frontdesk.checkin');
    expect(a.permissions).not.toContain('worklist.use');
    expect(a.permissions).not.toContain('tasks.work');

    expect((await t.app.inject({ url: '/api/v1/worklist', headers: { cookie: access } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/tasks', headers: { cookie: access } })).statusCode).toBe(403);
    const ok = await t.app.inject({ url: '/api/v1/worklist?limit=5', headers: { cookie: coordinator } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toMatch(/no-store/);
    for (const item of (ok.json() as { items: Array<{ patientDueCents: number }> }).items) expect(item.patientDueCents).toBeGreaterThan(0);
  });

  it('bad input names the field', async () => {
    const cursor = await t.app.inject({ url: '/api/v1/worklist?after=garbage', headers: { cookie: coordinator } });
    expect(cursor.statusCode).toBe(400);
    expect(cursor.body).toContain('after');
    const aging = await t.app.inject({ url: '/api/v1/worklist?aging=old', headers: { cookie: coordinator } });
    expect(aging.statusCode).toBe(400);
    expect(aging.body).toContain('aging');
    const snooze = await t.app.inject({ method: 'POST', url: '/api/v1/tasks/any', headers: { cookie: coordinator }, payload: { action: 'snooze', until: 'tomorrow' } });
    expect(snooze.statusCode).toBe(400);
    expect(snooze.body).toContain('until');
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/tasks/no-such-task', headers: { cookie: coordinator }, payload: { action: 'assign_to_me' } });
    expect(missing.statusCode).toBe(404);
  });

  it('the account 360, outcomes, FCR, teams and views: each refused to a role without it, and bad input names the field', async () => {
    const top = ((await t.app.inject({ url: '/api/v1/worklist?limit=1', headers: { cookie: coordinator } })).json() as { items: Array<{ accountId: string }> }).items[0]!;
    const view = await t.app.inject({ url: `/api/v1/workspace/accounts/${top.accountId}`, headers: { cookie: coordinator } });
    expect(view.statusCode).toBe(200);
    expect(view.headers['cache-control']).toMatch(/no-store/);
    expect(Object.keys(view.json())).toEqual(expect.arrayContaining(['person', 'coverages', 'visits', 'entries', 'payments', 'refunds', 'plan', 'assistance', 'communications', 'conversations', 'outcomes', 'tasks', 'disputes', 'dispositions', 'callNow']));
    expect((await t.app.inject({ url: `/api/v1/workspace/accounts/${top.accountId}`, headers: { cookie: access } })).statusCode).toBe(403);
    // The compliance officer opens the same account to review it; the audit says why.
    const officer = await t.signIn('compliance@riverbend.example');
    const review = await t.app.inject({ url: `/api/v1/workspace/accounts/${top.accountId}`, headers: { cookie: officer } });
    expect(review.statusCode).toBe(200);
    const purposes = await getDb().query<{ purpose: string }>(
      `select distinct purpose from audit_log where request_id = $1 and action = 'read'`, [review.headers['x-request-id']],
    );
    expect(purposes.map((r) => r.purpose)).toEqual(['compliance_review']);
    // One read and one audit row for it, naming the person and every part the view covers (the
    // statement with its accounts), and the statement's verify code.
    const recorded = await getDb().query<{ record_type: string; record_id: string; details: Record<string, unknown> }>(`select record_type, record_id, details from audit_log where request_id = $1`, [review.headers['x-request-id']]);
    const personId = (review.json() as { account: { personId: string } }).account.personId;
    const visits = (review.json() as { visits: Array<{ accountId: string }> }).visits.map((v) => v.accountId).sort();
    expect(visits).toContain(top.accountId);
    expect(recorded).toEqual([{
      record_type: 'account',
      record_id: top.accountId,
      details: {
        view: '360', personId, sections: ['account', 'person', 'conversation_list', 'person_sentiment', 'dispute', 'coverage', 'statement'],
        conversations: expect.any(Number), disputes: expect.any(Number), coverages: expect.any(Number), accounts: expect.arrayContaining(visits),
      },
    }]);
    expect((recorded[0]!.details.accounts as string[]).slice().sort()).toEqual(visits);
    const today = t.clock.now().toISOString().slice(0, 10);
    expect(await getDb().query('select code from statement_codes where person_id = $1 and statement_date = $2', [personId, today])).toEqual([{ code: statementVerifyCode(personId, today) }]);
    // The same follows every read that serves several roles: the account list, the account, its plan, payments and scores.
    const purposeOf = async (url: string, cookie: string) => {
      const res = await t.app.inject({ url, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      const rows = await getDb().query<{ purpose: string }>(`select distinct purpose from audit_log where request_id = $1 and action = 'read'`, [res.headers['x-request-id']]);
      return rows.map((r) => r.purpose);
    };
    const billing = await t.signIn('billing@riverbend.example');
    expect(await purposeOf(`/api/v1/accounts?limit=5`, officer)).toEqual(['compliance_review']);
    expect(await purposeOf(`/api/v1/accounts?limit=5`, coordinator)).toEqual(['collections']);
    expect(await purposeOf(`/api/v1/accounts?limit=5`, access)).toEqual(['payment']);
    expect(await purposeOf(`/api/v1/accounts/${top.accountId}`, billing)).toEqual(['operations']);
    expect(await purposeOf(`/api/v1/accounts/${top.accountId}/scores`, officer)).toEqual(['compliance_review']);
    const missing = await t.app.inject({ url: '/api/v1/workspace/accounts/no-such-account', headers: { cookie: coordinator } });
    expect(missing.statusCode).toBe(404);
    expect(await getDb().query(`select record_type from audit_log where request_id = $1`, [missing.headers['x-request-id']])).toEqual([]);

    const outcome = (payload: Record<string, unknown>, cookie = coordinator) => t.app.inject({ method: 'POST', url: `/api/v1/workspace/accounts/${top.accountId}/outcomes`, headers: { cookie }, payload: { startedAt: new Date(t.clock.now().getTime() - 60_000).toISOString(), called: false, ...payload } });
    expect((await outcome({ disposition: 'no_answer' }, access)).statusCode).toBe(403);
    const noDate = await outcome({ disposition: 'reached_promise' });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.body).toContain('promise');
    const saved = await outcome({ disposition: 'reached_other', note: 'Asked about the itemized bill' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ disposition: 'reached_other', reached: true, resolved: false, handleSeconds: 60, call: null });

    const day = t.clock.now().toISOString().slice(0, 10);
    const fcr = await t.app.inject({ url: `/api/v1/workspace/fcr?from=${day}&to=${day}`, headers: { cookie: coordinator } });
    expect(fcr.statusCode).toBe(200);
    expect(fcr.json().total).toMatchObject({ firstContacts: 1, resolvedFirstTime: 0, outcomes: 1 });
    expect((await t.app.inject({ url: `/api/v1/workspace/fcr?from=${day}&to=${day}`, headers: { cookie: access } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/v1/workspace/fcr?from=yesterday&to=${day}`, headers: { cookie: coordinator } })).body).toContain('from');
    // Without dates: the 30 days up to today by the server's clock, whatever the browser's date is.
    const recent = (await t.app.inject({ url: '/api/v1/workspace/fcr', headers: { cookie: coordinator } })).json();
    const dayAfter = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
    expect([recent.from, recent.to]).toEqual([new Date(dayAfter.getTime() - 30 * 86_400_000).toISOString(), dayAfter.toISOString()]);
    expect(recent.total).toMatchObject({ outcomes: 1 });

    const counselor = await t.signIn('counselor@riverbend.example');
    // Counselors work the queues; coordinators and admins manage the teams.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/workspace/teams', headers: { cookie: counselor }, payload: { name: 'Nights', memberIds: [] } })).statusCode).toBe(403);
    const team = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/teams', headers: { cookie: coordinator }, payload: { name: 'Nights', memberIds: ['not-a-user'] } });
    expect(team.statusCode).toBe(400);
    expect(team.body).toContain('memberIds[0]');
    const views = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/views', headers: { cookie: counselor }, payload: { name: 'Big balances', filters: { minBalanceCents: 100_000 } } });
    expect(views.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/workspace/views', headers: { cookie: coordinator } })).json().items).toEqual([]);
    const unknownFilter = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/views', headers: { cookie: counselor }, payload: { name: 'x', filters: { sql: 'drop' } } });
    expect(unknownFilter.statusCode).toBe(400);
  });
});
