import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../platform/db/testing.js';
import { createTenant } from '../modules/identity/index.js';
import { saveIntegration } from '../modules/integrations/index.js';
import { acceptPlan, servicePlans } from '../modules/plans/index.js';
import { resolveTenantGateway, useGatewayResolver, type SandboxGateway } from '../modules/payments/index.js';
import { ledgerSum, payableAccounts, staffCtx, useSandbox, type PayableAccount } from '../modules/payments/testing.js';
import { createTestApp, type TestApp } from './http/testing.js';
import { usePaymentGateways } from './payment-gateways.js';

/** One request as the fake Stripe API received it: the form body decoded, the key from the Authorization header. */
interface StripeRequest {
  method: string;
  path: string;
  key: string;
  idempotencyKey: string | undefined;
  form: Record<string, string>;
}

/**
 * A local HTTP server answering the three Stripe endpoints Kindly calls, with objects shaped like
 * Stripe's documented ones (docs.stripe.com/api/payment_intents/object, /api/refunds/object).
 * Any Bearer key is accepted; the test checks which one came.
 */
function fakeStripe() {
  const received: StripeRequest[] = [];
  const intents = new Map<string, Record<string, unknown>>();
  let n = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stripe.local');
      const form = Object.fromEntries(new URLSearchParams(body));
      received.push({ method: req.method ?? '', path: url.pathname, key: String(req.headers.authorization ?? '').replace(/^Bearer /, ''), idempotencyKey: req.headers['idempotency-key'] as string | undefined, form });
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.method === 'POST' && url.pathname === '/v1/payment_intents') {
        const id = `pi_fake${++n}`;
        const metadata = Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('metadata[')).map(([k, v]) => [k.slice(9, -1), v]));
        const pi = {
          id, object: 'payment_intent', amount: Number(form.amount), amount_received: Number(form.amount), currency: form.currency, status: 'succeeded',
          client_secret: `${id}_secret_x`, confirmation_method: 'manual', metadata, last_payment_error: null, next_action: null,
          payment_method: { id: form.payment_method, object: 'payment_method', card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 } },
        };
        intents.set(id, pi);
        return send(200, pi);
      }
      const one = /^\/v1\/payment_intents\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && one) {
        const pi = intents.get(one[1]!);
        return pi ? send(200, pi) : send(404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent' } });
      }
      if (req.method === 'POST' && url.pathname === '/v1/refunds') {
        return send(200, { id: `re_fake${++n}`, object: 'refund', amount: Number(form.amount), currency: 'usd', payment_intent: form.payment_intent, status: 'succeeded' });
      }
      send(404, { error: { type: 'invalid_request_error', message: `unexpected ${req.method} ${url.pathname}` } });
    });
  });
  return { server, received, intents };
}

/** Stripe's signature scheme, computed here independently of the adapter. */
function signed(payload: string, secret: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex')}`;
}

