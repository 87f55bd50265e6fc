import { readFile } from 'node:fs/promises';
import {
  compileRuleSet,
  DEFAULT_RULE_SET,
  evaluate,
  isErrorDecision,
  PRESETS,
  type RuleSet,
} from '../../../modules/compliance/index.js';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `kindly compliance evaluate [FILE.jsonl]` and `kindly compliance presets` (../shared/contracts/compliance.md). */
export const registerCompliance: RegisterCommand = (program) => {
  const compliance = program.command('compliance').description('Compliance engine: decisions with reason codes and citations');
  compliance
    .command('evaluate')
    .description('Answer compliance questions, one JSON per line (stdin when FILE is - or absent)')
    .argument('[file]', 'questions as JSONL, or - for stdin')
    .option('--rules <file>', 'tenant rule-set overrides (JSON) to decide under')
    .action(async (file: string | undefined, options: { rules?: string }) => {
      let ruleSet: RuleSet = DEFAULT_RULE_SET;
      if (options.rules) {
        let rulesText: string;
        try {
          rulesText = await readFile(options.rules, 'utf8');
        } catch (err) {
          process.stderr.write(`kindly compliance evaluate: cannot read ${options.rules}: ${(err as Error).message}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        const r = ruleSetFromText(rulesText);
        if ('errors' in r) {
          for (const e of r.errors) process.stderr.write(`kindly compliance evaluate: ${options.rules}: ${e.path || '(root)'}: ${e.message}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        ruleSet = r.ruleSet;
      }
      let text: string;
      try {
        text = file === undefined || file === '-' ? await readStdin() : await readFile(file, 'utf8');
      } catch (err) {
        process.stderr.write(`kindly compliance evaluate: cannot read ${file}: ${(err as Error).message}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const { lines, exitCode } = evaluateJsonlText(text, { ruleSet });
      if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
      if (exitCode !== EXIT_OK) process.stderr.write('kindly compliance evaluate: some questions were malformed (see their error lines)\n');
      process.exitCode = exitCode;
    });
  compliance
    .command('presets')
    .description('The financial assistance policy presets Kindly ships (JSON)')
    .action(() => {
      printJsonLine(presetsJson());
      process.exitCode = EXIT_OK;
    });
};
