import { beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTestApp, type TestApp } from '../../server/http/testing.js';
import type { SandboxGateway } from '../payments/index.js';
import { ledgerSum, payableAccounts, useSandbox, type PayableAccount } from '../payments/testing.js';
import { decryptMessageFields } from '../outreach/index.js';

// The patient's side of a secure link, over the real HTTP app: link -> identity -> bill -> pay.
describeDb('the patient portal over HTTP', (getDb) => {
  let t: TestApp;
  let accts: PayableAccount[];
  let staff: string;
  let sandbox: SandboxGateway;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    accts = await payableAccounts(getDb(), t.clock);
    sandbox = useSandbox(getDb(), t.clock);
    staff = await t.signIn('coordinator@riverbend.example');
  });

  async function issueLink(accountId: string, body: Record<string, unknown> = {}): Promise<{ token: string; linkId: string; url: string }> {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${accountId}/payment-links`, headers: { cookie: staff }, payload: body });
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  async function verified(a: PayableAccount, token: string): Promise<Record<string, string>> {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: { dateOfBirth: a.birthDate, lastName: a.familyName.toUpperCase() } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kindly_portal')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/portal' });
    return { 'x-portal-link': token, cookie: `kindly_portal=${cookie.value}` };
  }

  async function cardToken(h: Record<string, string>, number: string): Promise<string> {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/portal/card-tokens', headers: h, payload: { number, expMonth: 12, expYear: 2030 } });
    expect(res.statusCode).toBe(200);
    return res.json().token;
  }

  it('shows nothing private before the identity check, then the bill once the patient is verified', async () => {
    const a = accts[0]!;
    const { token, url } = await issueLink(a.accountId);
    expect(url).toBe(`http://localhost:3000/pay/${token}`);
    const link = await t.app.inject({ url: '/api/v1/portal/link', headers: { 'x-portal-link': token } });
    expect(link.json()).toMatchObject({ tenantName: 'Riverbend Community Hospital', verified: false, locked: false });
    expect(link.body).not.toContain(a.familyName);
    const before = await t.app.inject({ url: '/api/v1/portal/summary', headers: { 'x-portal-link': token } });
    expect(before.statusCode).toBe(401);
    // A staff session is not a portal session.
    const staffOnly = await t.app.inject({ url: '/api/v1/portal/summary', headers: { 'x-portal-link': token, cookie: staff } });
    expect(staffOnly.statusCode).toBe(401);
    const h = await verified(a, token);
    const res = await t.app.inject({ url: '/api/v1/portal/summary?language=es', headers: h });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.account.patientDueCents).toBe(a.dueCents);
    expect(s.statement.totals.youOweCents).toBe(a.dueCents);
    expect(s.statement.lines.map((l: { accountId: string }) => l.accountId)).toEqual([a.accountId]);
    expect(s.statementHtml).toContain('Su factura, explicada');
    const audits = await getDb().query<{ actor_kind: string; action: string; record_type: string }>(
      `select actor_kind, action, record_type from audit_log where actor_id = $1 and purpose = 'patient_self_service'`,
      [a.personId],
    );
    expect(audits.filter((x) => x.actor_kind === 'patient' && x.action === 'read').map((x) => x.record_type)).toEqual(expect.arrayContaining(['statement', 'account']));
  });

  it('locks the link after five wrong answers, persisted, with a kind message', async () => {
    const a = accts[1]!;
    const { token } = await issueLink(a.accountId);
    const wrong = { dateOfBirth: '1900-01-01', lastName: a.familyName };
    for (let i = 4; i >= 1; i--) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: wrong });
      expect(r.statusCode).toBe(401);
      expect(r.json().error.userMessage).toContain(`${i} ${i === 1 ? 'try' : 'tries'} left`);
    }
    const fifth = await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token, 'x-portal-language': 'es' }, payload: wrong });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.userMessage).toMatch(/Por su seguridad/);
    // Even the right answer waits out the lock; after 30 minutes it works.
    const right = { dateOfBirth: a.birthDate, zip: a.postalCode };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: right })).statusCode).toBe(423);
    const [row] = await getDb().query<{ locked_until: Date; lockouts: number }>('select locked_until, lockouts from payment_links where account_id = $1 order by issued_at desc limit 1', [a.accountId]);
    expect(row!.lockouts).toBe(1);
    t.clock.advance(15 * 60_000 + 1000);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: right })).statusCode).toBe(423);
    t.clock.advance(15 * 60_000);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/portal/verify', headers: { 'x-portal-link': token }, payload: right })).statusCode).toBe(200);
    // Half an hour passed on the clock: the staff session idled out, so staff sign in again.
    staff = await t.signIn('coordinator@riverbend.example');
  });

  it('pays in full with a sandbox card: the ledger shows the payment, the balance drops, a receipt is emailed', async () => {
    const a = accts.find((x) => x.email)!;
    const { token } = await issueLink(a.accountId);
    const h = await verified(a, token);
    const pm = await cardToken(h, '4242 4242 4242 4242');
    const before = await ledgerSum(getDb(), a.accountId);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/portal/payments', headers: h, payload: { idempotencyKey: 'portal-pay-000001', paymentMethod: pm, payInFull: true } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.payment.status).toBe('succeeded');
    expect(body.balanceAfterCents).toBe(0);
    expect(body.payment.amountCents + body.payment.discountCents).toBe(a.dueCents);
    expect(await ledgerSum(getDb(), a.accountId)).toBe(before - a.dueCents);
    const staffView = await t.app.inject({ url: `/api/v1/accounts/${a.accountId}`, headers: { cookie: staff } });
    expect(staffView.json().entries.some((e: { kind: string; amountCents: number }) => e.kind === 'patient_payment' && e.amountCents === -body.payment.amountCents)).toBe(true);
    const [mail] = await getDb().query<{ to_address: string; subject: string; body: string }>(
      `select d.to_address, d.subject, d.body from sandbox_deliveries d join communications c on c.id = d.communication_id where c.account_id = $1 and c.purpose = 'payment_receipt'`,
      [a.accountId],
    );
    expect(mail!.body).not.toContain(body.confirmationNumber);
    decryptMessageFields(mail!);
    expect(mail).toMatchObject({ to_address: a.email, subject: 'Your payment receipt' });
    expect(mail!.body).toContain(body.confirmationNumber);
    expect(body.receipt.to).toMatch(/^\w\*\*\*@example\.test$/);
  });

  it('charges once for ten concurrent HTTP requests with the same idempotency key', async () => {
    const a = accts[3]!;
    const { token } = await issueLink(a.accountId);
    const h = await verified(a, token);
    const pm = await cardToken(h, '4242424242424242');
    const before = await ledgerSum(getDb(), a.accountId, 'patient_payment');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => t.app.inject({ method: 'POST', url: '/api/v1/portal/payments', headers: h, payload: { idempotencyKey: 'double-click-http-1', paymentMethod: pm, payInFull: false, amountCents: 1234 } })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(new Set(responses.map((r) => r.json().payment.id)).size).toBe(1);
    expect(await ledgerSum(getDb(), a.accountId, 'patient_payment')).toBe(before - 1234);
    const [n] = await getDb().query<{ n: number }>(`select count(*)::int as n from payments where account_id = $1 and status = 'succeeded' and amount_cents = 1234`, [a.accountId]);
    expect(n!.n).toBe(1);
  });

  it('answers a declined card with a kind message in the patient’s language, and charges nothing', async () => {
    const a = accts[4]!;
    const { token } = await issueLink(a.accountId);
    const h = await verified(a, token);
    const before = await ledgerSum(getDb(), a.accountId);
    const pm = await cardToken(h, '4000000000000002');
    const en = await t.app.inject({ method: 'POST', url: '/api/v1/portal/payments', headers: h, payload: { idempotencyKey: 'declined-http-0001', paymentMethod: pm } });
    expect(en.statusCode).toBe(402);
    expect(en.json().error).toMatchObject({ code: 'payment_declined', userMessage: expect.stringMatching(/declined, so no money was taken/) });
    const es = await t.app.inject({ method: 'POST', url: '/api/v1/portal/payments', headers: { ...h, 'x-portal-language': 'es' }, payload: { idempotencyKey: 'declined-http-0002', paymentMethod: pm } });
    expect(es.json().error.userMessage).toMatch(/no se cobró nada/);
    expect(await ledgerSum(getDb(), a.accountId)).toBe(before);
    const badNumber = await t.app.inject({ method: 'POST', url: '/api/v1/portal/card-tokens', headers: h, payload: { number: '4242424242424241', expMonth: 1, expYear: 2030 } });
    expect(badNumber.statusCode).toBe(400);
    expect(badNumber.json().error.userMessage).toMatch(/does not look right/);
  });

  it('refuses revoked and expired links kindly, and a link for one account cannot see another', async () => {
    const a = accts[5]!;
    const revoked = await issueLink(a.accountId);
    const h = await verified(a, revoked.token);
    const rv = await t.app.inject({ method: 'POST', url: `/api/v1/payment-links/${revoked.linkId}/revoke`, headers: { cookie: staff }, payload: { reason: 'sent to the wrong address' } });
    expect(rv.json().revoked).toBe(true);
    const after = await t.app.inject({ url: '/api/v1/portal/summary', headers: h });
    expect(after.statusCode).toBe(410);
    expect(after.json().error.userMessage).toMatch(/no longer active/);

    const short = await issueLink(a.accountId, { ttlMinutes: 5 });
    t.clock.advance(6 * 60_000);
    const expired = await t.app.inject({ url: '/api/v1/portal/link', headers: { 'x-portal-link': short.token, 'x-portal-language': 'es' } });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.userMessage).toMatch(/venció/);

    const tampered = short.token.slice(0, -2) + (short.token.endsWith('AA') ? 'BB' : 'AA');
    expect((await t.app.inject({ url: '/api/v1/portal/link', headers: { 'x-portal-link': tampered } })).statusCode).toBe(404);

    // A session cookie from one link does not open another link.
    const other = await issueLink(accts[6]!.accountId);
    const mixed = await t.app.inject({ url: '/api/v1/portal/summary', headers: { 'x-portal-link': other.token, cookie: h.cookie! } });
    expect(mixed.statusCode).toBe(401);
  });

  it('accepts the gateway webhook only with a valid signature, and the reconciliation report is clean', async () => {
    const payload = JSON.stringify({ id: 'evt_http_1', object: 'event', type: 'payment_intent.payment_failed', created: Math.floor(t.clock.now().getTime() / 1000), data: { object: { id: 'pi_http_x', object: 'payment_intent', amount: 100, currency: 'usd', metadata: {}, last_payment_error: { type: 'card_error', code: 'card_declined' } } } });
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/payments/webhooks/stripe', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' }, payload });
    expect(bad.statusCode).toBe(400);
    const sig = sandbox.signWebhook(payload, t.clock.now());
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/payments/webhooks/stripe', headers: { 'content-type': 'application/json', 'stripe-signature': sig }, payload });
    expect(ok.json()).toEqual({ received: true, duplicate: false, type: 'payment_intent.payment_failed' });
    const billing = await t.signIn('billing@riverbend.example');
    const rec = await t.app.inject({ url: '/api/v1/payments/reconciliation', headers: { cookie: billing } });
    expect(rec.statusCode).toBe(200);
    expect(rec.json()).toMatchObject({ ok: true, missingInLedger: [], missingAtGateway: [], amountMismatches: [] });
    expect(rec.json().matched.length).toBeGreaterThanOrEqual(2);
    // A compliance officer may not issue links.
    const co = await t.signIn('compliance@riverbend.example');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${accts[0]!.accountId}/payment-links`, headers: { cookie: co }, payload: {} })).statusCode).toBe(403);
  });
});

describe('portal messages', () => {
  it('exist in English and Spanish', async () => {
    const { portalMessage } = await import('./messages.js');
    expect(portalMessage('link_expired', 'en')).toMatch(/expired/);
    expect(portalMessage('link_expired', 'es')).toMatch(/venció/);
  });
});