describeDb("a tenant's own Stripe account", (getDb) => {
  let t: TestApp;
  let accts: PayableAccount[];
  let admin: string;
  let staff: string;
  let coordinator: string;
  let sandbox: SandboxGateway;
  const stripe = fakeStripe();
  let otherTenantId: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => stripe.server.listen(0, '127.0.0.1', () => resolve()));
    const port = (stripe.server.address() as { port: number }).port;
    t = await createTestApp(getDb());
    accts = await payableAccounts(getDb(), t.clock);
    sandbox = useSandbox(getDb(), t.clock);
    usePaymentGateways({ database: getDb(), clock: t.clock, installation: { kind: 'sandbox' }, stripeApiBase: `http://127.0.0.1:${port}` });
    admin = await t.signIn('admin@riverbend.example');
    staff = await t.signIn('billing@riverbend.example');
    coordinator = await t.signIn('coordinator@riverbend.example');
    // A second hospital with its own Stripe account and its own signing secret.
    otherTenantId = (await createTenant(getDb().db, { slug: 'lakeside', name: 'Lakeside Medical Center', kind: 'provider' })).tenantId;
    await saveIntegration(getDb().db, staffCtx(otherTenantId, t.clock), {
      kind: 'gateway',
      settings: { provider: 'stripe', publishableKey: 'pk_test_lakeside0001' },
      secrets: { secretKey: 'sk_test_lakeside_0001', webhookSecret: 'whsec_lakeside_0001' },
    });
  });
  afterAll(async () => {
    useGatewayResolver(getDb(), null);
    await new Promise<void>((resolve) => stripe.server.close(() => resolve()));
  });

  const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
    t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

  async function portal(a: PayableAccount): Promise<Record<string, string>> {
    const link = await api('POST', `/api/v1/accounts/${a.accountId}/payment-links`, { cookie: coordinator }, {});
    expect(link.statusCode).toBe(200);
    const token = link.json().token as string;
    const res = await api('POST', '/api/v1/portal/verify', { 'x-portal-link': token }, { dateOfBirth: a.birthDate, lastName: a.familyName });
    expect(res.statusCode).toBe(200);
    return { 'x-portal-link': token, cookie: `kindly_portal=${res.cookies.find((c) => c.name === 'kindly_portal')!.value}` };
  }

  const saveStripe = (secretKey: string, webhookSecret: string) =>
    api('PUT', '/api/v1/admin/integrations/gateway', { cookie: admin }, { settings: { provider: 'stripe', publishableKey: 'pk_test_riverbend0001' }, secrets: { secretKey, webhookSecret } });

  const succeededEvent = (id: string, intent: Record<string, unknown>) =>
    JSON.stringify({ id, object: 'event', type: 'payment_intent.succeeded', created: Math.floor(t.clock.now().getTime() / 1000), data: { object: intent } });

  it('a tenant without keys pays through the sandbox and its portal gets the sandbox card form', async () => {
    const a = accts[0]!;
    const h = await portal(a);
    const summary = (await api('GET', '/api/v1/portal/summary', h)).json();
    expect(summary).toMatchObject({ gateway: 'sandbox', publishableKey: null });
    const card = await api('POST', '/api/v1/portal/card-tokens', h, { number: '4242424242424242', expMonth: 12, expYear: 2030 });
    expect(card.statusCode).toBe(200);
    const paid = await api('POST', '/api/v1/portal/payments', h, { idempotencyKey: 'gw-sandbox-0001', paymentMethod: card.json().token, payInFull: false, amountCents: 500 });
    expect(paid.json().payment.status).toBe('succeeded');
    expect(stripe.received).toEqual([]);
    // Its own webhook URL does not exist: the installation's account uses the shared one.
    const hook = await api('POST', '/api/v1/payments/webhooks/stripe/riverbend', { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' }, '{}');
    expect(hook.statusCode).toBe(404);
    expect(sandbox.name).toBe('sandbox');
  });

  it("with Stripe saved, the portal payment is a PaymentIntent made with the tenant's own secret key", async () => {
    const saved = await saveStripe('sk_test_riverbend_0001', 'whsec_riverbend_0001');
    expect(saved.statusCode).toBe(200);
    const page = (await api('GET', '/api/v1/admin/integrations', { cookie: admin })).json();
    expect(page.cardPayments).toEqual({ gateway: 'stripe', account: 'tenant', webhookUrl: 'http://localhost:3000/api/v1/payments/webhooks/stripe/riverbend' });

    const a = accts[1]!;
    const h = await portal(a);
    expect((await api('GET', '/api/v1/portal/summary', h)).json()).toMatchObject({ gateway: 'stripe', publishableKey: 'pk_test_riverbend0001' });
    // Cards are tokenized by Stripe.js in the patient's browser, not by the sandbox.
    expect((await api('POST', '/api/v1/portal/card-tokens', h, { number: '4242424242424242', expMonth: 12, expYear: 2030 })).statusCode).toBe(404);

    const before = await ledgerSum(getDb(), a.accountId);
    const paid = await api('POST', '/api/v1/portal/payments', h, { idempotencyKey: 'gw-stripe-00001', paymentMethod: 'pm_card_visa', payInFull: false, amountCents: 700 });
    expect(paid.statusCode).toBe(200);
    expect(paid.json().payment).toMatchObject({ status: 'succeeded', amountCents: 700 });
    const sent = stripe.received.at(-1)!;
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/payment_intents', key: 'sk_test_riverbend_0001' });
    expect(sent.form).toMatchObject({ amount: '700', currency: 'usd', payment_method: 'pm_card_visa', confirm: 'true', 'metadata[tenantId]': a.tenantId, 'metadata[accountId]': a.accountId });
    expect(sent.idempotencyKey).toMatch(/^kindly-payment-/);
    expect(await ledgerSum(getDb(), a.accountId)).toBe(before - 700);

    // A staff refund of it goes to the same Stripe account.
    const paymentId = paid.json().payment.id as string;
    const intentId = [...stripe.intents.keys()].at(-1);
    const refund = await api('POST', `/api/v1/payments/${paymentId}/refunds`, { cookie: staff }, { idempotencyKey: 'gw-refund-0001', amountCents: 200 });
    expect(refund.json()).toMatchObject({ status: 'succeeded', amountCents: 200 });
    expect(stripe.received.at(-1)).toMatchObject({ path: '/v1/refunds', key: 'sk_test_riverbend_0001', form: { payment_intent: intentId, amount: '200' } });
  });

  it("verifies the tenant's webhooks with its own signing secret: another hospital's secret, no signature or the installation's URL are refused; a repeat is recorded once", async () => {
    const intent = [...stripe.intents.values()].at(-1)!;
    const payload = succeededEvent('evt_riverbend_1', intent);
    const headers = (sig: string) => ({ 'content-type': 'application/json', 'stripe-signature': sig });
    const own = signed(payload, 'whsec_riverbend_0001', t.clock.now());

    // Signed for Riverbend, sent to Lakeside's URL: Lakeside's secret does not verify it.
    expect((await api('POST', '/api/v1/payments/webhooks/stripe/lakeside', headers(own), payload)).statusCode).toBe(400);
    // Signed with Lakeside's secret, sent to Riverbend's URL.
    expect((await api('POST', '/api/v1/payments/webhooks/stripe/riverbend', headers(signed(payload, 'whsec_lakeside_0001', t.clock.now())), payload)).statusCode).toBe(400);
    expect((await api('POST', '/api/v1/payments/webhooks/stripe/riverbend', { 'content-type': 'application/json' }, payload)).statusCode).toBe(400);
    // The installation's URL checks the installation's (sandbox) secret.
    expect((await api('POST', '/api/v1/payments/webhooks/stripe', headers(own), payload)).statusCode).toBe(400);

    const first = await api('POST', '/api/v1/payments/webhooks/stripe/riverbend', headers(own), payload);
    expect(first.json()).toEqual({ received: true, duplicate: false, type: 'payment_intent.succeeded' });
    const again = await api('POST', '/api/v1/payments/webhooks/stripe/riverbend', headers(signed(payload, 'whsec_riverbend_0001', t.clock.now())), payload);
    expect(again.json()).toEqual({ received: true, duplicate: true, type: 'payment_intent.succeeded' });
    const rows = await getDb().query<{ tenant_id: string; charge_id: string }>(`select tenant_id, charge_id from gateway_events where id = 'evt_riverbend_1'`);
    expect(rows).toEqual([{ tenant_id: accts[0]!.tenantId, charge_id: intent.id }]);

    // Lakeside's own events verify at Lakeside's URL and are recorded as Lakeside's.
    const theirs = succeededEvent('evt_lakeside_1', { ...intent, id: 'pi_lakeside_unknown', metadata: {} });
    const ok = await api('POST', '/api/v1/payments/webhooks/stripe/lakeside', headers(signed(theirs, 'whsec_lakeside_0001', t.clock.now())), theirs);
    expect(ok.json()).toMatchObject({ received: true, duplicate: false });
    expect((await getDb().query<{ tenant_id: string }>(`select tenant_id from gateway_events where id = 'evt_lakeside_1'`))[0]!.tenant_id).toBe(otherTenantId);
  });

  it("plan autopay charges the stored card on the tenant's own Stripe account", async () => {
    const a = accts[4]!;
    await acceptPlan({ database: getDb(), ctx: staffCtx(a.tenantId, t.clock), accountId: a.accountId, months: 2, monthlyBudgetCents: Math.ceil(a.dueCents / 2), source: 'portal', autopay: { paymentMethod: 'pm_card_visa', card: null } });
    // The first installment falls due 30 days after acceptance.
    t.clock.advance(31 * 86_400_000);
    const summary = await servicePlans({ database: getDb(), clock: t.clock });
    const charge = stripe.received.find((r) => r.path === '/v1/payment_intents' && r.form['metadata[accountId]'] === a.accountId);
    expect(charge).toMatchObject({ key: 'sk_test_riverbend_0001', form: { payment_method: 'pm_card_visa' } });
    expect(summary.autopay.charged).toBeGreaterThanOrEqual(1);
    // A month passed on the clock: staff sessions idled out.
    admin = await t.signIn('admin@riverbend.example');
    staff = await t.signIn('billing@riverbend.example');
    coordinator = await t.signIn('coordinator@riverbend.example');
  });

  it('new keys take effect on the next payment and webhook; removing them brings the sandbox back', async () => {
    const before = await resolveTenantGateway(getDb(), accts[0]!.tenantId);
    expect(await resolveTenantGateway(getDb(), accts[0]!.tenantId)).toBe(before);

    expect((await saveStripe('sk_test_riverbend_0002', 'whsec_riverbend_0002')).statusCode).toBe(200);
    const after = await resolveTenantGateway(getDb(), accts[0]!.tenantId);
    expect(after).not.toBe(before);

    const a = accts[2]!;
    const h = await portal(a);
    const paid = await api('POST', '/api/v1/portal/payments', h, { idempotencyKey: 'gw-stripe-00002', paymentMethod: 'pm_card_visa', payInFull: false, amountCents: 300 });
    expect(paid.json().payment.status).toBe('succeeded');
    expect(stripe.received.at(-1)).toMatchObject({ path: '/v1/payment_intents', key: 'sk_test_riverbend_0002' });

    const payload = succeededEvent('evt_riverbend_2', [...stripe.intents.values()].at(-1)!);
    const hook = (secret: string) => api('POST', '/api/v1/payments/webhooks/stripe/riverbend', { 'content-type': 'application/json', 'stripe-signature': signed(payload, secret, t.clock.now()) }, payload);
    expect((await hook('whsec_riverbend_0001')).statusCode).toBe(400);
    expect((await hook('whsec_riverbend_0002')).statusCode).toBe(200);

    expect((await api('DELETE', '/api/v1/admin/integrations/gateway', { cookie: admin })).json()).toEqual({ removed: true });
    const sent = stripe.received.length;
    const h2 = await portal(accts[3]!);
    expect((await api('GET', '/api/v1/portal/summary', h2)).json()).toMatchObject({ gateway: 'sandbox', publishableKey: null });
    const card = await api('POST', '/api/v1/portal/card-tokens', h2, { number: '4242424242424242', expMonth: 12, expYear: 2030 });
    const back = await api('POST', '/api/v1/portal/payments', h2, { idempotencyKey: 'gw-sandbox-0002', paymentMethod: card.json().token, payInFull: false, amountCents: 400 });
    expect(back.json().payment.status).toBe('succeeded');
    expect(stripe.received.length).toBe(sent);
    expect((await api('GET', '/api/v1/admin/integrations', { cookie: admin })).json().cardPayments).toEqual({ gateway: 'sandbox', account: 'installation', webhookUrl: 'http://localhost:3000/api/v1/payments/webhooks/stripe/riverbend' });
  });
});

