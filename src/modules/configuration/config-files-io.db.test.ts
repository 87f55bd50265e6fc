import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { AppError } from '../../platform/errors/index.js';
import { loadFapPolicyVersioned } from '../assistance/index.js';
import { complianceEvaluator, loadOutreachConfig } from '../outreach/index.js';
import { loadPaymentPolicy } from '../plans/index.js';
import { loadTenantRuleSet } from '../policies/index.js';
import { seedDemoTenant } from '../simulation/index.js';
import { currentDocuments, exportConfig, importConfig } from './index.js';

const NOW = '2026-03-02T15:00:00Z';

/**
 * A hospital keeps its Kindly configuration in its own git: it exports everything in use (templates,
 * journeys, both policies, the call outcomes, its compliance rule overrides), edits the files, and
 * imports them. A folder with any problem publishes nothing and names the file, line and field;
 * importing the same folder twice publishes nothing the second time.
 */
describeDb('configuration files: export and import, policies included', (getDb) => {
  const clock = new ManualClock(NOW);
  const base = loadOutreachConfig();
  const deps = { base, publicUrl: 'http://localhost:3000', evaluate: complianceEvaluator() };
  let tenantId: string;
  let dir: string;
  const ctx = () => ({ tenantId, actor: { kind: 'system' as const, id: 'config-import', roles: [] }, purpose: 'operations' as const, clock });
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  const write = (file: string, body: unknown) => writeFileSync(join(dir, file), JSON.stringify(body, null, 2) + '\n');
  const versionCount = async () => (await getDb().query<{ n: number }>('select count(*)::int as n from config_documents where tenant_id = $1', [tenantId]))[0]!.n;

  beforeAll(async () => {
    await seedDemoTenant(getDb().db, clock, { persons: 1 });
    tenantId = (await getDb().query<{ id: string }>(`select id from tenants where slug = 'riverbend'`))[0]!.id;
    dir = mkdtempSync(join(tmpdir(), 'kindly-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports the policies in use beside the templates and journeys, and importing them back changes nothing', async () => {
    const out = await exportConfig(getDb().db, tenantId, base, dir);
    expect(out.files).toEqual(expect.arrayContaining(['templates/en.json', 'policies/financial-assistance.json', 'policies/payments.json', 'dispositions.json']));
    expect(out).toMatchObject({ templates: Object.keys(base.templates).length, journeys: base.journeys.length, policies: 3 });
    // Nothing published yet: the files are what the engines use (settings or Kindly's defaults).
    expect(read('policies/payments.json')).toMatchObject({ plan: { maxMonths: 24, minMonthlyPaymentCents: 2500 }, firstInstallmentInDays: 30 });
    expect((read('dispositions.json').dispositions as unknown[]).length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'policies')).sort()).toEqual(['financial-assistance.json', 'payments.json']);

    const again = await importConfig(getDb().db, ctx(), dir, deps);
    expect(again).toEqual({ published: 0, unchanged: out.files.length, versions: [] });
    expect(await versionCount()).toBe(0);
  });

  it('publishes changed policies and new compliance overrides as new versions, once', async () => {
    write('policies/payments.json', { ...read('policies/payments.json'), plan: { maxMonths: 18, minMonthlyPaymentCents: 3000, maxShareOfMonthlyIncomePct: 8 } });
    write('policies/financial-assistance.json', { name: 'riverbend-2026', tiers: [{ maxFplPercent: 250, discountPct: 100 }, { maxFplPercent: 400, discountPct: 60 }], agbPct: 38 });
    write('policies/compliance-overrides.json', { version: 'riverbend-quiet-1', add: { contactWindows: [{ id: 'riverbend.quiet', reason: 'policy_inconvenient_time', start: '09:00', end: '20:00' }] } });
    const r = await importConfig(getDb().db, ctx(), dir, deps);
    expect(r.published).toBe(3);
    expect(r.versions).toEqual(expect.arrayContaining([
      { file: 'policies/payments.json', version: 1 },
      { file: 'policies/financial-assistance.json', version: 1 },
      { file: 'policies/compliance-overrides.json', version: 'riverbend-quiet-1' },
    ]));
    expect((await loadPaymentPolicy(getDb().db, tenantId)).plan.maxMonths).toBe(18);
    expect((await loadFapPolicyVersioned(getDb().db, tenantId)).policy.name).toBe('riverbend-2026');
    expect((await loadTenantRuleSet(getDb().db, tenantId)).version).toContain('riverbend-quiet-1');

    // The same folder again: no new versions of anything.
    const before = await versionCount();
    expect(await importConfig(getDb().db, ctx(), dir, deps)).toMatchObject({ published: 0, versions: [] });
    expect(await versionCount()).toBe(before);
    // And an export now writes the overrides too, equal to the file imported.
    const out = await exportConfig(getDb().db, tenantId, base, mkdtempSync(join(tmpdir(), 'kindly-config-')));
    expect(out.files).toContain('policies/compliance-overrides.json');
    expect(out.policies).toBe(4);
  });

  it('a folder with one bad policy publishes nothing, not even its good files, and says which file, line and field', async () => {
    const before = await currentDocuments(getDb().db, tenantId);
    write('policies/payments.json', { ...read('policies/payments.json'), plan: { maxMonths: 12, minMonthlyPaymentCents: 4000 } });
    write('dispositions.json', { dispositions: [{ code: 'no_answer', label: 'No answer', reached: false, resolves: false, needs: 'none' }, { code: 'no_answer', label: 'Again', reached: false, resolves: false, needs: 'none' }] });
    writeFileSync(join(dir, 'policies/financial-assistance.json'), '{\n  "name": "riverbend-2026",\n  "tiers": [\n    { "maxFplPercent": 250, "discountPct": 140 }\n  ],\n  "agbPct": 38\n}\n');
    writeFileSync(join(dir, 'policies/notes.json'), '{}');
    const err = await importConfig(getDb().db, ctx(), dir, deps).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    const issues = (err as AppError).issues;
    expect(issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'policies/notes.json' }),
    ]));
    rmSync(join(dir, 'policies/notes.json'));
    const err2 = (await importConfig(getDb().db, ctx(), dir, deps).catch((e: unknown) => e)) as AppError;
    expect(err2.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'policies/financial-assistance.json', path: 'tiers.0.discountPct', line: 4 }),
      expect.objectContaining({ file: 'dispositions.json', path: 'dispositions[1].code', message: 'no_answer is listed twice' }),
    ]));
    expect(err2.message).toContain('policies/financial-assistance.json:4 tiers.0.discountPct');
    // The good payment-policy change waited too: all or nothing.
    expect(await currentDocuments(getDb().db, tenantId)).toEqual(before);
    expect((await loadPaymentPolicy(getDb().db, tenantId)).plan.maxMonths).toBe(18);
  });

  it('changed compliance overrides under a version already saved are refused at their version field', async () => {
    write('policies/financial-assistance.json', { name: 'riverbend-2026', tiers: [{ maxFplPercent: 250, discountPct: 100 }, { maxFplPercent: 400, discountPct: 60 }], agbPct: 38 });
    write('dispositions.json', { dispositions: [{ code: 'no_answer', label: 'No answer', reached: false, resolves: false, needs: 'none' }] });
    write('policies/compliance-overrides.json', { version: 'riverbend-quiet-1', add: { contactWindows: [{ id: 'riverbend.quiet', reason: 'policy_inconvenient_time', start: '10:00', end: '20:00' }] } });
    const err = (await importConfig(getDb().db, ctx(), dir, deps).catch((e: unknown) => e)) as AppError;
    expect(err.issues).toEqual([expect.objectContaining({ file: 'policies/compliance-overrides.json', path: 'version', line: 2 })]);
    // A day later (the newest saved rule set is the one in use).
    clock.advance(86_400_000);
    write('policies/compliance-overrides.json', { version: 'riverbend-quiet-2', add: { contactWindows: [{ id: 'riverbend.quiet', reason: 'policy_inconvenient_time', start: '10:00', end: '20:00' }] } });
    const r = await importConfig(getDb().db, ctx(), dir, deps);
    expect(r.versions.map((v) => v.file).sort()).toEqual(['dispositions.json', 'policies/compliance-overrides.json', 'policies/payments.json']);
    expect((await loadTenantRuleSet(getDb().db, tenantId)).version).toContain('riverbend-quiet-2');
  });
});
