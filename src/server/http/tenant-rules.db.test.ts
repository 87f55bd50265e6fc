import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

const question = {
  id: 'q1',
  kind: 'contact',
  collector: { role: 'original_creditor', entity: 'hospital' },
  consumer: { state: 'IL', timeZones: ['America/Chicago'] },
  channel: 'call',
  // 08:30 in Chicago: inside Regulation F's hours, outside the tenant's own quiet hours.
  at: '2026-09-17T13:30:00Z',
  debtIds: ['D1'],
};

describeDb('tenant compliance rules as data', (getDb) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 2 });
    admin = await t.signIn('admin@riverbend.example');
  });

  it('lists every problem of an invalid rule set at once and saves nothing', async () => {
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/compliance/rules', headers: { cookie: admin }, payload: { version: 'v1', add: { callCaps: [{ id: 'x', maxContacts: -1, days: 0 }] } } });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['add.callCaps[0].maxContacts', 'add.callCaps[0].days']));
  });

  it('applies stricter quiet hours without code, and every decision records the version', async () => {
    const before = (await t.app.inject({ method: 'POST', url: '/api/v1/compliance/evaluate', headers: { cookie: admin }, payload: question })).json();
    expect(before.allowed).toBe(true);
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/compliance/rules',
      headers: { cookie: admin },
      payload: { version: 'riverbend-quiet-1', add: { contactWindows: [{ id: 'riverbend.quiet', reason: 'policy_inconvenient_time', start: '09:00', end: '20:00' }] } },
    });
    expect(saved.statusCode).toBe(200);
    const after = (await t.app.inject({ method: 'POST', url: '/api/v1/compliance/evaluate', headers: { cookie: admin }, payload: question })).json();
    expect(after).toMatchObject({ allowed: false, reasons: ['policy_inconvenient_time'], earliestAllowedAt: '2026-09-17T14:00:00Z' });
    expect(after.ruleSetVersion).toMatch(/\+riverbend-quiet-1$/);
    const again = await t.app.inject({ method: 'PUT', url: '/api/v1/compliance/rules', headers: { cookie: admin }, payload: { version: 'riverbend-quiet-1' } });
    expect(again.statusCode).toBe(409);
  });

  it("the account 360's call check runs on the tenant's saved rules, like the contact check", async () => {
    // 08:30 on the US East Coast and earlier to the west: inside the saved quiet hours everywhere.
    t.clock.set('2026-09-17T12:30:00Z');
    const coordinator = await t.signIn('coordinator@riverbend.example');
    const [account] = await getDb().query<{ id: string }>(`select id from accounts order by id limit 1`);
    const view = (await t.app.inject({ url: `/api/v1/workspace/accounts/${account!.id}`, headers: { cookie: coordinator } })).json();
    const check = (await t.app.inject({ url: `/api/v1/accounts/${account!.id}/contact-check?channel=call`, headers: { cookie: coordinator } })).json();
    expect(view.callNow).toEqual({ allowed: check.allowed, reasons: check.reasons, earliestAllowedAt: check.earliestAllowedAt ?? null });
    expect(view.callNow.allowed).toBe(false);
    expect(view.callNow.reasons).toContain('policy_inconvenient_time');
  });

  it('only the compliance officer and an administrator may change rules; others read the catalogue', async () => {
    const officer = await t.signIn('compliance@riverbend.example');
    const coordinator = await t.signIn('coordinator@riverbend.example');
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/compliance/rules', headers: { cookie: coordinator }, payload: { version: 'x' } })).statusCode).toBe(403);
    const cat = (await t.app.inject({ url: '/api/v1/compliance/rules', headers: { cookie: officer } })).json();
    expect(cat.rules.length).toBeGreaterThan(20);
    expect(cat.rules.some((r: { id: string }) => r.id === 'riverbend.quiet')).toBe(true);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/compliance/rules', headers: { cookie: officer }, payload: { version: 'officer-1', extends: 'kindly-2026.1' } })).statusCode).toBe(200);
  });
});
