import { parsePlanQuoteInput, quotePlan, type FieldError, type PlanQuote } from '../../../modules/plans/pure.js';
import { EXIT_OK, EXIT_REJECTED } from '../command.js';

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
