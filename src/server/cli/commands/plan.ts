import { readFile } from 'node:fs/promises';
import { parsePlanQuoteInput, quotePlan, type FieldError, type PlanQuote } from '../../../modules/plans/index.js';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

export type PlanQuoteRun =
  | { exitCode: typeof EXIT_OK; output: PlanQuote }
  | { exitCode: typeof EXIT_REJECTED; output: { error: FieldError; errors: FieldError[] } };

/** The whole `plan quote` step on the file's text, without I/O: JSON in, quote or errors out. */
export function runPlanQuote(text: string): PlanQuoteRun {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const error = { path: '', message: `not valid JSON: ${(err as Error).message}` };
    return { exitCode: EXIT_REJECTED, output: { error, errors: [error] } };
  }
  const parsed = parsePlanQuoteInput(raw);
  if (!parsed.ok) return { exitCode: EXIT_REJECTED, output: { error: parsed.errors[0]!, errors: parsed.errors } };
  return { exitCode: EXIT_OK, output: quotePlan(parsed.value) };
}

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
      const run = runPlanQuote(text);
      printJsonLine(run.output);
      if (run.exitCode !== EXIT_OK) {
        process.stderr.write(`kindly plan quote: invalid input at ${run.output.error.path || '(root)'}: ${run.output.error.message}\n`);
      }
      process.exitCode = run.exitCode;
    });
};
