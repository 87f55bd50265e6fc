import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../../src/platform/db/testing.js';
import { createTenant } from '../../src/modules/identity/index.js';
import { decryptContactValue } from '../../src/modules/people/index.js';
import { payWithCard, recordGatewayEvent, signStripePayload, type SandboxGateway } from '../../src/modules/payments/index.js';
import { payableAccounts, staffCtx, useSandbox, type PayableAccount } from '../../src/modules/payments/testing.js';
import { createTestApp, type TestApp } from '../../src/server/http/testing.js';

/** A request body that counts how much of it the server pulled. */
function countingBody(totalBytes: number): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const stream = new Readable({
    read() {
      if (pulled >= totalBytes) return void this.push(null);
      pulled += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

describeDb('security: the edge of the API', (getDb) => {
  let t: TestApp;
  let accts: PayableAccount[];
  let sandbox: SandboxGateway;
  let admin: string;
  let billing: string;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    accts = await payableAccounts(getDb(), t.clock);
    sandbox = useSandbox(getDb(), t.clock);
    admin = await t.signIn('admin@riverbend.example');
    billing = await t.signIn('billing@riverbend.example');
  });

  describe('inbound SMS webhook', () => {
    it('refuses an unsigned reply (no Twilio token configured): no attorney hold appears', async () => {
      t.deps.sms = undefined;
      const [p] = await getDb().query<{ person_id: string; value: string }>(`select person_id, value from contact_points where system = 'phone' order by person_id limit 1`);
      const form = new URLSearchParams({ From: p!.value, Body: 'My attorney handles this now. I dispute this debt.', MessageSid: 'SMforged1' }).toString();
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/inbound/sms', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form });
      expect(res.statusCode).toBe(401);
      const holds = await getDb().query('select type from holds where person_id = $1', [p!.person_id]);
      expect(holds).toEqual([]);
      const status = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/sms/status', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'MessageSid=SMx&MessageStatus=delivered' });
      expect(status.statusCode).toBe(401);
    });

    it('with a token, refuses a wrong signature and one computed over a client-chosen Host', async () => {
      t.deps.sms = { authToken: 'tok-security-test' };
      try {
        const { twilioSignature } = await import('../../src/modules/outreach/index.js');
        const fields = { From: '+15550000000', Body: 'STOP' };
        const forgedHost = await twilioSignature('tok-security-test', 'http://evil.example/api/v1/outreach/inbound/sms', fields);
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/outreach/inbound/sms',
          headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'evil.example', 'x-twilio-signature': forgedHost },
          payload: new URLSearchParams(fields).toString(),
        });
        expect(res.statusCode).toBe(401);
        const good = await twilioSignature('tok-security-test', 'http://localhost:3000/api/v1/outreach/inbound/sms', fields);
        const ok = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/inbound/sms', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': good }, payload: new URLSearchParams(fields).toString() });
        expect(ok.statusCode).toBe(200);
      } finally {
        t.deps.sms = undefined;
      }
    });

    it('in the sandbox, staff post a reply from the dev inbox through an authenticated route', async () => {
      const [p] = await getDb().query<{ person_id: string; value: string }>(`select person_id, value from contact_points where system = 'phone' order by person_id desc limit 1`);
      p!.value = decryptContactValue(p!.value);
      const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/sandbox/sms-replies', payload: { from: p!.value, body: 'I dispute this' } });
      expect(anonymous.statusCode).toBe(401);
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/sandbox/sms-replies', headers: { cookie: admin }, payload: { from: p!.value, body: 'I dispute this' } });
      expect(res.statusCode).toBe(200);
      expect(res.json().matched).toBeGreaterThan(0);
      const holds = await getDb().query<{ type: string }>('select type from holds where person_id = $1', [p!.person_id]);
      expect(holds.map((h) => h.type)).toContain('dispute');
    });
  });

  describe('payment webhooks', () => {
    const event = (id: string, chargeId: string, amount: number, at: Date) =>
      JSON.stringify({ id, object: 'event', type: 'payment_intent.succeeded', created: Math.floor(at.getTime() / 1000), data: { object: { id: chargeId, object: 'payment_intent', amount, amount_received: amount, currency: 'usd', status: 'succeeded', metadata: {} } } });

    it('refuses a webhook signed with the old constant sandbox secret', async () => {
      const payload = event('evt_forged_const', 'pi_whatever', 100, t.clock.now());
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/payments/webhooks/stripe', headers: { 'content-type': 'application/json', 'stripe-signature': signStripePayload(payload, 'whsec_kindly_sandbox', t.clock.now()) }, payload });
      expect(res.statusCode).toBe(400);
    });

    it('a signed "succeeded" for an intent still waiting on 3-D Secure settles nothing, and a replay neither', async () => {
      const a = accts[3]!;
      const ctx = staffCtx(a.tenantId, t.clock);
      const { token } = await sandbox.tokenizeCard({ number: '4000002500003155', expMonth: 12, expYear: 2030, tenantId: a.tenantId });
      const r = await payWithCard({ database: getDb(), gateway: sandbox, ctx, accountId: a.accountId, amountCents: 4100, paymentMethod: token, idempotencyKey: 'sec-3ds-0001', channel: 'portal' });
      expect(r.payment.status).toBe('requires_action');
      // Even with the installation's own key (a leaked secret, or an insider): the gateway says "requires_action".
      const payload = event('evt_forged_3ds', r.payment.gatewayChargeId!, 4100, t.clock.now());
      const sig = sandbox.signWebhook(payload, t.clock.now());
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/payments/webhooks/stripe', headers: { 'content-type': 'application/json', 'stripe-signature': sig }, payload });
      expect(res.statusCode).toBe(200);
      const [p] = await getDb().query<{ status: string }>('select status from payments where id = $1', [r.payment.id]);
      expect(p!.status).toBe('requires_action');
      // The patient authenticates; the genuine event settles once, its replay changes nothing.
      await sandbox.simulateAuthentication(r.payment.gatewayChargeId!, 'approve');
      await sandbox.confirmCharge({ chargeId: r.payment.gatewayChargeId!, idempotencyKey: 'sec-3ds-confirm-0001' });
      sandbox.takeWebhooks();
      const genuine = event('evt_genuine_3ds', r.payment.gatewayChargeId!, 4100, t.clock.now());
      const first = await recordGatewayEvent({ database: getDb(), gateway: sandbox, payload: genuine, signatureHeader: sandbox.signWebhook(genuine, t.clock.now()), clock: t.clock });
      expect(first.settledPaymentId).toBe(r.payment.id);
      const replay = await recordGatewayEvent({ database: getDb(), gateway: sandbox, payload: genuine, signatureHeader: sandbox.signWebhook(genuine, t.clock.now()), clock: t.clock });
      expect(replay).toMatchObject({ recorded: false, settledPaymentId: null });
      const [entries] = await getDb().query<{ n: number }>(`select count(*)::int as n from ledger_entries where account_id = $1 and kind = 'patient_payment' and amount_cents = -4100`, [a.accountId]);
      expect(entries!.n).toBe(1);
    });
  });

  describe('card tokens', () => {
    it('a token made for one tenant cannot be charged by another', async () => {
      await createTenant(getDb().db, { slug: 'other-clinic', name: 'Other Clinic', kind: 'provider', staff: [{ email: 'admin@other.example', displayName: 'Other Admin', password: 'kindly-demo', roles: ['admin'] }] });
      const other = await t.signIn('admin@other.example');
      const minted = await t.app.inject({ method: 'POST', url: '/api/v1/payments/card-tokens', headers: { cookie: other }, payload: { number: '4242424242424242', expMonth: 12, expYear: 2030 } });
      expect(minted.statusCode).toBe(200);
      const a = accts[6]!;
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/accounts/${a.accountId}/payments`,
        headers: { cookie: admin },
        payload: { idempotencyKey: 'cross-tenant-0001', paymentMethod: minted.json().token, amountCents: 500, sendReceipt: false },
      });
      expect(res.statusCode).not.toBe(200);
      const [paid] = await getDb().query<{ n: number }>(`select count(*)::int as n from payments where account_id = $1 and status = 'succeeded' and idempotency_key like '%cross-tenant-0001'`, [a.accountId]);
      expect(paid!.n).toBe(0);
    });
  });

  describe('invalid text', () => {
    it('answers NUL bytes in a body, a query or a path with a 400 naming the field', async () => {
      const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@riverbend.example\u0000', password: 'x' } });
      expect(login.statusCode).toBe(400);
      expect(login.json().error.issues[0].path).toBe('body.email');
      const search = await t.app.inject({ method: 'GET', url: '/api/v1/accounts?q=Mar%00ia', headers: { cookie: admin } });
      expect(search.statusCode).toBe(400);
      expect(search.json().error.issues[0].path).toBe('querystring.q');
      const param = await t.app.inject({ method: 'GET', url: '/api/v1/accounts/abc%00def', headers: { cookie: admin } });
      expect(param.statusCode).toBe(400);
      expect(param.json().error.issues[0].path).toBe('params.accountId');
      const surrogate = await t.app.inject({ method: 'POST', url: '/api/v1/compliance/evaluate', headers: { cookie: admin, 'content-type': 'application/json' }, payload: '{"id":"x\\ud800y"}' });
      expect(surrogate.statusCode).toBe(400);
    });

    it('answers a NUL byte in an uploaded file with a 400 naming the file and line, and ingests nothing', async () => {
      const csv = 'account_ref,patient_ref,balance_cents\nA-1,P-1,100\nA-2,P\u00002,200\n';
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/ingestion/uploads?filename=balances.csv', headers: { cookie: billing, 'content-type': 'text/csv' }, payload: csv });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.issues[0]).toMatchObject({ file: 'balances.csv', line: 3 });
    });
  });

  describe('uploads', () => {
    it('refuses an anonymous 100 MB upload before reading its body', async () => {
      const body = countingBody(100 * 1024 * 1024);
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/ingestion/uploads?filename=big.csv', headers: { 'content-type': 'text/csv' }, payload: body.stream });
      expect(res.statusCode).toBe(401);
      expect(body.pulled()).toBeLessThan(2 * 1024 * 1024);
    });

    it('refuses a document upload over the role limit from its declared length, before reading it', async () => {
      const apps = await getDb().query<{ id: string }>('select id from assistance_applications limit 1');
      const appId = apps[0]?.id ?? 'none';
      const counselor = await t.signIn('counselor@riverbend.example');
      const body = countingBody(30 * 1024 * 1024);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/assistance/applications/${appId}/documents?kind=income&fileName=big.pdf`,
        headers: { cookie: counselor, 'content-type': 'application/pdf', 'content-length': String(30 * 1024 * 1024) },
        payload: body.stream,
      });
      expect(res.statusCode).toBe(413);
      expect(body.pulled()).toBeLessThan(2 * 1024 * 1024);
      const portal = countingBody(30 * 1024 * 1024);
      const anon = await t.app.inject({ method: 'POST', url: `/api/v1/portal/assistance/${appId}/documents?kind=income&fileName=big.pdf`, headers: { 'content-type': 'application/pdf' }, payload: portal.stream });
      expect([401, 404]).toContain(anon.statusCode);
      expect(portal.pulled()).toBeLessThan(2 * 1024 * 1024);
    });

    it('streams a large authenticated upload to disk and ingests it', async () => {
      const rows = ['account_ref,patient_ref,balance_cents'];
      for (let i = 0; i < 20000; i++) rows.push(`SEC-${i},SEC-P-${i},${100 + i}`);
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/ingestion/uploads?filename=many.csv', headers: { cookie: billing, 'content-type': 'text/csv' }, payload: rows.join('\n') + '\n' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toHaveProperty('files', 1);
    });
  });

  describe('batch size', () => {
    it('answers 1,000 questions in one call and refuses 1,001 with a 413 that points to the CLI', async () => {
      const q = { id: 'q', kind: 'contact', collector: { role: 'original_creditor', entity: 'provider' }, consumer: { state: 'NY', timeZones: ['America/New_York'] }, channel: 'email', at: '2026-09-20T15:00:00Z', debtIds: ['A'], history: [] };
      const ok = await t.app.inject({ method: 'POST', url: '/api/v1/compliance/evaluate', headers: { cookie: admin }, payload: Array.from({ length: 1000 }, (_, i) => ({ ...q, id: `q${i}` })) });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toHaveLength(1000);
      const big = await t.app.inject({ method: 'POST', url: '/api/v1/compliance/evaluate', headers: { cookie: admin }, payload: Array.from({ length: 1001 }, (_, i) => ({ ...q, id: `q${i}` })) });
      expect(big.statusCode).toBe(413);
      expect(big.json().error.message).toContain('kindly compliance evaluate');
    });
  });
});
