import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

/**
 * Streams `{"id","text"}` lines from `input` through the classifier, one output line each (in
 * order, as they arrive, so it can sit in a pipe). Returns the exit code: 1 if any line was
 * malformed, else 0.
 */
export async function classifyStream(input: Readable, write: (value: unknown) => void = printJsonLine): Promise<number> {
  const { classifyJsonLine } = await import('../../../modules/conversations/index.js');
  const rl = createInterface({ input, crlfDelay: Infinity });
  let rejected = 0;
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const r = classifyJsonLine(line);
    if (!r.ok) rejected++;
    write(r.value);
  }
  return rejected > 0 ? EXIT_REJECTED : EXIT_OK;
}

export const registerSentiment: RegisterCommand = (program: Command) => {
  const sentiment = program
    .command('sentiment')
    .description('Conversation intelligence: sentiment, intents and agent cues (EN/ES)');
  sentiment
    .command('classify [file]')
    .description(
      'Classify {"id","text"} JSON lines (stdin when FILE is absent or "-"); prints one JSON line per input: ' +
        '{"id","label","score","intents","cues","language","distress","escalationRisk","crisis","evidence"}',
    )
    .action(async (file: string | undefined) => {
      const input = file === undefined || file === '-' ? process.stdin : createReadStream(file);
      process.exitCode = await classifyStream(input);
    });
  sentiment
    .command('export-labels')
    .description(
      "A tenant's reviewed intent proposals (confirmed or dismissed) as JSON lines " +
        '{"utteranceId","text","language","intent","present","source","labeledAt"}, for `npm run train:intents -- --labels FILE`. ' +
        'The lines hold patients\' words: keep the file where PHI may be kept.',
    )
    .requiredOption('--tenant <slug>', 'the tenant whose labels to export')
    .action(async (opts: { tenant: string }) => {
      // Loaded per command so `kindly --help` stays fast.
      const [{ exportIntentLabels }, { systemClock }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([
        import('../../../modules/workspace/index.js'),
        import('../../../platform/clock/index.js'),
        import('../../config.js'),
        import('../../runtime.js'),
      ]);
      const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
      try {
        const [t] = await database.query<{ id: string }>('select id from tenants where slug = $1', [opts.tenant]);
        if (!t) {
          process.stderr.write(`kindly sentiment export-labels: no tenant ${opts.tenant}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        const ctx = { tenantId: t.id, actor: { kind: 'system' as const, id: 'cli.export-labels', roles: [] }, purpose: 'operations' as const, clock: systemClock };
        for (const line of await exportIntentLabels(database.db, ctx)) printJsonLine(line);
      } finally {
        await database.close();
      }
    });
};
