import { expect, it } from 'vitest';
import { decryptContactValue } from '../../src/modules/people/index.js';
import { ManualClock } from '../../src/platform/clock/index.js';
import { describeDb } from '../../src/platform/db/testing.js';
import { seedDemoTenant } from '../../src/modules/simulation/index.js';
import { runSimulatedCycle } from '../../src/modules/outreach/index.js';
import { lazyEvaluate, simulationChannels } from '../../src/server/delivery.js';
import { createTestApp, type TestApp } from '../../src/server/http/testing.js';
import { twilioSignature } from '../../src/modules/outreach/index.js';

const TWILIO_TOKEN = 'test-twilio-auth-token';
/** A form post signed as Twilio signs it (the URL is the configured public URL plus the path). */
async function signedForm(path: string, fields: Record<string, string>) {
  return {
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': await twilioSignature(TWILIO_TOKEN, `http://localhost:3000${path}`, fields) },
    payload: new URLSearchParams(fields).toString(),
  };
}

const NOW = '2026-03-02T15:00:00Z';

describeDb('outreach over HTTP', (getDb) => {
  let t: TestApp;
  let officer: string;

  it('shows the compliance officer every contact and why blocked ones were blocked; the dev inbox shows what was sent', async () => {
    const database = getDb();
    await seedDemoTenant(database.db, new ManualClock(NOW));
    await runSimulatedCycle({ database, from: new Date(NOW), until: new Date(NOW), everyMs: 3_600_000, publicUrl: 'http://localhost:3000', channels: simulationChannels(), evaluate: lazyEvaluate });
    t = await createTestApp(database, { now: NOW, sms: { authToken: TWILIO_TOKEN } });
    officer = await t.signIn('compliance@riverbend.example');
    const log = await t.app.inject({ method: 'GET', url: '/api/v1/outreach/communications?limit=500', headers: { cookie: officer } });
    expect(log.statusCode).toBe(200);
    const items = log.json().items as Array<{ status: string; reasons: string[]; journey: string }>;
    expect(items.length).toBeGreaterThan(10);
    for (const c of items.filter((i) => i.status === 'blocked')) expect(c.reasons.length).toBeGreaterThan(0);
    const inbox = await t.app.inject({ method: 'GET', url: '/api/v1/outreach/inbox', headers: { cookie: officer } });
    expect(inbox.statusCode).toBe(200);
    expect((inbox.json().items as unknown[]).length).toBeGreaterThan(5);
    const access = await t.signIn('access@riverbend.example');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/outreach/communications', headers: { cookie: access } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/outreach/communications' })).statusCode).toBe(401);
  });

  it('verifies a genuine message by its code without revealing anything about the person', async () => {
    const [sent] = await getDb().query<{ verify_code: string }>(`select verify_code from communications where status = 'sent' and verify_code is not null limit 1`);
    const ok = await t.app.inject({ method: 'GET', url: `/api/v1/outreach/verify/${sent!.verify_code.toLowerCase()}` });
    expect(ok.json()).toEqual({ genuine: true, organization: 'Riverbend Community Hospital', channel: expect.any(String), sentOn: '2026-03-02' });
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/outreach/verify/ZZZZZ9' });
    expect(bad.json()).toEqual({ genuine: false });
  });

  it('takes a Twilio-style inbound STOP: records the opt-out at once and queues one confirmation', async () => {
    const database = getDb();
    const [p] = await database.query<{ person_id: string; value: string }>(
      `select cp.person_id, cp.value from contact_points cp join consents c on c.person_id = cp.person_id and c.channel = 'sms'
       where cp.system = 'phone' and cp.use = 'mobile' order by cp.person_id limit 1`,
    );
    p!.value = decryptContactValue(p!.value);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/inbound/sms', ...(await signedForm('/api/v1/outreach/inbound/sms', { From: p!.value, To: '+15005550006', Body: 'Stop', MessageSid: 'SMin1' })) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/xml/);
    const revs = await database.query<{ channel: string; means: string }>('select channel, means from revocations where person_id = $1', [p!.person_id]);
    expect(revs).toEqual([{ channel: 'sms', means: 'sms_reply' }]);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/inbound/sms', ...(await signedForm('/api/v1/outreach/inbound/sms', { From: p!.value, Body: 'STOP', MessageSid: 'SMin2' })) });
    expect(again.statusCode).toBe(200);
    const confirmations = await database.query<{ n: number }>(`select count(*)::int as n from communications where person_id = $1 and purpose = 'opt_out_confirmation'`, [p!.person_id]);
    expect(confirmations[0]!.n).toBe(1);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/inbound/sms', ...(await signedForm('/api/v1/outreach/inbound/sms', { Body: 'hi' })) });
    expect(bad.statusCode).toBe(400);
  });

  it('applies SMS delivery receipts by provider id, only moving forward', async () => {
    const database = getDb();
    const [c] = await database.query<{ id: string }>(`select id from communications where direction = 'outbound' and status = 'sent' and channel in ('sms', 'email') limit 1`);
    await database.query(`update communications set status = 'sent', external_id = 'SMx1' where id = $1`, [c!.id]);
    const post = async (status: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/outreach/sms/status', ...(await signedForm('/api/v1/outreach/sms/status', { MessageSid: 'SMx1', MessageStatus: status })) });
    expect((await post('delivered')).statusCode).toBe(204);
    expect((await post('sent')).statusCode).toBe(204);
    const [after] = await database.query<{ status: string }>('select status from communications where id = $1', [c!.id]);
    expect(after!.status).toBe('delivered');
  });

  it('renders a letter batch as a PDF and lists agent call tasks with their compliance window', async () => {
    const batches = await t.app.inject({ method: 'GET', url: '/api/v1/outreach/letter-batches', headers: { cookie: officer } });
    const list = batches.json().items as Array<{ id: string; letters: number }>;
    expect(list.length).toBeGreaterThan(0);
    const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/outreach/letter-batches/${list[0]!.id}/pdf`, headers: { cookie: officer } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const journeys = await t.app.inject({ method: 'GET', url: '/api/v1/outreach/journeys', headers: { cookie: officer } });
    expect((journeys.json().items as Array<{ id: string }>).map((j) => j.id)).toContain('self-pay-standard');
  });

  it("answers the summary, an account's journey state, agent tasks and a pass in their documented shapes", async () => {
    const admin = await t.signIn('admin@riverbend.example');
    const summary = await t.app.inject({ method: 'GET', url: '/api/v1/outreach/summary', headers: { cookie: officer } });
    expect(summary.statusCode).toBe(200);
    const counts = summary.json() as { byStatus: Array<{ status: string; n: number }>; journeyStates: unknown[] };
    expect(counts.byStatus.reduce((a, b) => a + b.n, 0)).toBeGreaterThan(10);
    const [state] = await getDb().query<{ account_id: string; journey: string | null }>('select account_id, journey from journey_states where journey is not null order by account_id limit 1');
    const journey = await t.app.inject({ method: 'GET', url: `/api/v1/outreach/accounts/${state!.account_id}/journey`, headers: { cookie: admin } });
    expect(journey.statusCode).toBe(200);
    expect(journey.json()).toMatchObject({ accountId: state!.account_id, journey: state!.journey, totalAttempts: expect.any(Number), history: expect.any(Array) });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/outreach/accounts/no-such-account/journey', headers: { cookie: admin } })).statusCode).toBe(404);
    const tasks = await t.app.inject({ method: 'GET', url: '/api/v1/outreach/tasks?kind=call', headers: { cookie: admin } });
    expect(tasks.statusCode).toBe(200);
    for (const k of tasks.json().items as Array<{ kind: string; personName: string | null }>) expect(k.kind).toBe('call');
    const pass = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/pass', headers: { cookie: admin } });
    expect(pass.statusCode).toBe(200);
    expect(pass.json()).toMatchObject({ evaluated: expect.any(Number), sent: expect.any(Object), blocked: expect.any(Object) });
  });
});
