import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

describeDb('disputes over HTTP: who may record, resolve, release and export', (getDb) => {
  let t: TestApp;
  let accountId: string;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 4 });
    for (const who of ['coordinator', 'billing', 'compliance']) cookies[who] = await t.signIn(`${who}@riverbend.example`);
    const list = (await t.app.inject({ url: '/api/v1/accounts?limit=50', headers: { cookie: cookies.coordinator } })).json() as { items: Array<{ id: string; patientDueCents: number }> };
    accountId = list.items.find((a) => a.patientDueCents > 0)!.id;
  });

  it('an agent records a dispute from a call; only billing resolves it; the queue and the export show it', async () => {
    const bad = await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${accountId}/disputes`, headers: { cookie: cookies.coordinator }, payload: { category: 'nonsense', description: 'x' } });
    expect(bad.statusCode).toBe(400);
    const rec = await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${accountId}/disputes`, headers: { cookie: cookies.coordinator }, payload: { category: 'amount', description: 'The patient says the charge is too high' } });
    expect(rec.statusCode).toBe(200);
    const { disputeId } = rec.json() as { disputeId: string };
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/disputes/${disputeId}/resolve`, headers: { cookie: cookies.coordinator }, payload: { resolution: 'verified', note: 'looks right' } })).statusCode).toBe(403);
    const queue = (await t.app.inject({ url: '/api/v1/disputes?status=open', headers: { cookie: cookies.compliance } })).json() as { items: Array<{ id: string; status: string }> };
    expect(queue.items.map((d) => d.id)).toContain(disputeId);
    const ok = await t.app.inject({ method: 'POST', url: `/api/v1/disputes/${disputeId}/resolve`, headers: { cookie: cookies.billing }, payload: { resolution: 'verified', note: 'matches the claim and the remittance' } });
    expect(ok.statusCode).toBe(200);
    const pdf = await t.app.inject({ url: `/api/v1/disputes/${disputeId}/letter?language=es`, headers: { cookie: cookies.compliance } });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await t.app.inject({ url: '/api/v1/disputes?format=csv', headers: { cookie: cookies.compliance } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\n')[0]).toBe('id,accountRef,accountId,status,source,category,receivedAt,dueAt,ageDays,overdue,resolution,resolvedAt,letterMailedAt,collectionResumedAt,description');
    expect(csv.body).toContain(`"${disputeId}"`);
  });

  it('only the compliance officer releases an attorney hold, with a reason', async () => {
    const [acct] = await getDb().query<{ person_id: string; tenant_id: string }>(`select person_id, tenant_id from accounts where id = $1`, [accountId]);
    await getDb().query(`insert into holds (id, tenant_id, person_id, type, since, reason, created_by) values ('http-att', $1, $2, 'attorney', now(), 'call', 'u')`, [acct!.tenant_id, acct!.person_id]);
    const payload = { reason: 'Attorney confirmed in writing they withdrew' };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/holds/http-att/release', headers: { cookie: cookies.billing }, payload })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/holds/http-att/release', headers: { cookie: cookies.compliance }, payload: { reason: 'no' } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/holds/http-att/release', headers: { cookie: cookies.compliance }, payload })).statusCode).toBe(200);
    const holds = (await t.app.inject({ url: `/api/v1/persons/${acct!.person_id}/holds`, headers: { cookie: cookies.compliance } })).json() as { items: Array<{ id: string; releaseReason: string | null }> };
    expect(holds.items.find((h) => h.id === 'http-att')!.releaseReason).toBe(payload.reason);
  });
});
