import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant, SESSION_TTL_MS } from '../../modules/identity/index.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

describeDb('access control, tenant isolation and audit over HTTP', (getDb) => {
  let t: TestApp;
  let demoAccountId: string;

  beforeAll(async () => {
    const database = getDb();
    t = await createTestApp(database);
    await seedDemoTenant(database.db, t.clock, { persons: 12 });
    await createTenant(database.db, {
      slug: 'other-agency',
      name: 'Other Agency',
      kind: 'agency',
      staff: [{ email: 'agent@other.example', displayName: 'Other Agent', password: 'other-pass-1', roles: ['collections_coordinator'] }],
    });
    const [row] = await database.query<{ id: string }>(`select id from accounts order by id limit 1`);
    demoAccountId = row!.id;
  });

  it('refuses requests without a session (401)', async () => {
    const res = await t.app.inject({ url: '/api/v1/accounts' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@riverbend.example', password: 'nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.userMessage).toMatch(/do not match/);
  });

  it('gives the session cookie a lifetime (Max-Age), not a date from the server\'s possibly simulated clock', async () => {
    // The test app's clock stands at 2026-11-23; an Expires date from it would already be past for
    // a browser on a later real date, which would then drop the cookie and never sign in.
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@riverbend.example', password: 'kindly-demo' } });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain(`Max-Age=${SESSION_TTL_MS / 1000}`);
    expect(cookie).not.toMatch(/Expires=/i);
    expect(cookie).toMatch(/HttpOnly/);
  });

  it('answers 403 to a role without the permission, and audits the denial', async () => {
    const cookie = await t.signIn('billing@riverbend.example');
    const res = await t.app.inject({ url: '/api/v1/audit', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    const denied = await getDb().query<{ action: string; record_id: string; request_id: string }>(
      `select action, record_id, request_id from audit_log where action = 'denied' order by id desc limit 1`,
    );
    expect(denied[0]?.record_id).toBe('GET /api/v1/audit');
    expect(denied[0]?.request_id).toBe(res.headers['x-request-id']);
  });

  it('lets the compliance officer read the audit log, read-only', async () => {
    const cookie = await t.signIn('compliance@riverbend.example');
    const res = await t.app.inject({ url: '/api/v1/audit?limit=5', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.length).toBeGreaterThan(0);
  });

  it('audits every PHI read in the same request', async () => {
    const cookie = await t.signIn('coordinator@riverbend.example');
    const res = await t.app.inject({ url: `/api/v1/accounts/${demoAccountId}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const reads = await getDb().query<{ record_type: string; purpose: string }>(
      `select record_type, purpose from audit_log where request_id = $1 and action = 'read' order by record_type`,
      [res.headers['x-request-id']],
    );
    expect(reads.map((r) => r.record_type)).toEqual(['account', 'person']);
  });

  it("never shows one tenant's data to another tenant's user", async () => {
    const cookie = await t.signIn('agent@other.example', 'other-pass-1');
    const one = await t.app.inject({ url: `/api/v1/accounts/${demoAccountId}`, headers: { cookie } });
    expect(one.statusCode).toBe(404);
    const list = await t.app.inject({ url: '/api/v1/accounts', headers: { cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([]);
    const demo = await t.app.inject({ url: '/api/v1/accounts', headers: { cookie: await t.signIn('admin@riverbend.example') } });
    expect(demo.json().items.length).toBeGreaterThan(0);
  });

  it('names the field of a bad query parameter', async () => {
    const cookie = await t.signIn('admin@riverbend.example');
    const res = await t.app.inject({ url: '/api/v1/accounts?limit=abc', headers: { cookie } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('querystring.limit');
  });

  it('serves health to anyone, and the OpenAPI document and the docs to signed-in staff', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json().status).toBe('ok');
    const cookie = await t.signIn('admin@riverbend.example');
    const spec = (await t.app.inject({ url: '/openapi.json', headers: { cookie } })).json();
    expect(spec.paths['/api/v1/accounts']).toBeDefined();
    // Responses are described field by field (the contracts), not as open objects.
    const account360 = spec.paths['/api/v1/workspace/accounts/{accountId}'].get.responses['200'].content['application/json'].schema;
    expect(account360.properties.account.properties.patientDueCents.type).toBe('integer');
    expect(JSON.stringify(account360.properties.assistance)).toContain('"missing"');
    const summary = spec.paths['/api/v1/portal/summary'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(summary.properties)).toEqual(expect.arrayContaining(['statementHtml', 'payInFull', 'plan', 'payments']));
    expect((await t.app.inject({ url: '/docs/', headers: { cookie } })).statusCode).toBe(200);
  });
});
