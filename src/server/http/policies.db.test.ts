import { beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { loadFapPolicyVersioned } from '../../modules/assistance/index.js';
import { loadPaymentPolicy } from '../../modules/plans/index.js';
import { listDispositionsVersioned } from '../../modules/workspace/index.js';
import { tenantOutreachConfig } from '../../modules/configuration/index.js';
import { loadOutreachConfig } from '../../modules/outreach/index.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

const NOW = '2026-03-02T15:00:00Z';

describeDb('policies and dispositions as versioned documents', (getDb) => {
  let t: TestApp;
  let admin: string;
  let tenantId: string;
  const req = (method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

  beforeAll(async () => {
    await seedDemoTenant(getDb().db, new ManualClock(NOW), { persons: 2 });
    t = await createTestApp(getDb(), { now: NOW });
    admin = await t.signIn('admin@riverbend.example');
    tenantId = (await getDb().query<{ id: string }>(`select id from tenants where slug = 'riverbend'`))[0]!.id;
  });

  it('a FAP policy with problems is refused with every one listed; a good one is published as version 1 and the assistance engine uses it', async () => {
    const start = (await req('GET', '/api/v1/config/policies', admin)).json().items as Array<{ kind: string; version: number; body: unknown }>;
    expect(start.map((d) => [d.kind, d.version])).toEqual([['fap_policy', 0], ['payment_policy', 0], ['dispositions', 0]]);
    expect((await loadFapPolicyVersioned(getDb().db, tenantId)).version).toBe(0);

    const bad = await req('POST', '/api/v1/config/publish', admin, { kind: 'fap_policy', name: 'default', body: { name: 'ours', tiers: [{ maxFplPercent: -5, discountPct: 140 }], agbPct: 'forty' } });
    expect(bad.statusCode).toBe(400);
    const paths = (bad.json().error.issues as Array<{ path: string; file: string }>).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['tiers.0.maxFplPercent', 'tiers.0.discountPct', 'agbPct']));
    expect(bad.json().error.issues[0].file).toBe('policies/financial-assistance.json');

    const good = { name: 'riverbend-2026', tiers: [{ maxFplPercent: 250, discountPct: 100 }, { maxFplPercent: 400, discountPct: 60 }], agbPct: 38 };
    const published = await req('POST', '/api/v1/config/publish', admin, { kind: 'fap_policy', name: 'default', body: good, baseVersion: 0 });
    expect(published.json()).toEqual({ version: 1 });
    const used = await loadFapPolicyVersioned(getDb().db, tenantId);
    expect(used.version).toBe(1);
    expect(used.policy.name).toBe('riverbend-2026');
    expect(used.policy.tiers.map((x) => x.discountPct)).toEqual([100, 60]);

    const second = await req('POST', '/api/v1/config/publish', admin, { kind: 'fap_policy', name: 'default', body: { ...good, agbPct: 36 }, baseVersion: 1 });
    expect(second.json()).toEqual({ version: 2 });
    const versions = (await req('GET', '/api/v1/config/documents/fap_policy/default/versions', admin)).json().items as Array<{ version: number }>;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    // Publishing policies leaves outreach's templates and journeys as they were.
    const base = loadOutreachConfig();
    expect(await tenantOutreachConfig(getDb().db, tenantId, base)).toBe(base);
  });

  it('the payment policy and disposition list are published the same way and used by plans and the workspace', async () => {
    const badPlan = await req('POST', '/api/v1/config/check', admin, { kind: 'payment_policy', name: 'default', body: { plan: { maxMonths: 0, minMonthlyPaymentCents: -1 }, firstInstallmentInDays: 400 } });
    expect((badPlan.json().issues as Array<{ path: string }>).map((i) => i.path)).toEqual(expect.arrayContaining(['plan.maxMonths', 'plan.minMonthlyPaymentCents', 'firstInstallmentInDays']));
    expect((await req('POST', '/api/v1/config/publish', admin, { kind: 'payment_policy', name: 'default', body: { plan: { maxMonths: 18, minMonthlyPaymentCents: 3000, maxShareOfMonthlyIncomePct: 8 } } })).json()).toEqual({ version: 1 });
    const policy = await loadPaymentPolicy(getDb().db, tenantId);
    expect(policy.version).toBe(1);
    expect(policy.plan.maxMonths).toBe(18);

    const dupes = await req('POST', '/api/v1/config/check', admin, { kind: 'dispositions', name: 'default', body: { dispositions: [
      { code: 'no_answer', label: 'No answer', reached: false, resolves: false, needs: 'none' },
      { code: 'no_answer', label: 'Again', reached: false, resolves: false, needs: 'none' },
      { code: 'Bad Code', label: '', reached: true, resolves: true, needs: 'maybe' },
    ] } });
    expect((dupes.json().issues as Array<{ path: string }>).map((i) => i.path).sort()).toEqual(['dispositions[2].code', 'dispositions[2].label', 'dispositions[2].needs']);
    const list = [
      { code: 'reached_plan', label: 'Reached – plan set up', reached: true, resolves: true, needs: 'none' },
      { code: 'no_answer', label: 'No answer', reached: false, resolves: false, needs: 'none' },
      { code: 'no_answer', label: 'Twice', reached: false, resolves: false, needs: 'none' },
    ];
    const twice = await req('POST', '/api/v1/config/publish', admin, { kind: 'dispositions', name: 'default', body: { dispositions: list } });
    expect(twice.json().error.issues).toEqual([expect.objectContaining({ path: 'dispositions[2].code', message: 'no_answer is listed twice' })]);
    expect((await req('POST', '/api/v1/config/publish', admin, { kind: 'dispositions', name: 'default', body: { dispositions: list.slice(0, 2) } })).json()).toEqual({ version: 1 });
    const used = await listDispositionsVersioned(getDb().db, tenantId);
    expect(used).toEqual({ version: 1, items: list.slice(0, 2) });
  });
});
