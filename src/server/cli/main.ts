import { Command, CommanderError } from 'commander';
import { KeyConfigError } from '../../platform/crypto/index.js';
import { DataDirLockedError } from '../../platform/db/index.js';
import { EXIT_REJECTED, EXIT_USAGE } from './command.js';
import { registerNotYetAvailable } from './commands/not-yet.js';
import { registerAnalytics } from './commands/analytics.js';
import { registerBench } from './commands/bench.js';
import { registerDemoLink } from './commands/demo-link.js';
import { registerCompliance } from './commands/compliance.js';
import { registerCycle } from './commands/cycle.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerKeys } from './commands/keys.js';
import { registerLedger } from './commands/ledger.js';
import { registerPlan } from './commands/plan.js';
import { registerSeed } from './commands/seed.js';
import { registerSentiment } from './commands/sentiment.js';
import { registerStart } from './commands/start.js';
import { registerTenantUser } from './commands/tenant-user.js';
import { registerConfig } from './commands/config.js';

const notYet: Array<[string, string]> = [
  ['simulate', 'Strategy simulator'],
];

export function buildProgram(): Command {
  const program = new Command('kindly')
    .description('Kindly: empathetic healthcare collections')
    .option('--data-dir <dir>', 'embedded database folder (default ./data, or KINDLY_DATA_DIR)')
    .exitOverride();
  registerStart(program);
  registerSeed(program);
  registerBench(program);
  registerLedger(program);
  registerIngest(program);
  registerPlan(program);
  registerSentiment(program);
  registerDemoLink(program);
  registerCompliance(program);
  registerCycle(program);
  registerExport(program);
  registerKeys(program);
  registerTenantUser(program);
  registerAnalytics(program);
  registerConfig(program);
  for (const [name, description] of notYet) registerNotYetAvailable(program, name, description);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof KeyConfigError) {
      // A configuration problem, not a crash: say what to set, without a stack.
      process.stderr.write(`kindly: ${err.message}\n`);
      process.exitCode = EXIT_REJECTED;
      return;
    }
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return;
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    if (err instanceof DataDirLockedError) {
      process.stderr.write(`kindly: ${err.message}\n`);
      process.exitCode = EXIT_REJECTED;
      return;
    }
    throw err;
  }
}
