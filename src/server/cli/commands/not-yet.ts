import type { Command } from 'commander';
import { EXIT_USAGE } from '../command.js';

/** Commands whose issue has not landed yet: documented in --help, exit 2 when run. */
export function registerNotYetAvailable(program: Command, name: string, description: string): void {
  program
    .command(name)
    .description(`${description} (not yet available)`)
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(() => {
      process.stderr.write(`kindly ${name}: not yet available\n`);
      process.exitCode = EXIT_USAGE;
    });
}
