import { beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../../src/platform/db/testing.js';
import { can, PERMISSIONS, ROLES } from '../../src/modules/identity/index.js';
import { seedDemoTenant } from '../../src/modules/simulation/index.js';
import { createTestApp, type TestApp } from '../../src/server/http/testing.js';

const login = (t: TestApp, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers, payload: { email: 'admin@riverbend.example', password: 'kindly-demo' } });

describeDb('browser-facing defences', (getDb) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(getDb(), { publicUrl: 'http://kindly.example' });
    await seedDemoTenant(getDb().db, t.clock, { persons: 4 });
  });

  describe('the Secure cookie flag comes from configuration, never from request headers', () => {
    it('a plain-http public URL gives no Secure flag, whatever X-Forwarded-Proto claims', async () => {
      const res = await login(t, { 'x-forwarded-proto': 'https', host: 'localhost' });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
    });

    it('an https public URL gives the Secure flag even to a request that looks like plain http', async () => {
      const tls = await createTestApp(getDb(), { publicUrl: 'https://kindly.example' });
      const res = await login(tls, { host: 'kindly.example' });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/;\s*Secure/i);
      // and HSTS is sent only when served over TLS
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      await tls.app.close();
    });
  });

  it('sends security headers: a CSP without inline scripts, no framing, nosniff, no referrer, no HSTS on plain http', async () => {
    const res = await t.app.inject({ url: '/api/v1/portal/link', headers: { 'x-portal-link': 'not-a-token' } });
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toBe("'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'self' blob:");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  describe('state-changing requests with a session cookie must come from our own pages', () => {
    let cookie: string;
    beforeAll(async () => {
      cookie = await t.signIn('admin@riverbend.example');
    });
    const logout = (headers: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, ...headers } });
    const me = () => t.app.inject({ url: '/api/v1/me', headers: { cookie } });

    it('refuses a cross-origin Origin (403) and changes nothing', async () => {
      const res = await logout({ origin: 'https://evil.example' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
      expect((await me()).statusCode).toBe(200);
    });

    it('refuses a cross-site fetch recognised by Sec-Fetch-Site, a foreign Referer, and Origin: null', async () => {
      expect((await logout({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
      expect((await logout({ referer: 'https://evil.example/page' })).statusCode).toBe(403);
      expect((await logout({ origin: 'null' })).statusCode).toBe(403);
      expect((await me()).statusCode).toBe(200);
    });

    it('lets our own pages through (same Origin, or the browser saying same-origin)', async () => {
      const other = await t.signIn('billing@riverbend.example');
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: other, origin: 'http://kindly.example' } })).statusCode).toBe(204);
      expect((await logout({ 'sec-fetch-site': 'same-origin', origin: 'null' })).statusCode).toBe(204);
    });

    it('leaves webhooks alone: no cookie, no origin check (their signature is their check)', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/payments/webhooks/stripe', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, payload: '{}' });
      expect(res.statusCode).not.toBe(403);
    });
  });

  describe('the API docs', () => {
    it('need a staff sign-in outside development', async () => {
      expect((await t.app.inject({ url: '/docs/' })).statusCode).toBe(401);
      expect((await t.app.inject({ url: '/openapi.json' })).statusCode).toBe(401);
      const cookie = await t.signIn('coordinator@riverbend.example');
      expect((await t.app.inject({ url: '/openapi.json', headers: { cookie } })).statusCode).toBe(200);
    });

    it('are open when configured for development, with no framing allowed', async () => {
      const dev = await createTestApp(getDb(), { docsPublic: true });
      const res = await dev.app.inject({ url: '/docs/' });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      await dev.app.close();
    });
  });

  describe('least privilege', () => {
    it('a patient access representative may take a payment but not refund one', async () => {
      expect(can(['access_representative'], 'payments.collect')).toBe(true);
      expect(can(['access_representative'], 'payments.refund' as keyof typeof PERMISSIONS)).toBe(false);
      const cookie = await t.signIn('access@riverbend.example');
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/payments/any-payment/refunds', headers: { cookie }, payload: { idempotencyKey: 'refund-key-0001', amountCents: 100 } });
      expect(res.statusCode).toBe(403);
    });

    it('the compliance officer is read-only: no permission that changes anything', () => {
      const writes = ['accounts.write', 'ingestion.run', 'plans.manage', 'payments.collect', 'payments.refund', 'assistance.decide', 'conversations.use', 'holds.manage', 'outreach.manage', 'users.manage'];
      for (const p of writes) expect(can(['compliance_officer'], p as keyof typeof PERMISSIONS)).toBe(false);
    });

    it('every permission names only known roles, and only admins manage users', () => {
      for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
      expect(PERMISSIONS['users.manage']).toEqual(['admin']);
    });
  });
});
