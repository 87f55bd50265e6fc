import type { Command } from 'commander';
import { EXIT_OK, EXIT_REJECTED, printJsonLine, type RegisterCommand } from '../command.js';

export const registerLedger: RegisterCommand = (program: Command) => {
  const ledger = program.command('ledger').description('Ledger tools');
  ledger
    .command('verify')
    .description('Prove every balance is derivable from ledger entries (exit 1 on any mismatch)')
    .option('--tenant <id>', 'only this tenant')
    .action(async (opts: { tenant?: string }) => {
      const [{ verifyLedger }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([import('../../../modules/ledger/index.js'), import('../../config.js'), import('../../runtime.js')]);
      const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
      try {
        const result = await verifyLedger(database, opts.tenant);
        printJsonLine(result);
        process.exitCode = result.ok ? EXIT_OK : EXIT_REJECTED;
      } finally {
        await database.close();
      }
    });
};
