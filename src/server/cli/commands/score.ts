import type { Command } from 'commander';
import { systemClock } from '../../../platform/clock/index.js';
import type { Database } from '../../../platform/db/index.js';
import { EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

/** Tenants by slug, for --tenant. */
async function tenantIdFor(database: Database, slug: string): Promise<string | null> {
  const [t] = await database.query<{ id: string }>('select id from tenants where slug = $1', [slug]);
  return t?.id ?? null;
}

export const registerScore: RegisterCommand = (program: Command) => {
  const score = program.command('score').description('Propensity and hardship scores, and presumptive financial-assistance screening');
  const run = (train: boolean) => async (opts: { tenant?: string; seed?: string; json?: boolean }) => {
    // Loaded only when the command runs, so `kindly --help` stays fast.
    const [{ runScoring }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([
      import('../../../modules/scoring/index.js'),
      import('../../config.js'),
      import('../../runtime.js'),
    ]);
    const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
    try {
      const tenantId = opts.tenant ? await tenantIdFor(database, opts.tenant) : undefined;
      if (opts.tenant && !tenantId) {
        process.stderr.write(`kindly score: no tenant with slug ${opts.tenant}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const r = await runScoring({ database, now: systemClock.now(), train, ...(tenantId ? { tenantId } : {}), ...(opts.seed ? { seed: Number(opts.seed) } : {}) });
      printJsonLine({
        tenants: r.tenants.map((t) => ({
          tenantId: t.tenantId,
          modelVersion: t.scored.modelVersion,
          trained: t.trained
            ? {
                rows: t.trained.rows,
                models: t.trained.models.map((m) => ({ target: m.target, kind: m.model.kind, fallbackReason: m.metrics.fallbackReason, holdout: m.metrics.holdout })),
              }
            : null,
          scored: t.scored.scored,
          screened: t.screened,
        })),
      });
    } finally {
      await database.close();
    }
  };
  score
    .command('train')
    .description('Fit the models on each tenant’s own history (time-split holdout figures), then score and screen the book')
    .option('--tenant <slug>', 'only this tenant')
    .option('--seed <n>', 'sampling seed for large books (default 1)')
    .option('--json', 'JSON output (the default)')
    .action(run(true));
  score
    .command('run')
    .description('Score every account with a balance using the latest models, then screen the book for financial assistance')
    .option('--tenant <slug>', 'only this tenant')
    .option('--json', 'JSON output (the default)')
    .action(run(false));
};
