import type { Command } from 'commander';
import { DEMO_TENANT_SLUG } from '../../../modules/simulation/pure.js';
import { EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

/** Parses `90s`, `15m`, `1h`, `1d` (or ISO 8601 `PT1H`) into milliseconds; null when malformed. */
export function parseEvery(text: string): number | null {
  const simple = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)$/i.exec(text.trim());
  if (simple) {
    const n = Number(simple[1]);
    const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[simple[2]!.toLowerCase() as 's' | 'm' | 'h' | 'd'];
    return n > 0 ? n * unit : null;
  }
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(text.trim());
  if (iso && text.length > 1 && !/T$/i.test(text)) {
    const ms = ((Number(iso[1] ?? 0) * 24 + Number(iso[2] ?? 0)) * 60 + Number(iso[3] ?? 0)) * 60_000 + Number(iso[4] ?? 0) * 1000;
    return ms > 0 ? ms : null;
  }
  return null;
}

export const registerCycle: RegisterCommand = (program: Command) => {
  program
    .command('cycle')
    .description("Run the worker's orchestration passes on a simulated clock (deliveries go to the sandbox channels)")
    .requiredOption('--from <iso>', 'simulated start instant, e.g. 2026-03-01T00:00:00Z')
    .requiredOption('--until <iso>', 'simulated end instant (inclusive)')
    .option('--every <interval>', 'time between passes: 15m, 1h, 1d or PT1H', '1h')
    .option('--tenant <slug>', 'only this tenant (default: every tenant)')
    .action(async (opts: { from: string; until: string; every: string; tenant?: string }) => {
      const from = new Date(opts.from);
      const until = new Date(opts.until);
      const everyMs = parseEvery(opts.every);
      if (Number.isNaN(from.getTime()) || Number.isNaN(until.getTime()) || until < from || !everyMs) {
        process.stderr.write('kindly cycle: --from and --until must be ISO instants (from <= until) and --every like 1h, 15m or 1d\n');
        process.exitCode = EXIT_USAGE;
        return;
      }
      const [{ runSimulatedCycle }, { refreshAnalytics }, { lazyEvaluate, simulationChannels }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([
        import('../../../modules/outreach/index.js'),
        import('../../../modules/analytics/index.js'),
        import('../../delivery.js'),
        import('../../config.js'),
        import('../../runtime.js'),
      ]);
      const config = loadConfig({ dataDir: program.opts().dataDir });
      const database = await openConfiguredDatabase(config);
      try {
        let tenantId: string | undefined;
        if (opts.tenant) {
          const [t] = await database.query<{ id: string }>('select id from tenants where slug = $1', [opts.tenant]);
          if (!t) {
            process.stderr.write(`kindly cycle: no tenant ${opts.tenant}${opts.tenant === DEMO_TENANT_SLUG ? ' (run kindly seed --demo)' : ''}\n`);
            process.exitCode = EXIT_USAGE;
            return;
          }
          tenantId = t.id;
        }
        const started = Date.now();
        const summary = await runSimulatedCycle({
          database,
          from,
          until,
          everyMs,
          publicUrl: config.publicUrl,
          channels: simulationChannels(),
          evaluate: lazyEvaluate,
          tenantId,
          beforePass: async (now) => {
            if (now.getUTCHours() === 0 && now.getUTCMinutes() === 0) process.stderr.write(`cycle: ${now.toISOString().slice(0, 10)}\n`);
          },
        });
        // Analytics rollups as the worker would have kept them (one incremental refresh at the end).
        await refreshAnalytics({ database, now: until, tenantId });
        const { batches: _batches, ...rest } = summary;
        printJsonLine({ ...rest, seconds: Number(((Date.now() - started) / 1000).toFixed(2)) });
      } finally {
        await database.close();
      }
    });
};
