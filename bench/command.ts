import type { Command } from 'commander';
import { printJsonLine, type RegisterCommand } from '../src/server/cli/command.js';
import { sharedDataDir } from '../src/platform/shared-data/index.js';

/**
 * `kindly bench`: registered by bin/kindly.js, the composition root, so src/ never imports bench/.
 */
export const registerBench: RegisterCommand = (program: Command) => {
  program
    .command('bench')
    .description('Run the benchmark suite in bench/ and print JSON figures')
    .option('--accounts <n>', 'accounts for benchmarks that scale with them')
    .option('--only <names>', 'comma-separated benchmark names')
    .action(async (opts: { accounts?: string; only?: string }) => {
      // The suite loads only for this command (it pulls in the whole server).
      const { runBenchmarks } = await import('./index.js');
      const report = await runBenchmarks({
        accounts: opts.accounts ? Number(opts.accounts) : undefined,
        only: opts.only?.split(',').map((s) => s.trim()),
        sharedDataDir: sharedDataDir(process.env.KINDLY_SHARED_DATA),
        log: (m) => process.stderr.write(m + '\n'),
      });
      printJsonLine(report);
    });
};
