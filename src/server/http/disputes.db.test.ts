import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { decryptContactValue } from '../../modules/people/index.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import type { DisputeList, DisputeView } from './contracts/disputes.js';
import { createTestApp, type TestApp } from './testing.js';

describeDb('disputes over HTTP: who may record, resolve, release and export', (getDb) => {
  let t: TestApp;
  let accountId: string;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 4 });
    for (const who of ['coordinator', 'billing', 'compliance', 'admin']) cookies[who] = await t.signIn(`${who}@riverbend.example`);
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
    expect(ok.json()).toMatchObject({ disputeId, resolution: 'verified', letterMailedAt: expect.any(String) });
    const one = (await t.app.inject({ url: `/api/v1/disputes/${disputeId}`, headers: { cookie: cookies.billing } })).json() as DisputeView;
    expect(one).toMatchObject({ id: disputeId, status: 'resolved', resolution: 'verified', resolutionNote: 'matches the claim and the remittance' });
    const onAccount = (await t.app.inject({ url: `/api/v1/accounts/${accountId}/disputes`, headers: { cookie: cookies.coordinator } })).json() as DisputeList;
    expect(onAccount.items.map((d) => d.id)).toContain(disputeId);
    // The account page reads the same disputes in its own statement; its one audit row (the view's)
    // names the disputes among the sections it showed, with their count.
    const page = await t.app.inject({ url: `/api/v1/workspace/accounts/${accountId}`, headers: { cookie: cookies.coordinator } });
    expect(page.json().disputes).toEqual(onAccount.items);
    const audited = await getDb().query<{ record_type: string; record_id: string; details: { sections: string[]; disputes: number } }>(`select record_type, record_id, details from audit_log where request_id = $1`, [page.headers['x-request-id']]);
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ record_type: 'account', record_id: accountId, details: { disputes: onAccount.items.length } });
    expect(audited[0]!.details.sections).toContain('dispute');
    const pdf = await t.app.inject({ url: `/api/v1/disputes/${disputeId}/letter?language=es`, headers: { cookie: cookies.compliance } });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await t.app.inject({ url: '/api/v1/disputes?format=csv', headers: { cookie: cookies.compliance } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\n')[0]).toBe('id,accountRef,accountId,status,source,category,receivedAt,dueAt,ageDays,overdue,resolution,resolvedAt,letterMailedAt,collectionResumedAt,description');
    expect(csv.body).toContain(`"${disputeId}"`);
  });

  it('a reply that disputes the debt, once a person confirms it, becomes a dispute with billing\'s task and an acknowledgement', async () => {
    const database = getDb();
    const [p] = await database.query<{ person_id: string; value: string }>(
      `select cp.person_id, cp.value from contact_points cp join accounts a on a.person_id = cp.person_id and a.patient_due_cents > 0
       where cp.system = 'phone' and a.id <> $1 order by cp.person_id limit 1`,
      [accountId],
    );
    // The sandbox SMS channel: the reply comes in through the dev inbox's staff route (the provider's
    // webhook refuses unsigned posts), and takes effect exactly as a provider's would.
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/sandbox/sms-replies', headers: { cookie: cookies.admin }, payload: { from: decryptContactValue(p!.value), body: 'I dispute this bill, the amount is wrong' } });
    expect(res.statusCode).toBe(200);
    // Free text is a proposal: outreach pauses at once, and the dispute waits for a person.
    const [review] = await database.query<{ id: string; intent: string; status: string }>('select id, intent, status from intent_reviews where person_id = $1 order by created_at, id', [p!.person_id]);
    expect(review).toMatchObject({ intent: 'dispute', status: 'proposed' });
    expect(await database.query('select id from disputes where person_id = $1', [p!.person_id])).toEqual([]);
    const decided = await t.app.inject({ method: 'POST', url: `/api/v1/intent-reviews/${review!.id}/decision`, headers: { cookie: cookies.coordinator }, payload: { decision: 'confirm' } });
    expect(decided.statusCode).toBe(200);
    const rows = await database.query<{ source: string; status: string; hold_id: string; acknowledgement_id: string | null; description: string; n: number }>(
      `select d.source, d.status, d.hold_id, d.acknowledgement_id, d.description, (select count(*)::int from holds h where h.person_id = d.person_id and h.type = 'dispute' and h.resolved_at is null) as n
       from disputes d where d.person_id = $1`,
      [p!.person_id],
    );
    // One dispute, adopting the reply's own hold (not a second one), acknowledged by letter.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'reply', status: 'open', n: 1 });
    // The dispute says what the patient wrote (the stored reply is decrypted, never copied as ciphertext).
    expect(rows[0]!.description).toBe('I dispute this bill, the amount is wrong');
    expect(rows[0]!.acknowledgement_id).not.toBeNull();
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

  it('a request for the original creditor is answered over HTTP with its name and address (1006.38(c))', async () => {
    const list = (await t.app.inject({ url: '/api/v1/accounts?limit=50', headers: { cookie: cookies.coordinator } })).json() as { items: Array<{ id: string; patientDueCents: number; status: string }> };
    const other = list.items.find((a) => a.patientDueCents > 0 && a.id !== accountId && a.status !== 'disputed')!.id;
    const rec = await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${other}/disputes`, headers: { cookie: cookies.coordinator }, payload: { category: 'original_creditor', description: 'The patient asks who the original creditor is' } });
    expect(rec.statusCode).toBe(200);
    const { disputeId } = rec.json() as { disputeId: string };
    const url = `/api/v1/disputes/${disputeId}/resolve`;
    // Verification alone is refused, naming the field; so is a creditor without an address.
    const verified = await t.app.inject({ method: 'POST', url, headers: { cookie: cookies.billing }, payload: { resolution: 'verified', note: 'looks right' } });
    expect(verified.statusCode).toBe(400);
    expect(verified.body).toContain('resolution');
    expect((await t.app.inject({ method: 'POST', url, headers: { cookie: cookies.billing }, payload: { resolution: 'original_creditor', note: 'ours', originalCreditor: { name: 'Riverbend Health' } } })).statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: cookies.billing },
      payload: { resolution: 'original_creditor', note: 'we are the original creditor', originalCreditor: { name: 'Riverbend Health', address: '1 River Rd, Springfield, IL 62701' } },
    });
    expect(ok.statusCode).toBe(200);
    const pdf = await t.app.inject({ url: `/api/v1/disputes/${disputeId}/letter?language=en`, headers: { cookie: cookies.compliance } });
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
