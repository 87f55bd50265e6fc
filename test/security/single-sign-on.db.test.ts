import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../src/platform/audit/index.js';
import { describeDb } from '../../src/platform/db/testing.js';
import { createTenant, tenantSignOn } from '../../src/modules/identity/index.js';
import { createTestApp, type TestApp } from '../../src/server/http/testing.js';
import { and, eq } from 'drizzle-orm';
import { startTestIdentityProvider, type DirectoryEntry, type TestIdentityProvider } from './test-identity-provider.js';

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/v1/auth/oidc/callback`;
const CLIENT = { client_id: 'kindly-lakeside', client_secret: 'idp-client-secret-0123456789abcdef' };

// The hospital's directory, as its identity provider knows it.
const DIRECTORY: Record<string, DirectoryEntry> = {
  nurse: { email: 'nora@lakeside.example', email_verified: true, groups: ['billing-office'] },
  stranger: { email: 'sam@lakeside.example', email_verified: true, groups: [] },
  unverified: { email: 'admin@lakeside.example', email_verified: false, groups: [] },
  outsider: { email: 'olga@elsewhere.example', email_verified: true, groups: [] },
};

/**
 * A hospital turns on sign-in with its own identity provider (an OpenID Connect provider running in
 * this test), and its staff sign in through it: the whole authorization code flow with PKCE, state
 * and nonce over HTTP. Only existing staff with a verified email in the hospital's domain get in.
 */
describeDb('OpenID Connect sign-in per tenant', (getDb) => {
  let t: TestApp;
  let idp: TestIdentityProvider;
  let issuer: string;
  let admin: string;

  beforeAll(async () => {
    // The provider: any interaction signs in the account the test names, and consent is implied.
    idp = await startTestIdentityProvider({ redirectUris: [CALLBACK], directory: DIRECTORY, client: CLIENT });
    issuer = idp.issuer;

    const db = getDb().db;
    await createTenant(db, {
      slug: 'lakeside', name: 'Lakeside Hospital', kind: 'nonprofit_hospital', state: 'MN',
      staff: [
        { email: 'admin@lakeside.example', displayName: 'Ada Admin', password: 'a-long-admin-password', roles: ['admin'] },
        { email: 'nora@lakeside.example', displayName: 'Nora Nurse', password: 'a-long-enough-password', roles: ['access_representative'] },
        { email: 'olga@elsewhere.example', displayName: 'Olga Outside', password: 'a-long-enough-password', roles: ['access_representative'] },
      ],
    });
    t = await createTestApp(getDb(), { publicUrl: PUBLIC_URL });
    admin = await t.signIn('admin@lakeside.example', 'a-long-admin-password');
  });
  afterAll(async () => {
    await t?.app.close();
    await idp?.close();
  });

  /** A browser: Kindly through app.inject, the provider over real HTTP, each with its own cookies. */
  async function browserSignIn(account: string): Promise<{ location: string; session?: string }> {
    idp.signInAs(account);
    const start = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start?tenant=lakeside' });
    expect(start.statusCode).toBe(303);
    const attempt = start.cookies.find((c) => c.name === 'kindly_sign_on')!;
    expect(attempt).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/oidc' });
    const auth = new URL(start.headers.location as string);
    expect(auth.origin).toBe(issuer);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('state')).toBeTruthy();
    expect(auth.searchParams.get('nonce')).toBeTruthy();
    const jar = new Map<string, string>();
    let url = auth.href;
    for (let hop = 0; hop < 10 && url.startsWith(issuer); hop++) {
      const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const [k, v] = pair!.split('=');
        jar.set(k!, v ?? '');
      }
      url = new URL(res.headers.get('location')!, url).href;
    }
    expect(url.startsWith(CALLBACK)).toBe(true);
    const back = await t.app.inject({ method: 'GET', url: url.slice(PUBLIC_URL.length), headers: { cookie: `kindly_sign_on=${attempt.value}` } });
    expect(back.statusCode).toBe(303);
    const session = back.cookies.find((c) => c.name === 'kindly_session' && c.value);
    return { location: back.headers.location as string, ...(session ? { session: `kindly_session=${session.value}` } : {}) };
  }

  it('an admin sets up the provider; the secret is stored encrypted and never shown back', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc?tenant=lakeside' });
    expect(none.json()).toEqual({ offer: null });
    const bad = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/sign-on', headers: { cookie: admin }, payload: { displayName: 'Lakeside Login', issuer: 'ftp://idp', clientId: '', allowedDomains: [], enabled: true } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['issuer', 'clientId', 'clientSecret', 'allowedDomains']);

    const saved = await t.app.inject({
      method: 'PUT', url: '/api/v1/admin/sign-on', headers: { cookie: admin },
      payload: { displayName: 'Lakeside Login', issuer, clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret, allowedDomains: ['lakeside.example'], enabled: true },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).not.toContain(CLIENT.client_secret);
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/admin/sign-on', headers: { cookie: admin } });
    expect(read.json()).toMatchObject({ settings: { displayName: 'Lakeside Login', issuer, clientId: CLIENT.client_id, hasClientSecret: true, allowedDomains: ['lakeside.example'] }, redirectUri: CALLBACK });
    expect(read.body).not.toContain(CLIENT.client_secret);
    const [raw] = await getDb().query<{ client_secret: string }>('select client_secret from tenant_sign_on');
    expect(raw!.client_secret).not.toContain(CLIENT.client_secret);

    // Changing the name without a secret keeps the stored one.
    const renamed = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/sign-on', headers: { cookie: admin }, payload: { displayName: 'Lakeside Staff Login', issuer, clientId: CLIENT.client_id, allowedDomains: ['lakeside.example'], enabled: true } });
    expect(renamed.json()).toMatchObject({ hasClientSecret: true, displayName: 'Lakeside Staff Login' });

    const nurse = await t.signIn('nora@lakeside.example', 'a-long-enough-password');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/sign-on', headers: { cookie: nurse } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc?tenant=lakeside' })).json()).toEqual({ offer: { tenantSlug: 'lakeside', displayName: 'Lakeside Staff Login' } });
    // The installation's only tenant offers its button without being named; another slug gets none.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc' })).json()).toEqual({ offer: { tenantSlug: 'lakeside', displayName: 'Lakeside Staff Login' } });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc?tenant=riverbend' })).json()).toEqual({ offer: null });
  });

  it('an existing staff member signs in through the provider and gets a working session (audited)', async () => {
    const r = await browserSignIn('nurse');
    expect(r.location).toBe('/');
    expect(r.session).toBeDefined();
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: r.session! } });
    expect(me.json()).toMatchObject({ email: 'nora@lakeside.example', tenantName: 'Lakeside Hospital', roles: ['access_representative'] });
    const logins = await getDb().db.select().from(auditLog).where(and(eq(auditLog.action, 'login'), eq(auditLog.actorId, me.json().userId)));
    expect(logins.map((l) => l.details)).toContainEqual({ method: 'oidc', issuer });
  });

  it('refuses, with a reason the sign-in page words plainly, people who are not staff here', async () => {
    expect(await browserSignIn('stranger')).toEqual({ location: '/?sso_error=unknown_user' });
    expect(await browserSignIn('unverified')).toEqual({ location: '/?sso_error=email_not_verified' });
    expect(await browserSignIn('outsider')).toEqual({ location: '/?sso_error=domain_not_allowed' });
    const refusals = await getDb().db.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, 'login_failed'));
    expect(refusals.map((r) => (r.details as { reason: string }).reason)).toEqual(expect.arrayContaining(['unknown_user', 'email_not_verified', 'domain_not_allowed']));
  });

  it('a callback without the attempt cookie, or with a forged one, signs no one in', async () => {
    const noCookie = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=abc&state=xyz' });
    expect(noCookie.headers.location).toBe('/?sso_error=expired');
    const forged = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=abc&state=xyz', headers: { cookie: 'kindly_sign_on=eyJ0ZW5hbnRJZCI6IngifQ.bad' } });
    expect(forged.headers.location).toBe('/?sso_error=expired');
    expect(forged.cookies.find((c) => c.name === 'kindly_session' && c.value)).toBeUndefined();
  });

  it('with a group-to-role map, the provider’s groups set the person’s roles at sign-in', async () => {
    await getDb().db.update(tenantSignOn).set({ roleClaim: 'groups', roleMap: { 'billing-office': 'billing_specialist' } });
    const r = await browserSignIn('nurse');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: r.session! } });
    expect(me.json().roles).toEqual(['billing_specialist']);
  });

  it('once the admin removes the provider, the button goes away', async () => {
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/admin/sign-on', headers: { cookie: admin } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc?tenant=lakeside' })).json()).toEqual({ offer: null });
    const start = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start?tenant=lakeside' });
    expect(start.headers.location).toBe('/?sso_error=not_configured');
  });
});
