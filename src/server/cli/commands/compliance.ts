import { readFile } from 'node:fs/promises';
import type { RuleSet } from '../../../modules/compliance/index.js';
import { EXIT_OK, EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

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
      const [{ DEFAULT_RULE_SET }, { evaluateJsonlText, ruleSetFromText }] = await Promise.all([import('../../../modules/compliance/index.js'), import('./compliance-jsonl.js')]);
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
    .action(async () => {
      const { presetsJson } = await import('./compliance-jsonl.js');
      printJsonLine(presetsJson());
      process.exitCode = EXIT_OK;
    });
};
