import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTenant } from '../src/modules/identity/index.js';
import { scoreAccounts, screenBook, trainScoringModels } from '../src/modules/scoring/index.js';
import { seedScoringBook } from '../src/modules/scoring/testing.js';
import { loadConfig } from '../src/server/config.js';
import { openConfiguredDatabase } from '../src/server/runtime.js';
import type { Database } from '../src/platform/db/index.js';
import type { Benchmark, BenchResult } from './types.js';

const NOW = new Date('2026-11-24T16:00:00Z');
const TODAY = '2026-11-24';

const rssMb = () => Math.round(process.memoryUsage().rss / 1_048_576);

/**
 * CPU seconds used so far by this database's server processes, when the server runs on this
 * machine and /proc is readable (null otherwise, and on the embedded database, which runs in this
 * process). On a shared machine wall time mostly measures the queue for a core; CPU time does not.
 */
async function serverCpuSeconds(database: Database): Promise<number | null> {
  if (database.kind !== 'postgresql') return null;
  try {
    const pids = await database.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database()');
    let ticks = 0;
    for (const { pid } of pids) {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

/** Wall seconds, this process's CPU seconds and the database server's CPU seconds of one step. */
async function timed<T>(database: Database, fn: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number; dbCpuSeconds: number | null }> {
  const db0 = await serverCpuSeconds(database);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const db1 = await serverCpuSeconds(database);
  const r2 = (v: number) => Number(v.toFixed(2));
  return { value, seconds, cpuSeconds: r2((cpu.user + cpu.system) / 1e6), dbCpuSeconds: db0 === null || db1 === null ? null : r2(db1 - db0) };
}

/**
 * Weekly training (two cutoffs read, three models fitted, holdout figures), nightly scoring and
 * the presumptive screening of the whole book, on a synthetic book with a learnable history.
 * The floor is the same database rewriting one score row per patient-due account with plain SQL.
 * Each step reports wall seconds, this process's CPU seconds and, on a local PostgreSQL, the
 * server's CPU seconds.
 */
export const benchmark: Benchmark = {
  name: 'scoring',
  async run(ctx): Promise<BenchResult[]> {
    const persons = Math.round((ctx.accounts ?? 1_000_000) * 0.75); // a third have an older bill too: ~N accounts
    const dir = mkdtempSync(join(tmpdir(), 'kindly-bench-scoring-'));
    const database = await openConfiguredDatabase(loadConfig({ dataDir: dir }), process.env.DATABASE_URL ? `bench_scoring_${process.pid}` : undefined);
    try {
      const { tenantId } = await createTenant(database.db, { slug: `bench-scoring-${process.pid}`, name: 'Bench Scoring Hospital', kind: 'nonprofit_hospital', state: 'OH' });
      const t = performance.now();
      const book = await seedScoringBook({ database, tenantId, persons, today: TODAY });
      const generateSeconds = (performance.now() - t) / 1000;
      await database.exec('analyze');
      let peak = rssMb();
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100);
      try {
        const train = await timed(database, () => trainScoringModels({ database, tenantId, now: NOW }));
        const trained = train.value;
        const trainSeconds = train.seconds;
        const trainPeak = peak;
        // The nightly run rewrites every score: the second run is the steady state (the first inserts).
        const firstScore = await timed(database, () => scoreAccounts({ database, tenantId, now: new Date(NOW.getTime() - 60_000) }));
        const score = await timed(database, () => scoreAccounts({ database, tenantId, now: NOW }));
        const scored = score.value;
        const scoreSeconds = score.seconds;
        const screen = await timed(database, () => screenBook({ database, tenantId, now: NOW }));
        const screened = screen.value;
        const screenSeconds = screen.seconds;
        // Floor: read every patient-due account and write one score row each, in one statement.
        const floor = await timed(database, () =>
          database.query(
            `update account_scores s set pay_30 = 0.5, model_version = 'floor', scored_at = $2 from accounts a
             where a.tenant_id = $1 and a.patient_due_cents > 0 and s.tenant_id = a.tenant_id and s.account_id = a.id`,
            [tenantId, NOW],
          ),
        );
        const floorSeconds = floor.seconds;
        const figures = (target: string) => {
          const m = trained.models.find((x) => x.target === target)!;
          return { kind: m.model.kind, auc: m.metrics.holdout?.auc ?? null, brier: m.metrics.holdout?.brier ?? null, baseRateBrier: m.metrics.holdout?.baseRateBrier ?? null, holdoutRows: m.metrics.holdout?.n ?? 0 };
        };
        const base = { database: database.kind, accounts: book.accounts, generateSeconds: Number(generateSeconds.toFixed(1)) };
        return [
          {
            name: 'scoring-train',
            ...base,
            seconds: Number(trainSeconds.toFixed(2)),
            perSecond: Math.round(book.accounts / trainSeconds),
            cpuSeconds: train.cpuSeconds,
            dbCpuSeconds: train.dbCpuSeconds,
            peakRssMb: trainPeak,
            trainingRows: trained.rows.train,
            holdoutRows: trained.rows.holdout,
            models: { pay_30: figures('pay_30'), pay_90: figures('pay_90'), hardship: figures('hardship') },
            goalSeconds: 60,
          },
          {
            name: 'scoring-run',
            ...base,
            seconds: Number(scoreSeconds.toFixed(2)),
            scored: scored.scored,
            perSecond: Math.round(scored.scored / scoreSeconds),
            cpuSeconds: score.cpuSeconds,
            dbCpuSeconds: score.dbCpuSeconds,
            firstRunSeconds: Number(firstScore.seconds.toFixed(2)),
            peakRssMb: peak,
            floorSeconds: Number(floorSeconds.toFixed(2)),
            floorDbCpuSeconds: floor.dbCpuSeconds,
            ratioToFloor: Number((scoreSeconds / floorSeconds).toFixed(1)),
            goalSeconds: 10,
          },
          {
            name: 'scoring-screen',
            ...base,
            seconds: Number(screenSeconds.toFixed(2)),
            screened: screened.screened,
            perSecond: Math.round(screened.screened / screenSeconds),
            cpuSeconds: screen.cpuSeconds,
            dbCpuSeconds: screen.dbCpuSeconds,
            byStatus: screened.byStatus,
            tasksCreated: screened.tasksCreated,
            floorSeconds: Number(floorSeconds.toFixed(2)),
            ratioToFloor: Number((screenSeconds / floorSeconds).toFixed(1)),
          },
        ];
      } finally {
        clearInterval(sampler);
      }
    } finally {
      if (database.kind === 'postgresql') await database.exec(`drop schema if exists "${database.schema}" cascade`).catch(() => undefined);
      await database.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
