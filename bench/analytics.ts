import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../src/platform/db/index.js';
import { createTenant } from '../src/modules/identity/index.js';
import { complianceEvaluator, loadOutreachConfig, runOrchestrationPass } from '../src/modules/outreach/index.js';
import { readAnalytics, readDashboard, readFairness, refreshAnalytics, resolveWindow, type GroupBy } from '../src/modules/analytics/index.js';
import { loadConfig } from '../src/server/config.js';
import { openConfiguredDatabase } from '../src/server/runtime.js';
import type { Benchmark, BenchResult } from './types.js';

// A weekday afternoon across US zones, as in the daily-cycle bench: the pass does its full work.
const NOW = new Date('2026-03-10T17:00:00Z');
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
const COMMS_PER_ACCOUNT = 10;
const SAMPLES = 30;

/**
 * N accounts billed over the last year (one person each, reachable like the daily-cycle bench's),
 * their patient balances, payments on 40% of them, 10 messages each over the year since billing
 * (10% blocked, 20% in an experiment), and opt-outs for 1% of people: set-based SQL only.
 */
export async function generate(database: Database, n: number): Promise<string> {
  const { tenantId } = await createTenant(database.db, { slug: `bench-analytics-${process.pid}`, name: 'Bench Regional Hospital', kind: 'provider' });
  const zones = `array[${ZONES.map((z) => `'${z}'`).join(',')}]`;
  await database.query(
    `insert into persons (id, tenant_id, external_ref, given_name, family_name, birth_date, language, postal_code, time_zone, preferences, birth_year, zip3)
     select 'bp' || g, $1, 'BP' || g, 'Pat', 'Bench', date '1940-01-01' + (g % 25000), case when g % 5 = 0 then 'es' else 'en' end,
       lpad((10000 + g % 80000)::text, 5, '0'), (${zones})[1 + g % 4], case when g % 3 = 0 then '{"channel":"sms"}'::jsonb else '{}'::jsonb end,
       extract(year from date '1940-01-01' + (g % 25000))::text, lpad(((10000 + g % 80000) / 100)::text, 3, '0')
     from generate_series(1, $2::int) g`,
    [tenantId, n],
  );
  // Synthetic incomes for the bench's ZIP areas (not real data), so the fairness report's quintiles are exercised.
  await database.query(
    `insert into zip_income (tenant_id, zip3, median_household_income_cents, source, loaded_at)
     select $1, lpad(z::text, 3, '0'), 3000000 + (z * 7919) % 9000000, 'synthetic (bench)', now() from generate_series(100, 899) z`,
    [tenantId],
  );
  await database.query(
    `insert into contact_points (id, tenant_id, person_id, system, value, use, rank, verified)
     select 'be' || g, $1, 'bp' || g, 'email', 'pat' || g || '@example.test', 'home', 1, true from generate_series(1, $2::int) g where g % 10 <> 0
     union all
     select 'bm' || g, $1, 'bp' || g, 'phone', '+1555' || lpad(g::text, 7, '0'), 'mobile', 1, true from generate_series(1, $2::int) g where g % 4 <> 0`,
    [tenantId, n],
  );
  await database.query(
    `insert into consents (id, tenant_id, person_id, channel, type, given_to, given_at)
     select 'bc' || g, $1, 'bp' || g, 'sms', 'prior_express', 'creditor', '2025-01-01T00:00:00Z' from generate_series(1, $2::int) g where g % 4 <> 0 and g % 2 = 0`,
    [tenantId, n],
  );
  // First statements spread over the 365 days before NOW; due 30 days later.
  await database.query(
    `insert into accounts (id, tenant_id, person_id, external_ref, status, service_date, first_statement_on, due_on, balance_cents, patient_due_cents, total_charges_cents)
     select 'ba' || lpad(g::text, 8, '0'), $1, 'bp' || g, 'BA' || g, 'patient_due', date '2026-03-10' - (g % 365) - 20, date '2026-03-10' - (g % 365),
       date '2026-03-10' - (g % 365) + 30, 10000 + g % 90000, 10000 + g % 90000, 20000 + g % 90000
     from generate_series(1, $2::int) g`,
    [tenantId, n],
  );
  await database.query(
    `insert into ledger_entries (id, tenant_id, account_id, kind, amount_cents, bucket, effective_on, posted_at, source, source_ref)
     select 'bl' || g, $1, 'ba' || lpad(g::text, 8, '0'), 'patient_responsibility', 10000 + g % 90000, 'patient', date '2026-03-10' - (g % 365) - 3,
       (date '2026-03-10' - (g % 365) - 3)::timestamptz, 'bench', 'pr' || g
     from generate_series(1, $2::int) g
     union all
     select 'bq' || g, $1, 'ba' || lpad(g::text, 8, '0'), 'patient_payment', -((10000 + g % 90000) / case when g % 2 = 0 then 1 else 2 end), 'patient',
       least(date '2026-03-10' - (g % 365) + g % 60, date '2026-03-10'), (least(date '2026-03-10' - (g % 365) + g % 60, date '2026-03-10'))::timestamptz, 'bench', 'pay' || g
     from generate_series(1, $2::int) g where g % 5 in (0, 1)`,
    [tenantId, n],
  );
  // Ten messages per account between its first statement and NOW, at daytime hours.
  await database.query(
    `insert into communications (id, tenant_id, person_id, account_id, direction, channel, status, at, journey, step, language, template, variant)
     select 'bk' || g || '-' || k, $1, 'bp' || g, 'ba' || lpad(g::text, 8, '0'), 'outbound',
       (array['email','sms','letter','call'])[1 + (g + k) % 4],
       case when (g + k) % 10 = 0 then 'blocked' when k % 2 = 0 then 'delivered' else 'sent' end,
       (date '2026-03-10' - (g % 365))::timestamptz + (((g % 365) * k / ${COMMS_PER_ACCOUNT}) || ' days')::interval + ((13 + (g + k) % 8) || ' hours')::interval,
       'self-pay-standard@3', (array['statement-ready','pre-due-reminder','due-today','gentle-reminder','plan-offer','assistance-offer','check-in','final-notice','continued-care','gentle-reminder'])[1 + k],
       case when g % 5 = 0 then 'es' else 'en' end, 'past-due-gentle',
       case when g % 5 = 2 then 'exp-bench:' || (array['A','B'])[1 + g % 2] end
     from generate_series(1, $2::int) g cross join generate_series(0, ${COMMS_PER_ACCOUNT - 1}) k`,
    [tenantId, n],
  );
  await database.query(
    `insert into revocations (id, tenant_id, person_id, channel, received_at, means)
     select 'br' || g, $1, 'bp' || g, 'sms', (date '2026-03-10' - (g % 300))::timestamptz + interval '15 hours', 'reply'
     from generate_series(1, $2::int) g where g % 100 = 7`,
    [tenantId, n],
  );
  await database.exec('analyze persons, contact_points, consents, accounts, ledger_entries, communications, revocations');
  return tenantId;
}

