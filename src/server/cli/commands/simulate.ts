import { cpus } from 'node:os';
import type { Command } from 'commander';
import type { SimulationOutput } from '../../../modules/simulation/index.js';
import { EXIT_OK, EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

export interface SimulateArgs {
  accounts?: string;
  days?: string;
  strategy?: string[];
  seed?: string;
  threads?: string;
}

export type SimulateRun = { exitCode: typeof EXIT_OK; output: SimulationOutput } | { exitCode: typeof EXIT_USAGE; error: string };

function wholeNumber(value: string | undefined, fallback: number, name: string, min: number, max: number): number | string {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) return `--${name} must be a whole number from ${min} to ${max}, got "${value}"`;
  return n;
}

/** The whole `kindly simulate` step without I/O: arguments in, the model's output or a usage error out. */
export async function runSimulate(args: SimulateArgs, log: (line: string) => void = () => {}): Promise<SimulateRun> {
  const accounts = wholeNumber(args.accounts, 10_000, 'accounts', 2, 1_000_000);
  const days = wholeNumber(args.days, 180, 'days', 1, 730);
  const seed = wholeNumber(args.seed, 1, 'seed', 0, 2 ** 31 - 1);
  const threads = wholeNumber(args.threads, Math.min(2, cpus().length), 'threads', 1, 16);
  for (const v of [accounts, days, seed, threads]) if (typeof v === 'string') return { exitCode: EXIT_USAGE, error: v };
  // Loaded per command so `kindly --help` stays fast.
  const { DEFAULT_STRATEGIES, loadSimulationConfig, simulateStrategies } = await import('../../../modules/simulation/index.js');
  const strategies = args.strategy?.length ? args.strategy : DEFAULT_STRATEGIES;
  const known = loadSimulationConfig().strategies;
  const unknown = strategies.filter((s) => !known.has(s));
  if (unknown.length) return { exitCode: EXIT_USAGE, error: `unknown strategy ${unknown.join(', ')}; known: ${[...known.keys()].join(', ')}` };
  log(`simulating ${strategies.join(', ')} over ${accounts} accounts and ${days} days (seed ${seed}, ${threads} thread(s))`);
  const output = await simulateStrategies({
    accounts: accounts as number,
    days: days as number,
    seed: seed as number,
    strategies,
    threads: threads as number,
    onStrategyDone: (name, done, total) => log(`${name} done (${done}/${total})`),
  });
  return { exitCode: EXIT_OK, output };
}

/** `kindly simulate`: the strategy simulator, contract in ../shared/contracts/cli.md. */
export const registerSimulate: RegisterCommand = (program: Command) => {
  program
    .command('simulate')
    .description('Strategy simulator: compares named outreach strategies on a synthetic population (a model, not a forecast)')
    .option('--accounts <n>', 'synthetic accounts (default 10000)')
    .option('--days <d>', 'simulated days from the first statements (default 180)')
    .option('--strategy <name>', `a strategy from config/simulation/strategies (repeat for several; default gentle-early, standard, aggressive-late)`, (v: string, acc: string[] = []) => [...acc, v])
    .option('--seed <s>', 'random seed: the same seed gives the same output (default 1)')
    .option('--threads <t>', 'worker threads (default: up to 2); the output does not depend on it')
    .option('--json', 'JSON output (already the default; accepted for scripts)')
    .action(async (opts: SimulateArgs) => {
      const run = await runSimulate(opts, (line) => process.stderr.write(`kindly simulate: ${line}\n`));
      if (run.exitCode !== EXIT_OK) {
        process.stderr.write(`kindly simulate: ${run.error}\n`);
        process.exitCode = run.exitCode;
        return;
      }
      printJsonLine(run.output);
    });
};
