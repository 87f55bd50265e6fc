import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { offsetClock, systemClock } from '../../../platform/clock/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { openConfiguredDatabase } from '../../runtime.js';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

type OpenDatabase = Awaited<ReturnType<typeof openConfiguredDatabase>>;

/** --tenant slug or id; without it, the installation's only tenant (several: the caller must name one). */
async function findTenant(database: OpenDatabase, given: string | undefined): Promise<{ id: string } | { problem: string }> {
  if (given) {
    const [t] = await database.query<{ id: string }>('select id from tenants where slug = $1 or id = $1', [given]);
    return t ?? { problem: `no tenant ${given}` };
  }
  const all = await database.query<{ id: string; slug: string }>('select id, slug from tenants order by slug limit 10');
  if (all.length === 1) return { id: all[0]!.id };
  return { problem: all.length === 0 ? 'no tenant yet: create one with kindly tenant create' : `several tenants (${all.map((t) => t.slug).join(', ')}): name one with --tenant` };
}

const FILES = 'templates/*.json, journeys/*.json, policies/financial-assistance.json, policies/payments.json, dispositions.json, policies/compliance-overrides.json';

export const registerConfig: RegisterCommand = (program: Command) => {
  const config = program.command('config').description("A tenant's templates, journeys and policies as files (so they can live in the hospital's own git)");
  config
    .command('export')
    .description(`Write the configuration in use to DIR: ${FILES}`)
    .argument('<dir>', 'folder to write (created if missing)')
    .option('--tenant <tenant>', "tenant slug or id (default: the installation's only tenant)")
    .option('--json', 'machine output (already JSON; accepted for scripts)')
    .action(async (dir: string, opts: { tenant?: string }) => {
      // Loaded per command so `kindly --help` stays fast.
      const [{ exportConfig }, { loadOutreachConfig }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([
        import('../../../modules/configuration/index.js'),
        import('../../../modules/outreach/index.js'),
        import('../../config.js'),
        import('../../runtime.js'),
      ]);
      const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
      try {
        const tenant = await findTenant(database, opts.tenant);
        if ('problem' in tenant) {
          process.stderr.write(`kindly config export: ${tenant.problem}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        const result = await exportConfig(database.db, tenant.id, loadOutreachConfig(), resolve(dir));
        process.stderr.write(`wrote ${result.files.length} files to ${resolve(dir)}\n`);
        printJsonLine(result);
        process.exitCode = EXIT_OK;
      } finally {
        await database.close();
      }
    });
  config
    .command('import')
    .description(`Check every changed file in DIR (${FILES}) like a publish, then publish each as a new version; nothing is published if any file has a problem, and unchanged files publish nothing`)
    .argument('<dir>', 'folder to read')
    .option('--tenant <tenant>', "tenant slug or id (default: the installation's only tenant)")
    .option('--json', 'machine output (already JSON; accepted for scripts)')
    .action(async (dir: string, opts: { tenant?: string }) => {
      const folder = resolve(dir);
      if (!existsSync(folder) || !statSync(folder).isDirectory()) {
        process.stderr.write(`kindly config import: ${folder} is not a folder\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      // Loaded per command so `kindly --help` stays fast.
      const [{ importConfig }, { loadOutreachConfig }, { loadConfig }, { lazyEvaluate }, { openConfiguredDatabase }] = await Promise.all([
        import('../../../modules/configuration/index.js'),
        import('../../../modules/outreach/index.js'),
        import('../../config.js'),
        import('../../delivery.js'),
        import('../../runtime.js'),
      ]);
      const settings = loadConfig({ dataDir: program.opts().dataDir });
      const database = await openConfiguredDatabase(settings);
      try {
        const tenant = await findTenant(database, opts.tenant);
        if ('problem' in tenant) {
          process.stderr.write(`kindly config import: ${tenant.problem}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        // KINDLY_NOW pins the clock as for `kindly start` (the publish times and the content check's "now").
        const clock = process.env.KINDLY_NOW ? offsetClock(process.env.KINDLY_NOW) : systemClock;
        const ctx = { tenantId: tenant.id, actor: { kind: 'system' as const, id: 'config-import', roles: [] }, purpose: 'operations' as const, clock };
        const result = await importConfig(database.db, ctx, folder, { base: loadOutreachConfig(), publicUrl: settings.publicUrl, evaluate: lazyEvaluate });
        process.stderr.write(`published ${result.published}, unchanged ${result.unchanged}\n`);
        printJsonLine(result);
        process.exitCode = EXIT_OK;
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'validation_failed') throw err;
        process.stderr.write(`rejected, nothing published: ${err.message}\n`);
        const errors = (err.issues ?? []).map((i) => ({ file: i.file ?? null, ...(i.line ? { line: i.line } : {}), field: i.path, message: i.message }));
        printJsonLine({ published: 0, unchanged: 0, rejected: new Set(errors.map((e) => e.file)).size, errors });
        process.exitCode = EXIT_REJECTED;
      } finally {
        await database.close();
      }
    });
};
