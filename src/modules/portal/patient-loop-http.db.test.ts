import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTestApp, type TestApp } from '../../server/http/testing.js';
import { insertMessageLinks, newLinkCode } from '../payments/index.js';
import { payableAccounts, type PayableAccount } from '../payments/testing.js';

// The patient's way in and way back over the real HTTP app: a message's short link, the public
// verify page for statement and call codes, "I already paid" / "this isn't mine", preferences,
// and the survey with its follow-up for a low score.
describeDb('the patient loop over HTTP', (getDb) => {
  let t: TestApp;
  let accts: PayableAccount[];
  let staff: string;
  let ip = 0;
  const from = () => `10.2.0.${++ip}`;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    accts = await payableAccounts(getDb(), t.clock);
    staff = await t.signIn('coordinator@riverbend.example');
  });

  /** A message to the account's holder with its link, as the orchestration pass records them. */
  async function messageLink(a: PayableAccount, communicationId: string, channel = 'email'): Promise<string> {
    const code = newLinkCode();
    await insertMessageLinks(getDb().db, { tenantId: a.tenantId, rows: [{ communicationId, personId: a.personId, accountId: a.accountId, channel, code }], now: t.clock.now() });
    return code;
  }

  async function open(code: string): Promise<string> {
    const r = await t.app.inject({ url: `/api/v1/portal/short-links/${code}`, remoteAddress: from() });
    expect(r.statusCode).toBe(200);
    expect(r.json().state).toBe('open');
    return r.json().token;
  }

  async function verified(a: PayableAccount, token: string): Promise<Record<string, string>> {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: { dateOfBirth: a.birthDate, zip: a.postalCode }, remoteAddress: from() });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kindly_portal')!;
    return { 'x-portal-link': token, cookie: `kindly_portal=${cookie.value}` };
  }

  it("opens a message's short link into the same identity check, and stops opening once revoked", async () => {
    const a = accts[0]!;
    const code = await messageLink(a, 'comm-loop-1');
    const token = await open(code.toLowerCase());
    const link = await t.app.inject({ url: '/api/v1/portal/link', headers: { 'x-portal-link': token } });
    expect(link.json()).toMatchObject({ verified: false, actions: expect.arrayContaining(['pay', 'preferences', 'survey']) });
    expect((await t.app.inject({ url: '/api/v1/portal/summary', headers: { 'x-portal-link': token } })).statusCode).toBe(401);
    const revoke = await t.app.inject({ method: 'POST', url: `/api/v1/payment-links/m${code}/revoke`, headers: { cookie: staff }, payload: { reason: 'test' } });
    expect(revoke.statusCode).toBe(200);
    const again = await t.app.inject({ url: `/api/v1/portal/short-links/${code}`, remoteAddress: from() });
    expect(again.json()).toEqual({ state: 'revoked', tenantName: 'Riverbend Community Hospital' });
    expect((await t.app.inject({ url: '/api/v1/portal/short-links/not-a-code', remoteAddress: from() })).statusCode).toBe(404);
  });

  it("confirms a statement's own code, a call's code and a message's code on the public verify route, and nothing else", async () => {
    const a = accts[1]!;
    const h = await verified(a, await open(await messageLink(a, 'comm-loop-2')));
    const summary = (await t.app.inject({ url: '/api/v1/portal/summary?language=es', headers: h })).json();
    // The Spanish statement is Spanish through and through.
    expect(summary.statementHtml).not.toContain('Monday to Friday');
    expect(summary.statementHtml).toContain('lunes a viernes');
    const statementCode = summary.statement.verifyCode as string;
    const genuine = await t.app.inject({ url: `/api/v1/verify/${statementCode.toLowerCase()}`, remoteAddress: from() });
    expect(genuine.json()).toEqual({ genuine: true, organization: 'Riverbend Community Hospital', channel: 'statement', sentOn: t.clock.now().toISOString().slice(0, 10) });
    expect(genuine.body).not.toContain(a.familyName);
    // A call on the worklist (queued until the agent records it) is genuine while they are on the phone.
    await getDb().query(
      `insert into communications (id, tenant_id, person_id, account_id, direction, channel, status, at, reasons, verify_code) values ('comm-call-1', $1, $2, $3, 'outbound', 'call', 'queued', $4, '{}', 'K7M2PQ')`,
      [a.tenantId, a.personId, a.accountId, t.clock.now()],
    );
    expect((await t.app.inject({ url: '/api/v1/verify/K7M2PQ', remoteAddress: from() })).json()).toMatchObject({ genuine: true, channel: 'call' });
    expect((await t.app.inject({ url: '/api/v1/verify/ZZZZZZ', remoteAddress: from() })).json()).toEqual({ genuine: false });
  });

  it('opens the right review for "I already paid" and "this isn\'t mine", once each, with a kind answer', async () => {
    const a = accts[2]!;
    const token = await open(await messageLink(a, 'comm-loop-3'));
    // "This isn't mine" needs no identity check: the person who got it may not be able to pass one.
    const notMine = await t.app.inject({ method: 'POST', url: '/api/v1/portal/reviews', headers: { 'x-portal-link': token, 'x-portal-language': 'es' }, payload: { kind: 'not_mine' } });
    expect(notMine.statusCode).toBe(200);
    expect(notMine.json()).toMatchObject({ created: true, message: expect.stringMatching(/^Gracias por avisarnos/) });
    const h = await verified(a, token);
    const paid = await t.app.inject({ method: 'POST', url: '/api/v1/portal/reviews', headers: h, payload: { kind: 'already_paid', note: 'Paid by phone on the 3rd' } });
    expect(paid.json()).toMatchObject({ created: true, message: expect.stringContaining('You do not need to pay again') });
    const twice = await t.app.inject({ method: 'POST', url: '/api/v1/portal/reviews', headers: h, payload: { kind: 'already_paid' } });
    expect(twice.json().created).toBe(false);
    const tasks = await getDb().query<{ kind: string; status: string; detail: { source: string; verified: boolean } }>(`select kind, status, detail from agent_tasks where account_id = $1 and kind in ('verify_payment', 'review_wrong_person') order by kind`, [a.accountId]);
    expect(tasks.map((x) => [x.kind, x.status, x.detail.source, x.detail.verified])).toEqual([
      ['review_wrong_person', 'open', 'portal', false],
      ['verify_payment', 'open', 'portal', true],
    ]);
  });

  it('saves channel, time of day, language and paperless, and stops texts in one tap', async () => {
    const a = accts[3]!;
    const h = await verified(a, await open(await messageLink(a, 'comm-loop-4')));
    const saved = await t.app.inject({ method: 'PUT', url: '/api/v1/portal/preferences', headers: h, payload: { channel: 'email', timeOfDay: 'evening', language: 'es', paperless: true } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ channel: 'email', timeOfDay: 'evening', language: 'es', paperless: true, stopped: [] });
    const bad = await t.app.inject({ method: 'PUT', url: '/api/v1/portal/preferences', headers: h, payload: { timeOfDay: 'midnight' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('timeOfDay');
    const stopped = await t.app.inject({ method: 'POST', url: '/api/v1/portal/preferences/stop', headers: h, payload: { channel: 'sms' } });
    expect(stopped.json().stopped).toEqual(['sms']);
    const [p] = await getDb().query<{ preferences: Record<string, unknown>; language: string }>(`select preferences, language from persons where id = $1`, [a.personId]);
    expect(p).toMatchObject({ preferences: { channel: 'email', sendHour: 17, paperless: true }, language: 'es' });
    const [rev] = await getDb().query<{ channel: string; means: string }>(`select channel, means from revocations where person_id = $1`, [a.personId]);
    expect(rev).toEqual({ channel: 'sms', means: 'portal' });
    // Without the identity check, nothing.
    expect((await t.app.inject({ url: '/api/v1/portal/preferences', headers: { 'x-portal-link': h['x-portal-link']! } })).statusCode).toBe(401);
  });

  it('stores a survey answer per interaction, shows it on the account and in analytics, and follows up a low score once', async () => {
    const a = accts[4]!;
    const code = await messageLink(a, 'comm-loop-5');
    const s = await t.app.inject({ url: `/api/v1/portal/surveys/${code}`, remoteAddress: from() });
    expect(s.json()).toEqual({ tenantName: 'Riverbend Community Hospital', score: null });
    const outOfRange = await t.app.inject({ method: 'POST', url: `/api/v1/portal/surveys/${code}`, payload: { score: 6 }, remoteAddress: from() });
    expect(outOfRange.statusCode).toBe(400);
    const low = await t.app.inject({ method: 'POST', url: `/api/v1/portal/surveys/${code}`, payload: { score: 2, comment: 'Hard to reach anyone', language: 'es' }, remoteAddress: from() });
    expect(low.json()).toMatchObject({ score: 2, followUp: true });
    // Answering again replaces the answer; the follow-up task is not doubled.
    await t.app.inject({ method: 'POST', url: `/api/v1/portal/surveys/${code}`, payload: { score: 1 }, remoteAddress: from() });
    const tasks = await getDb().query<{ kind: string }>(`select kind from agent_tasks where account_id = $1 and kind = 'csat_followup'`, [a.accountId]);
    expect(tasks).toHaveLength(1);
    const happy = await messageLink(a, 'comm-loop-6');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/portal/surveys/${happy}`, payload: { score: 5 }, remoteAddress: from() })).json()).toMatchObject({ followUp: false });
    const onAccount = await t.app.inject({ url: `/api/v1/accounts/${a.accountId}/csat`, headers: { cookie: staff } });
    expect(onAccount.json().responses.map((r: { score: number; communicationId: string }) => [r.communicationId, r.score]).sort()).toEqual([
      ['comm-loop-5', 1],
      ['comm-loop-6', 5],
    ]);
    const day = t.clock.now().toISOString().slice(0, 10);
    const analytics = await t.app.inject({ url: `/api/v1/analytics/csat?from=${day}&to=${day}`, headers: { cookie: staff } });
    expect(analytics.json()).toEqual({ responses: 2, average: 3, distribution: { '1': 1, '2': 0, '3': 0, '4': 0, '5': 1 } });
    expect(analytics.body).not.toContain('Hard to reach');
  });
});
