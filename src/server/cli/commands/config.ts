import type { Command } from 'commander';
import { resolve } from 'node:path';
import { systemClock } from '../../../platform/clock/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { openConfiguredDatabase } from '../../runtime.js';
import { EXIT_REJECTED, EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

export const registerConfig: RegisterCommand = (program: Command) => {
  const config = program.command('config').description("A tenant's templates and journeys as files (so they can live in the hospital's own git)");
  const tenantId = async (database: Awaited<ReturnType<typeof openConfiguredDatabase>>, slug: string) => {
    const [t] = await database.query<{ id: string }>('select id from tenants where slug = $1 or id = $1', [slug]);
    return t?.id;
  };
  config
    .command('export')
    .description('Write the templates and journeys in use to <dir>/templates/*.json and <dir>/journeys/*.json')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .requiredOption('--dir <dir>', 'folder to write')
    .action(async (opts: { tenant: string; dir: string }) => {
      // Loaded per command so `kindly --help` stays fast.
      const [{ exportConfig }, { loadOutreachConfig }, { loadConfig }, , { openConfiguredDatabase }] = await Promise.all([
        import('../../../modules/configuration/index.js'),
        import('../../../modules/outreach/index.js'),
        import('../../config.js'),
        import('../../delivery.js'),
        import('../../runtime.js'),
      ]);
      const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
      try {
        const id = await tenantId(database, opts.tenant);
        if (!id) {
          process.stderr.write(`kindly config export: no tenant ${opts.tenant}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        printJsonLine({ files: await exportConfig(database.db, id, loadOutreachConfig(), resolve(opts.dir)) });
      } finally {
        await database.close();
      }
    });
  config
    .command('import')
    .description('Check <dir>/templates/*.json and <dir>/journeys/*.json like a publish and publish the changed ones as new versions (all or nothing)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .requiredOption('--dir <dir>', 'folder to read')
    .action(async (opts: { tenant: string; dir: string }) => {
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
        const id = await tenantId(database, opts.tenant);
        if (!id) {
          process.stderr.write(`kindly config import: no tenant ${opts.tenant}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        const ctx = { tenantId: id, actor: { kind: 'system' as const, id: 'config-import', roles: [] }, purpose: 'operations' as const, clock: systemClock };
        printJsonLine(await importConfig(database.db, ctx, resolve(opts.dir), { base: loadOutreachConfig(), publicUrl: settings.publicUrl, evaluate: lazyEvaluate }));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        process.stderr.write(`rejected: ${err.message}\n`);
        printJsonLine({ error: { code: err.code, issues: err.issues } });
        process.exitCode = EXIT_REJECTED;
      } finally {
        await database.close();
      }
    });
};
