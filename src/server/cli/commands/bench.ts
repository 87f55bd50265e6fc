import type { Command } from 'commander';
import { sharedDataDir } from '../../../platform/shared-data/index.js';
import { printJsonLine, type RegisterCommand } from '../command.js';

export const registerBench: RegisterCommand = (program: Command) => {
  program
    .command('bench')
    .description('Run the benchmark suite in bench/ and print JSON figures')
    .option('--accounts <n>', 'accounts for benchmarks that scale with them')
    .option('--only <names>', 'comma-separated benchmark names')
    .action(async (opts: { accounts?: string; only?: string }) => {
      // bench/ sits outside src/ on purpose; the CLI reaches it only for this command.
      const { runBenchmarks } = await import('../../../../bench/index.js');
      const report = await runBenchmarks({
        accounts: opts.accounts ? Number(opts.accounts) : undefined,
        only: opts.only?.split(',').map((s) => s.trim()),
        sharedDataDir: sharedDataDir(),
        log: (m) => process.stderr.write(m + '\n'),
      });
      printJsonLine(report);
    });
};
