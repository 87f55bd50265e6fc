import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnKindly } from './helpers.js';

/** Runs `kindly` as a real process; stdout (the JSON) apart from everything else. */
const run = async (args: string[]) => {
  const cli = spawnKindly(args, { DATABASE_URL: '', KINDLY_SEED_DEMO: 'false' });
  let stdout = '';
  cli.stdout?.on('data', (d) => (stdout += String(d)));
  const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
  return { code, stdout, out: cli.output() };
};

/**
 * `kindly config export DIR` / `kindly config import DIR` as ../shared/contracts/cli.md has them:
 * counts as JSON on stdout, exit 0, 1 when some input is rejected (nothing is published then), 2
 * on bad usage. A hospital exports, changes its payment policy, imports twice (the second time
 * publishes nothing), then tries a broken FAP policy.
 */
describe('kindly config export / import', () => {
  let dataDir: string;
  let dir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kindly-config-cli-'));
    dir = mkdtempSync(join(tmpdir(), 'kindly-config-files-'));
    const tenant = await run(['--data-dir', dataDir, 'tenant', 'create', '--name', 'Lakeside Clinic', '--type', 'provider', '--state', 'OH']);
    expect(tenant.code, tenant.out).toBe(0);
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports everything in use, policies included, with counts', async () => {
    const r = await run(['--data-dir', dataDir, 'config', 'export', dir, '--json']);
    expect(r.code, r.out).toBe(0);
    const out = JSON.parse(r.stdout) as { templates: number; journeys: number; policies: number; files: string[] };
    expect(out.policies).toBe(3);
    expect(out.templates).toBeGreaterThan(0);
    expect(out.files).toEqual(expect.arrayContaining(['policies/financial-assistance.json', 'policies/payments.json', 'dispositions.json']));
  });

  it('imports a changed payment policy once; the same folder again publishes nothing', async () => {
    const file = join(dir, 'policies/payments.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), plan: { maxMonths: 12, minMonthlyPaymentCents: 5000 } }, null, 2));
    const first = await run(['--data-dir', dataDir, 'config', 'import', dir]);
    expect(first.code, first.out).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ published: 1, versions: [{ file: 'policies/payments.json', version: 1 }] });
    const again = await run(['--data-dir', dataDir, 'config', 'import', dir]);
    expect(again.code, again.out).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ published: 0, versions: [] });
  });

  it('a broken file is rejected with exit 1, naming file, line and field; bad usage exits 2', async () => {
    writeFileSync(join(dir, 'policies/financial-assistance.json'), '{\n  "tiers": [\n    { "maxFplPercent": 200, "discountPct": 140 }\n  ]\n}\n');
    const bad = await run(['--data-dir', dataDir, 'config', 'import', dir]);
    expect(bad.code, bad.out).toBe(1);
    const out = JSON.parse(bad.stdout) as { published: number; errors: Array<{ file: string; line?: number; field: string }> };
    expect(out.published).toBe(0);
    expect(out.errors).toEqual([expect.objectContaining({ file: 'policies/financial-assistance.json', line: 3, field: 'tiers.0.discountPct' })]);
    expect((await run(['--data-dir', dataDir, 'config', 'import', join(dir, 'missing')])).code).toBe(2);
    expect((await run(['--data-dir', dataDir, 'config', 'export', dir, '--tenant', 'nowhere'])).code).toBe(2);
    expect((await run(['--data-dir', dataDir, 'config', 'import'])).code).toBe(2);
  });
});
