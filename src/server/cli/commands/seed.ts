import type { Command } from 'commander';
import { systemClock } from '../../../platform/clock/index.js';
import { EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

export const registerSeed: RegisterCommand = (program: Command) => {
  program
    .command('seed')
    .description('Create the demo tenant (synthetic population), idempotent')
    .option('--demo', 'seed the demo tenant')
    .option('--persons <n>', 'number of synthetic patients', '120')
    .action(async (opts: { demo?: boolean; persons: string }) => {
      if (!opts.demo) {
        process.stderr.write('kindly seed: pass --demo\n');
        process.exitCode = EXIT_USAGE;
        return;
      }
      const [{ DEMO_TENANT_SLUG, seedDemoTenant }, { runScoring }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([
        import('../../../modules/simulation/index.js'),
        import('../../../modules/scoring/index.js'),
        import('../../config.js'),
        import('../../runtime.js'),
      ]);
      const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
      try {
        const counts = await seedDemoTenant(database.db, systemClock, { persons: Number(opts.persons) });
        // The account pages show scores and the assistance screening from the first sign-in.
        const [demo] = await database.query<{ id: string }>('select id from tenants where slug = $1', [DEMO_TENANT_SLUG]);
        const scoring = demo ? await runScoring({ database, now: systemClock.now(), tenantId: demo.id, train: true }) : null;
        const t = scoring?.tenants[0];
        printJsonLine({ ...counts, scored: t?.scored.scored ?? 0, screened: t?.screened.screened ?? 0, likelyEligible: t?.screened.byStatus.likely_eligible ?? 0 });
      } finally {
        await database.close();
      }
    });
};
