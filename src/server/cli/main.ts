import { Command, CommanderError } from 'commander';
import { EXIT_REJECTED, EXIT_USAGE, type RegisterCommand } from './command.js';
import { registerNotYetAvailable } from './commands/not-yet.js';
import { registerAnalytics } from './commands/analytics.js';
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
import { registerScore } from './commands/score.js';
import { registerSimulate } from './commands/simulate.js';
import { registerConfig } from './commands/config.js';

const notYet: Array<[string, string]> = [];

/** The CLI; `extra` adds commands that live outside src/ (bench/ adds `kindly bench`). */
export function buildProgram(extra: RegisterCommand[] = []): Command {
  const program = new Command('kindly')
    .description('Kindly: empathetic healthcare collections')
    .option('--data-dir <dir>', 'embedded database folder (default ./data, or KINDLY_DATA_DIR)')
    .exitOverride();
  registerStart(program);
  registerSeed(program);
  for (const register of extra) register(program);
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
  registerScore(program);
  registerSimulate(program);
  registerConfig(program);
  for (const [name, description] of notYet) registerNotYetAvailable(program, name, description);
  return program;
}

export async function main(argv: string[], extra: RegisterCommand[] = []): Promise<void> {
  const program = buildProgram(extra);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return;
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    // Loaded only now: `kindly --help` and commands that open no database never load them.
    const [{ KeyConfigError }, { DataDirLockedError }, { ConfigError }] = await Promise.all([
      import('../../platform/crypto/index.js'),
      import('../../platform/db/index.js'),
      import('../config.js'),
    ]);
    if (err instanceof ConfigError) {
      // Every problem at once, then nothing starts.
      process.stderr.write(`kindly: ${err.message}\n`);
      process.exitCode = EXIT_REJECTED;
      return;
    }
    if (err instanceof KeyConfigError) {
      // A configuration problem, not a crash: say what to set, without a stack.
      process.stderr.write(`kindly: ${err.message}\n`);
      process.exitCode = EXIT_REJECTED;
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