describe('saving Stripe keys', () => {
  it('refuses keys of the wrong kind or of mixed modes, every problem at once', async () => {
    const { checkIntegration } = await import('../modules/integrations/index.js');
    const r = checkIntegration({ kind: 'gateway', settings: { provider: 'stripe', publishableKey: 'pk_live_abcdefgh12' }, secrets: { secretKey: 'sk_test_abc', webhookSecret: 'secret' } }, {});
    expect(r.issues.map((i) => i.path).sort()).toEqual(['secrets.webhookSecret', 'settings.publishableKey']);
    expect(r.issues.find((i) => i.path === 'settings.publishableKey')!.message).toBe('the publishable key is a live-mode key but the secret key is a test-mode key');
    const missing = checkIntegration({ kind: 'gateway', settings: { provider: 'stripe' }, secrets: { secretKey: 'pk_test_x', webhookSecret: 'whsec_x' } }, {});
    expect(missing.issues.map((i) => i.path).sort()).toEqual(['secrets.secretKey', 'settings.publishableKey']);
  });
});

describe("the patient pages' content security policy", () => {
  it("allows Stripe.js and its card frame on the payment pages only, and still no inline script", async () => {
    const { contentSecurityPolicy, patientPageCsp } = await import('./http/security.js');
    const csp = patientPageCsp(true);
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self' https://js.stripe.com");
    expect(csp).toContain('frame-src https://js.stripe.com https://hooks.stripe.com');
    expect(csp).toContain("connect-src 'self' https://api.stripe.com");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy(true).scriptSrc).toEqual(["'self'"]);
  });
});
