import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

describeDb('worklist and tasks over HTTP: permissions shown are the permissions enforced', (getDb) => {
  let t: TestApp;
  let coordinator: string;
  let access: string;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 6 });
    coordinator = await t.signIn('coordinator@riverbend.example');
    access = await t.signIn('access@riverbend.example');
  });

  it('/me lists what the role may do, and the API refuses exactly what is not listed', async () => {
    const me = (cookie: string) => t.app.inject({ url: '/api/v1/me', headers: { cookie } }).then((r) => r.json() as { permissions: string[] });
    const c = await me(coordinator);
    expect(c.permissions).toEqual(expect.arrayContaining(['worklist.use', 'tasks.work', 'accounts.read']));
    expect(c.permissions).not.toContain('users.manage');
    const a = await me(access);
    expect(a.permissions).toContain('frontdesk.checkin');
    expect(a.permissions).not.toContain('worklist.use');
    expect(a.permissions).not.toContain('tasks.work');

    expect((await t.app.inject({ url: '/api/v1/worklist', headers: { cookie: access } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/tasks', headers: { cookie: access } })).statusCode).toBe(403);
    const ok = await t.app.inject({ url: '/api/v1/worklist?limit=5', headers: { cookie: coordinator } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toMatch(/no-store/);
    for (const item of (ok.json() as { items: Array<{ patientDueCents: number }> }).items) expect(item.patientDueCents).toBeGreaterThan(0);
  });

  it('bad input names the field', async () => {
    const cursor = await t.app.inject({ url: '/api/v1/worklist?after=garbage', headers: { cookie: coordinator } });
    expect(cursor.statusCode).toBe(400);
    expect(cursor.body).toContain('after');
    const aging = await t.app.inject({ url: '/api/v1/worklist?aging=old', headers: { cookie: coordinator } });
    expect(aging.statusCode).toBe(400);
    expect(aging.body).toContain('aging');
    const snooze = await t.app.inject({ method: 'POST', url: '/api/v1/tasks/any', headers: { cookie: coordinator }, payload: { action: 'snooze', until: 'tomorrow' } });
    expect(snooze.statusCode).toBe(400);
    expect(snooze.body).toContain('until');
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/tasks/no-such-task', headers: { cookie: coordinator }, payload: { action: 'assign_to_me' } });
    expect(missing.statusCode).toBe(404);
  });
});
