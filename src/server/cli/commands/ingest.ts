import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { offsetClock, systemClock } from '../../../platform/clock/index.js';
import type { Database } from '../../../platform/db/index.js';
import { DEMO_TENANT_SLUG } from '../../../modules/simulation/pure.js';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

function expand(paths: string[]): string[] {
  return paths.flatMap((p) => {
    const st = statSync(p);
    if (!st.isDirectory()) return [p];
    return expand(readdirSync(p).filter((f) => !f.startsWith('.')).sort().map((f) => join(p, f)));
  });
}

/** --tenant slug or id; without it, the demo tenant (created on an empty database). */
export async function resolveTenant(database: Database, given?: string): Promise<{ id: string; timeZone: string }> {
  const find = async (v: string) => (await database.query<{ id: string; time_zone: string }>('select id, time_zone from tenants where slug = $1 or id = $1', [v]))[0];
  let row = await find(given ?? DEMO_TENANT_SLUG);
  if (!row && !given) {
    const { seedDemoTenant } = await import('../../../modules/simulation/index.js');
    await seedDemoTenant(database.db, systemClock);
    row = await find(DEMO_TENANT_SLUG);
  }
  if (!row) throw new Error(`unknown tenant ${given}`);
  return { id: row.id, timeZone: row.time_zone };
}

export const registerIngest: RegisterCommand = (program: Command) => {
  program
    .command('ingest')
    .description('Ingest FHIR R4 bundles / NDJSON, X12 837 claims, X12 835 remittances and CSV balance files (kind detected from content)')
    .argument('<paths...>', 'files or folders')
    .option('--tenant <tenant>', 'tenant slug or id (default: the demo tenant)')
    .option('--mapping <file>', 'CSV column mapping JSON: { "canonicalField": "Header name" }')
    .action(async (paths: string[], opts: { tenant?: string; mapping?: string }) => {
      let files: string[];
      let mapping: Record<string, string> | undefined;
      try {
        files = expand(paths);
        mapping = opts.mapping ? (JSON.parse(readFileSync(opts.mapping, 'utf8')) as Record<string, string>) : undefined;
      } catch (err) {
        process.stderr.write(`kindly ingest: ${(err as Error).message}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const [{ ingestFiles }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([import('../../../modules/ingestion/index.js'), import('../../config.js'), import('../../runtime.js')]);
      const config = loadConfig({ dataDir: program.opts().dataDir });
      const database = await openConfiguredDatabase(config);
      try {
        const tenant = await resolveTenant(database, opts.tenant);
        // KINDLY_NOW pins the clock as for `kindly start`, so files ingested for a demo or a test
        // land on the same day as the server's pinned clock.
        const clock = config.now ? offsetClock(config.now) : systemClock;
        const ctx = { tenantId: tenant.id, actor: { kind: 'system' as const, id: 'cli', roles: ['billing_specialist'] }, purpose: 'operations' as const, clock };
        const summary = await ingestFiles(database, ctx, files, { csv: mapping ? { mapping } as never : undefined, fallbackTimeZone: tenant.timeZone });
        printJsonLine(summary);
        process.exitCode = summary.rejected > 0 ? EXIT_REJECTED : EXIT_OK;
      } finally {
        await database.close();
      }
    });
};
