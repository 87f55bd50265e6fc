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
      const [{ seedDemoTenant }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([import('../../../modules/simulation/index.js'), import('../../config.js'), import('../../runtime.js')]);
      const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
      try {
        printJsonLine(await seedDemoTenant(database.db, systemClock, { persons: Number(opts.persons) }));
      } finally {
        await database.close();
      }
    });
};
