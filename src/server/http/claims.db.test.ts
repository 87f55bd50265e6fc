import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { AccessContext } from '../../platform/audit/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { ingestFiles } from '../../modules/ingestion/index.js';
import { DEMO_TENANT_SLUG, seedDemoTenant } from '../../modules/simulation/index.js';
import type { AppealWindows, ClaimStatus, DenialList, FollowupList, OpenedAppeal } from './contracts/claims.js';
import { createTestApp, type TestApp } from './testing.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'modules', 'ingestion', 'fixtures');

// The test app fails any response whose schema would drop a field, so each call here also checks
// that the claims contracts describe everything the billing office's page is sent.
describeDb('claims over HTTP: follow-ups, status checks, denials and appeals as the billing page reads them', (getDb) => {
  let t: TestApp;
  let ctx: AccessContext;
  let billing: string;
  beforeAll(async () => {
    t = await createTestApp(getDb(), { now: '2026-10-20T15:00:00Z' });
    await seedDemoTenant(getDb().db, t.clock, { persons: 2 });
    const [tenant] = await getDb().query<{ id: string }>('select id from tenants where slug = $1', [DEMO_TENANT_SLUG]);
    ctx = { tenantId: tenant!.id, actor: { kind: 'user', id: 'billing-feed', roles: ['billing_specialist'] }, purpose: 'operations', clock: t.clock };
    await ingestFiles(getDb(), ctx, [join(FIXTURES, 'claims-bad-lines.837')]);
  });
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => t.app.inject({ method, url, headers: { cookie: billing }, ...(payload ? { payload } : {}) });

  it('claims without an answer after 30 days: the list, a status check through the clearinghouse, a task', async () => {
    t.clock.set('2026-11-20T15:00:00Z');
    // Signed in after the month has passed (a session would not last it).
    billing = await t.signIn('billing@riverbend.example');
    const res = await call('GET', '/api/v1/claims/followups');
    expect(res.statusCode).toBe(200);
    const list = res.json() as FollowupList;
    expect(list.afterDays).toBe(30);
    expect(list.items.map((i) => [i.claimControlNumber, i.chargeCents, i.daysWaiting])).toEqual([['RB-1001', 15000, 31], ['RB-1005', 9500, 31]]);
    const status = await call('POST', '/api/v1/claims/followups/status', { claimKey: list.items[0]!.claimKey });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ claimControlNumber: 'RB-1001', summary: expect.any(String) } satisfies Partial<ClaimStatus>);
    const task = await call('POST', '/api/v1/claims/followups/task', { key: list.items[0]!.claimKey, assignedTo: 'billing-1' });
    expect(task.json()).toMatchObject({ assignedTo: 'billing-1', dueAt: expect.stringMatching(/^2026-11-2\dT/) });
    const after = (await call('GET', '/api/v1/claims/followups')).json() as FollowupList;
    expect(after.items[0]).toMatchObject({ lastStatus: { summary: expect.any(String) }, task: { assignedTo: 'billing-1', status: 'open' } });
  });

  it('the 835 denies one claim: the denials worklist in plain words, an appeal opened and closed, the payer windows', async () => {
    await ingestFiles(getDb(), ctx, [join(FIXTURES, 'remit-denial.835')]);
    const tasks = await call('POST', '/api/v1/claims/tasks', {});
    // Both claims were answered: the one follow-up task is closed, and both answers are denials to work.
    expect(tasks.json()).toEqual({ workDenial: 2, claimFollowup: 0, answered: 1 });
    const res = await call('GET', '/api/v1/claims/denials');
    expect(res.statusCode).toBe(200);
    const denials = res.json() as DenialList;
    expect(denials.total).toBe(2);
    expect(denials.source.length).toBeGreaterThan(0);
    const auth = denials.groups.find((g) => g.code === '197')!;
    expect(auth).toMatchObject({ label: 'Missing prior authorization', count: 1, deniedCents: 15000 });
    expect(auth.items[0]).toMatchObject({ claimControlNumber: 'RB-1001', kind: 'denied', appealDeadline: '2027-05-19', remarks: [{ code: 'N54' }] });
    expect(auth.items[0]!.reasons[0]).toMatchObject({ group: 'CO', code: '197', billableToPatient: false });
    const partial = denials.groups.flatMap((g) => g.items).find((i) => i.claimControlNumber === 'RB-1005')!;
    expect((await call('POST', '/api/v1/claims/denials/task', { key: partial.remittanceKey, assignedTo: 'billing-2' })).json()).toMatchObject({ assignedTo: 'billing-2' });
    const opened = await call('POST', '/api/v1/claims/appeals', { remittanceKey: partial.remittanceKey, note: 'Plan covers this visit type' });
    expect(opened.statusCode).toBe(200);
    const appeal = opened.json() as OpenedAppeal;
    expect(appeal.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const listed = ((await call('GET', '/api/v1/claims/denials')).json() as DenialList).groups.flatMap((g) => g.items).find((i) => i.claimControlNumber === 'RB-1005')!;
    expect(listed).toMatchObject({ appeal: { id: appeal.id, status: 'open' }, task: { assignedTo: 'billing-2' } });
    expect((await call('POST', `/api/v1/claims/appeals/${appeal.id}/close`, { outcome: 'lost' })).json()).toEqual({ id: appeal.id, status: 'lost' });
    expect((await call('PUT', '/api/v1/claims/appeal-windows/PHP01', { days: 90 })).json()).toEqual({ payerId: 'PHP01', days: 90 });
    expect((await call('GET', '/api/v1/claims/appeal-windows')).json()).toEqual({ defaultDays: 180, payers: { PHP01: 90 } } satisfies AppealWindows);
  });

  it('the OpenAPI document describes these responses field by field, and the statement and dispute export in each of their formats', async () => {
    const spec = (await t.app.inject({ url: '/openapi.json', headers: { cookie: billing } })).json();
    const json = (path: string, method = 'get') => spec.paths[path][method].responses['200'].content['application/json'].schema;
    expect(json('/api/v1/claims/denials').properties.groups.items.properties.items.items.properties.appealDeadline.type).toBe('string');
    expect(json('/api/v1/claims/followups').properties.items.items.required).toContain('daysWaiting');
    expect(json('/api/v1/accounts/{accountId}').properties.entries.items.properties.amountCents.type).toBe('integer');
    expect(json('/api/v1/payments/reconciliation').required).toContain('ok');
    expect(json('/api/v1/compliance/rules').properties.rules.items.properties.citation.type).toBe('string');
    expect(Object.keys(spec.paths['/api/v1/persons/{personId}/statement'].get.responses['200'].content)).toEqual(['application/json', 'text/html', 'application/pdf']);
    expect(json('/api/v1/persons/{personId}/statement').properties.totals.properties.youOweCents.type).toBe('integer');
    expect(Object.keys(spec.paths['/api/v1/disputes'].get.responses['200'].content)).toEqual(['application/json', 'text/csv']);
  });
});