async function settle(database: Database): Promise<void> {
  if (database.kind === 'postgresql') await database.exec('checkpoint').catch(() => undefined);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * The analytics rollups at scale: generating the book, a full rebuild of the rollups, the
 * dashboard's queries (p50/p99 over repeated runs, 90-day and 12-month windows), and the upkeep
 * after an orchestration pass against that pass's own time.
 */
export const benchmark: Benchmark = {
  name: 'analytics',
  async run(ctx): Promise<BenchResult[]> {
    const n = ctx.accounts ?? 1_000_000;
    const dir = mkdtempSync(join(tmpdir(), 'kindly-bench-analytics-'));
    const database = await openConfiguredDatabase(loadConfig({ dataDir: dir }), process.env.DATABASE_URL ? `bench_analytics_${process.pid}` : undefined);
    try {
      let t = performance.now();
      const tenantId = await generate(database, n);
      const generateSeconds = (performance.now() - t) / 1000;
      const [{ comms }] = (await database.query<{ comms: number }>('select count(*)::int as comms from communications where tenant_id = $1', [tenantId])) as [{ comms: number }];
      await settle(database);

      t = performance.now();
      await refreshAnalytics({ database, now: NOW, tenantId, rebuild: true });
      const rebuildSeconds = (performance.now() - t) / 1000;
      const [{ rows }] = (await database.query<{ rows: number }>('select count(*)::int as rows from analytics_daily where tenant_id = $1', [tenantId])) as [{ rows: number }];
      await database.exec('analyze analytics_daily, analytics_accounts');

      const windows = { '90d': resolveWindow(NOW), '365d': resolveWindow(NOW, '2025-03-11', '2026-03-11') };
      const queries: Record<string, () => Promise<unknown>> = {};
      for (const [w, window] of Object.entries(windows)) {
        queries[`kpis-${w}`] = () => readAnalytics(database.db, { tenantId, tenantSlug: 'bench', now: NOW, window });
        for (const by of ['channel', 'language', 'variant'] as GroupBy[]) queries[`kpis-by-${by}-${w}`] = () => readAnalytics(database.db, { tenantId, tenantSlug: 'bench', now: NOW, window, by });
        queries[`dashboard-${w}`] = () => readDashboard(database.db, tenantId, window);
        queries[`fairness-${w}`] = () => readFairness(database.db, tenantId, window);
      }
      const latency: Record<string, { p50Ms: number; p99Ms: number }> = {};
      let worstP99 = 0;
      for (const [name, run] of Object.entries(queries)) {
        await run();
        const ms: number[] = [];
        for (let i = 0; i < SAMPLES; i++) {
          const s = performance.now();
          await run();
          ms.push(performance.now() - s);
        }
        ms.sort((a, b) => a - b);
        latency[name] = { p50Ms: Math.round(percentile(ms, 50)), p99Ms: Math.round(percentile(ms, 99)) };
        worstP99 = Math.max(worstP99, latency[name]!.p99Ms);
      }

      // Upkeep: one orchestration pass over the book, its messages sent, then the refresh the
      // worker runs after every pass (one day behind the watermark), timed against the pass; then
      // the daily settle (ten days behind), which the first refresh of each UTC day runs.
      await settle(database);
      t = performance.now();
      const counts = await runOrchestrationPass({ database, now: NOW, publicUrl: 'http://localhost:3000', config: loadOutreachConfig(), evaluate: complianceEvaluator(), tenantId, batchSize: 2000 });
      const passSeconds = (performance.now() - t) / 1000;
      const passMessages = Object.values(counts.sent).reduce((a, b) => a + (b ?? 0), 0);
      await database.query(`update communications set status = 'sent' where tenant_id = $1 and status = 'queued'`, [tenantId]);
      await settle(database);
      t = performance.now();
      const upkeep = await refreshAnalytics({ database, now: new Date(NOW.getTime() + 3_600_000), tenantId });
      const upkeepSeconds = (performance.now() - t) / 1000;
      await settle(database);
      t = performance.now();
      const settled = await refreshAnalytics({ database, now: new Date(NOW.getTime() + 2 * 3_600_000), tenantId, settle: true });
      const settleSeconds = (performance.now() - t) / 1000;
      return [
        {
          name: 'analytics',
          database: database.kind,
          accounts: n,
          communications: comms,
          generateSeconds: Number(generateSeconds.toFixed(1)),
          rebuildSeconds: Number(rebuildSeconds.toFixed(1)),
          rollupRows: rows,
          dashboardP99Ms: worstP99,
          latency,
          passEvaluated: counts.evaluated,
          passMessages,
          passSeconds: Number(passSeconds.toFixed(1)),
          passMsPerAccount: Number(((passSeconds * 1000) / Math.max(1, counts.evaluated)).toFixed(3)),
          upkeepMode: upkeep.mode[tenantId],
          upkeepSeconds: Number(upkeepSeconds.toFixed(2)),
          upkeepRecomputedFrom: upkeep.fromDay[tenantId],
          passWithUpkeepSeconds: Number((passSeconds + upkeepSeconds).toFixed(1)),
          upkeepShareOfPass: Number((upkeepSeconds / passSeconds).toFixed(3)),
          dailySettleSeconds: Number(settleSeconds.toFixed(2)),
          dailySettleRecomputedFrom: settled.fromDay[tenantId],
          dailySettleShareOfPass: Number((settleSeconds / passSeconds).toFixed(3)),
        },
      ];
    } finally {
      // KINDLY_BENCH_KEEP=1 keeps the generated book for looking at query plans afterwards.
      if (database.kind === 'postgresql' && !process.env.KINDLY_BENCH_KEEP) await database.exec(`drop schema if exists "${database.schema}" cascade`).catch(() => undefined);
      await database.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
