import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

describeDb('the strategy simulator over HTTP', (getDb) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 2 });
    for (const who of ['billing', 'access']) cookies[who] = await t.signIn(`${who}@riverbend.example`);
  });

  it('a billing specialist starts a bounded run, polls it, and gets both strategies back; front-desk staff may not', async () => {
    const list = (await t.app.inject({ url: '/api/v1/simulations/strategies', headers: { cookie: cookies.billing } })).json() as { items: Array<{ name: string }> };
    expect(list.items.map((s) => s.name).sort()).toEqual(['aggressive-late', 'gentle-early', 'standard']);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/simulations', headers: { cookie: cookies.access }, payload: { strategies: ['standard'] } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/simulations', headers: { cookie: cookies.billing }, payload: { strategies: ['standard'], accounts: 100_000 } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/simulations', headers: { cookie: cookies.billing }, payload: { strategies: ['reckless'] } })).statusCode).toBe(400);

    const started = await t.app.inject({ method: 'POST', url: '/api/v1/simulations', headers: { cookie: cookies.billing }, payload: { strategies: ['gentle-early', 'aggressive-late'], accounts: 60, days: 45, seed: 5 } });
    expect(started.statusCode).toBe(202);
    const { id } = started.json() as { id: string };
    // Poll as the page does, until the worker thread has answered (the test's own timeout bounds it).
    let done: { status: string; result: { model: string; strategies: Array<{ name: string }> } | null };
    for (;;) {
      done = (await t.app.inject({ url: `/api/v1/simulations/${id}`, headers: { cookie: cookies.billing } })).json() as typeof done;
      if (done.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(done.status).toBe('done');
    expect(done.result!.model).toContain('a model, not a forecast');
    expect(done.result!.strategies.map((s) => s.name)).toEqual(['gentle-early', 'aggressive-late']);
    expect((await t.app.inject({ url: '/api/v1/simulations/no-such-run', headers: { cookie: cookies.billing } })).statusCode).toBe(404);
  }, 240_000);
});
