import { readFile } from 'node:fs/promises';
import { EXIT_OK, EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `kindly plan quote FILE.json` (stdin when FILE is `-`), contract in ../shared/contracts/cli.md. */
export const registerPlan: RegisterCommand = (program) => {
  const plan = program.command('plan').description('Payment plans');
  plan
    .command('quote')
    .description('Payment plan options for a balance under a policy and a stated budget')
    .argument('<file>', 'input JSON file, or - for stdin')
    .action(async (file: string) => {
      let text: string;
      try {
        text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
      } catch (err) {
        process.stderr.write(`kindly plan quote: cannot read ${file}: ${(err as Error).message}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const { runPlanQuote } = await import('./plan-quote.js');
      const run = runPlanQuote(text);
      printJsonLine(run.output);
      if (run.exitCode !== EXIT_OK) {
        process.stderr.write(`kindly plan quote: invalid input at ${run.output.error.path || '(root)'}: ${run.output.error.message}\n`);
      }
      process.exitCode = run.exitCode;
    });
};
