import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { systemClock, type Clock } from '../../../platform/clock/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { DEMO_TENANT_SLUG } from '../../../modules/simulation/pure.js';
import { EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

/** The CLI's clock: --now, else KINDLY_NOW (a fixed instant, so two runs answer the same), else the system clock. */
function cliClock(pinned?: string): Clock {
  if (!pinned) return systemClock;
  const at = new Date(pinned);
  if (Number.isNaN(at.getTime())) throw new AppError('validation_failed', { message: `--now must be an ISO instant, got "${pinned}"`, issues: [{ path: 'now', message: 'ISO instant' }] });
  return { now: () => at };
}

export const registerAnalytics: RegisterCommand = (program: Command) => {
  const analytics = program
    .command('analytics')
    .description('Outcome KPIs over a window (see ../shared/contracts/analytics.md): JSON, or CSV with --csv')
    .option('--from <iso>', 'window start (UTC day; default 90 days before --until)')
    .option('--until <iso>', 'window end, exclusive (UTC day; default the day after the clock)')
    .option('--by <key>', 'group by journey, channel, language, payer_type, age_band, variant or agent')
    .option('--csv', 'one CSV row per group (or one row)')
    .option('--tenant <slug>', `tenant (default ${DEMO_TENANT_SLUG}, or the only tenant)`)
    .option('--now <iso>', 'the clock (default KINDLY_NOW or the system clock)')
    .action(async (opts: { from?: string; until?: string; by?: string; csv?: boolean; tenant?: string; now?: string }) => {
      const [{ analyticsCsv, parseGroupBy, readAnalytics, refreshAnalytics, resolveWindow }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([
        import('../../../modules/analytics/index.js'),
        import('../../config.js'),
        import('../../runtime.js'),
      ]);
      const config = loadConfig({ dataDir: program.opts().dataDir });
      let clock: Clock;
      let window: ReturnType<typeof resolveWindow>;
      let by: ReturnType<typeof parseGroupBy>;
      try {
        clock = cliClock(opts.now ?? config.now);
        window = resolveWindow(clock.now(), opts.from, opts.until);
        by = parseGroupBy(opts.by);
      } catch (err) {
        process.stderr.write(`kindly analytics: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const database = await openConfiguredDatabase(config);
      try {
        const tenants = await database.query<{ id: string; slug: string }>('select id, slug from tenants order by slug');
        const tenant = opts.tenant ? tenants.find((t) => t.slug === opts.tenant) : (tenants.find((t) => t.slug === DEMO_TENANT_SLUG) ?? (tenants.length === 1 ? tenants[0] : undefined));
        if (!tenant) {
          process.stderr.write(opts.tenant ? `kindly analytics: no tenant ${opts.tenant}\n` : 'kindly analytics: name a tenant with --tenant (run kindly seed --demo for the demo)\n');
          process.exitCode = EXIT_USAGE;
          return;
        }
        const now = clock.now();
        // Bring the rollups up to the clock first (incremental: only days touched since the last refresh).
        await refreshAnalytics({ database, now, tenantId: tenant.id });
        const report = await readAnalytics(database.db, { tenantId: tenant.id, tenantSlug: tenant.slug, now, window, by });
        if (opts.csv) process.stdout.write(analyticsCsv(report));
        else printJsonLine(report);
      } finally {
        await database.close();
      }
    });

  analytics
    .command('import-zip-income <file>')
    .description(`Load median household income by 3-digit ZIP (CSV columns zip3, median_household_income_usd; whole dollars) for the fairness report's income quintiles, replacing the tenant's table`)
    .requiredOption('--source <text>', 'where the figures come from, e.g. "Census ACS 2019-2023 5-year B19013, ZIP3 medians"')
    .option('--tenant <slug>', `tenant (default ${DEMO_TENANT_SLUG}, or the only tenant)`)
    .option('--now <iso>', 'the clock (default KINDLY_NOW or the system clock)')
    .action(async (file: string, opts: { source: string; tenant?: string; now?: string }) => {
      let csv: string;
      try {
        csv = readFileSync(file, 'utf8');
      } catch (err) {
        process.stderr.write(`kindly analytics import-zip-income: cannot read ${file}: ${(err as Error).message}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const [{ importZipIncome, refreshAnalytics }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([
        import('../../../modules/analytics/index.js'),
        import('../../config.js'),
        import('../../runtime.js'),
      ]);
      const config = loadConfig({ dataDir: program.opts().dataDir });
      const database = await openConfiguredDatabase(config);
      try {
        const tenants = await database.query<{ id: string; slug: string }>('select id, slug from tenants order by slug');
        const tenant = opts.tenant ? tenants.find((t) => t.slug === opts.tenant) : (tenants.find((t) => t.slug === DEMO_TENANT_SLUG) ?? (tenants.length === 1 ? tenants[0] : undefined));
        if (!tenant) {
          process.stderr.write(opts.tenant ? `kindly analytics import-zip-income: no tenant ${opts.tenant}\n` : 'kindly analytics import-zip-income: name a tenant with --tenant\n');
          process.exitCode = EXIT_USAGE;
          return;
        }
        const now = cliClock(opts.now ?? config.now).now();
        let summary;
        try {
          summary = await database.db.transaction((tx) => importZipIncome(tx, { tenantId: tenant.id, csv, file: basename(file), source: opts.source, now }));
        } catch (err) {
          if (err instanceof AppError && err.code === 'validation_failed') {
            process.stderr.write(`kindly analytics import-zip-income: nothing loaded\n${err.message}\n`);
            process.exitCode = EXIT_USAGE;
            return;
          }
          throw err;
        }
        // Quintiles are fixed when an account enters the cohort: recompute the tenant's facts and rollups.
        await refreshAnalytics({ database, now, tenantId: tenant.id, rebuild: true });
        printJsonLine({ tenant: tenant.slug, ...summary });
      } finally {
        await database.close();
      }
    });
};
