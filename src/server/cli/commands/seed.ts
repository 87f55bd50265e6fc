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
      const [{ seedDemo }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([import('../../demo.js'), import('../../config.js'), import('../../runtime.js')]);
      const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
      try {
        // The same demo as the first `npm start`: Medicaid on file for a few patients, then scored and screened.
        printJsonLine(await seedDemo(database, systemClock, { persons: Number(opts.persons) }));
      } finally {
        await database.close();
      }
    });
};
