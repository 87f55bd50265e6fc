// The work of `kindly compliance` on text, without I/O (compliance.ts loads it when a command runs).
import {
  compileRuleSet,
  DEFAULT_RULE_SET,
  evaluate,
  isErrorDecision,
  PRESETS,
  type RuleSet,
} from '../../../modules/compliance/index.js';
import { EXIT_OK, EXIT_REJECTED } from '../command.js';

/**
 * Answers a JSONL text of compliance questions: one decision line per non-blank input line, in
 * order, each with the question's id. A line that is not JSON or not a valid question gets an
 * error decision (the others are still answered) and the exit code becomes 1.
 */
export function evaluateJsonlText(text: string, opts: { ruleSet?: RuleSet } = {}): { lines: string[]; exitCode: number } {
  const ruleSet = opts.ruleSet ?? DEFAULT_RULE_SET;
  const lines: string[] = [];
  let exitCode = EXIT_OK;
  const rows = text.split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as string;
    if (row.trim() === '') continue;
    let question: unknown;
    try {
      question = JSON.parse(row);
    } catch (err) {
      lines.push(JSON.stringify({ id: null, error: { path: '', message: `line ${i + 1} is not valid JSON: ${(err as Error).message}` } }));
      exitCode = EXIT_REJECTED;
      continue;
    }
    const decision = evaluate(question, { ruleSet });
    if (isErrorDecision(decision)) exitCode = EXIT_REJECTED;
    lines.push(JSON.stringify(decision));
  }
  return { lines, exitCode };
}

/** The shipped financial-assistance presets, as `kindly compliance presets` prints them. */
export function presetsJson(): unknown {
  return { presets: PRESETS };
}

/** Reads a tenant rule-set overrides file; returns the compiled rule set or the problems. */
export function ruleSetFromText(text: string): { ruleSet: RuleSet } | { errors: { path: string; message: string }[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { errors: [{ path: '', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const compiled = compileRuleSet(raw);
  return compiled.ok ? { ruleSet: compiled.ruleSet } : { errors: compiled.errors };
}
