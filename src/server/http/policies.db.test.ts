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
  it('before publishing, a preview shows what a draft FAP policy changes for sample households, with the engine’s own screening', async () => {
    // In use: version 2 above (free care to 250% of the guideline, 60% off to 400%, AGB 36%).
    const draft = { name: 'back-to-default', tiers: [{ maxFplPercent: 200, discountPct: 100 }, { maxFplPercent: 300, discountPct: 75 }, { maxFplPercent: 400, discountPct: 50 }], agbPct: 40 };
    const r = await req('POST', '/api/v1/config/policies/preview', admin, { kind: 'fap_policy', body: draft });
    expect(r.statusCode).toBe(200);
    const p = r.json();
    expect(p).toMatchObject({ kind: 'fap_policy', issues: [], currentVersion: 2, sampleBillCents: 100_000 });
    const at = (pct: number, presumptive: string | null = null) => p.rows.find((x: { household: { fplPercent: number; presumptive: string | null } }) => x.household.fplPercent === pct && x.household.presumptive === presumptive);
    expect(at(210)).toMatchObject({ changed: true, current: { eligible: true, discountPct: 100, patientPaysCents: 0 }, draft: { eligible: true, discountPct: 75, patientPaysCents: 25_000 } });
    expect(at(350)).toMatchObject({ changed: true, current: { discountPct: 60, patientPaysCents: 36_000 }, draft: { discountPct: 50, patientPaysCents: 40_000 } });
    expect(at(90)).toMatchObject({ changed: false, draft: { discountPct: 100 } });
    expect(at(600)).toMatchObject({ changed: false, current: { eligible: false, patientPaysCents: 100_000 } });
    expect(at(130, 'medicaid')).toMatchObject({ changed: false, draft: { basis: 'presumptive', discountPct: 100 } });
    // The household's income is the same under both: set from the guideline of the year in use.
    expect(at(210).current.fplPercent).toBe(210);
    expect(at(210).household.annualIncomeCents).toBeGreaterThan(0);

    const custom = await req('POST', '/api/v1/config/policies/preview', admin, { kind: 'fap_policy', body: draft, households: [{ size: 2, fplPercent: 275, state: 'AK' }] });
    expect(custom.json().rows).toEqual([expect.objectContaining({ household: expect.objectContaining({ size: 2, fplPercent: 275, state: 'AK' }), draft: expect.objectContaining({ discountPct: 75 }) })]);
    const bad = await req('POST', '/api/v1/config/policies/preview', admin, { kind: 'fap_policy', body: { tiers: [{ maxFplPercent: 200, discountPct: 140 }] } });
    expect(bad.json()).toMatchObject({ rows: [], issues: [expect.objectContaining({ path: 'tiers.0.discountPct' })] });
    // Previewing publishes nothing.
    expect((await loadFapPolicyVersioned(getDb().db, tenantId)).version).toBe(2);
  });

  it('before publishing, a preview shows the plan quotes for sample balances under the payment policy in use and the draft', async () => {
    // In use: version 1 above (18 months at most, $30 a month at least, 8% of income).
    const r = await req('POST', '/api/v1/config/policies/preview', admin, { kind: 'payment_policy', body: { plan: { maxMonths: 12, minMonthlyPaymentCents: 5000 } } });
    expect(r.statusCode).toBe(200);
    const p = r.json();
    expect(p).toMatchObject({ kind: 'payment_policy', issues: [], currentVersion: 1 });
    type Outcome = { options: Array<{ months: number; monthlyPaymentCents: number; lastPaymentCents: number }>; maxMonths: number; minMonthlyPaymentCents: number; payInFull: unknown };
    const small = p.rows.find((x: { sample: { balanceCents: number } }) => x.sample.balanceCents === 7_500) as { current: Outcome; draft: Outcome; changed: boolean };
    expect(small.changed).toBe(true);
    // The lowest payment a patient is offered is the policy's minimum, with a smaller last one.
    expect(small.current.options.at(-1)).toMatchObject({ months: 3, monthlyPaymentCents: 3000, lastPaymentCents: 1500 });
    expect(small.draft.options.at(-1)).toMatchObject({ months: 2, monthlyPaymentCents: 5000, lastPaymentCents: 2500 });
    for (const row of p.rows as Array<{ current: Outcome; draft: Outcome }>) {
      expect(row.current.maxMonths).toBe(18);
      expect(row.draft).toMatchObject({ maxMonths: 12, minMonthlyPaymentCents: 5000 });
      for (const o of row.draft.options) expect(o.months).toBeLessThanOrEqual(12);
      for (const o of row.current.options) expect(o.months).toBeLessThanOrEqual(18);
      // The early-out discount is the defaults' 5% under both (the draft kept the discounts).
      expect(row.draft.payInFull).toMatchObject({ discountPct: 5, withinDays: 30 });
    }
    const odd = await req('POST', '/api/v1/config/policies/preview', admin, { kind: 'payment_policy', body: { plan: { maxMonths: 12, maxStartDeferralDays: 20 }, firstInstallmentInDays: 45 } });
    expect(odd.json()).toMatchObject({ rows: [], issues: [expect.objectContaining({ path: 'firstInstallmentInDays' })] });
    const bad = await req('POST', '/api/v1/config/policies/preview', admin, { kind: 'payment_policy', body: { plan: { maxMonths: 0 } } });
    expect(bad.json().issues.map((i: { path: string }) => i.path)).toContain('plan.maxMonths');
    expect((await loadPaymentPolicy(getDb().db, tenantId)).version).toBe(1);
  });
});
