import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTenant } from '../src/modules/identity/index.js';
import { refreshAccountBalances } from '../src/modules/ledger/index.js';
import { scoreAccounts, screenBook, trainScoringModels } from '../src/modules/scoring/index.js';
import { seedScoringBook } from '../src/modules/scoring/testing.js';
import { loadConfig } from '../src/server/config.js';
import { openConfiguredDatabase } from '../src/server/runtime.js';
import type { Database } from '../src/platform/db/index.js';
import type { Benchmark, BenchResult } from './types.js';

const NOW = new Date('2026-11-24T16:00:00Z');
const TODAY = '2026-11-24';

/** Ledger source of the payments posted between the two nightly runs (removed again when a kept book is reused). */
const DAY_SOURCE = 'bench-day';

/**
 * A day of new ledger entries between two nightly runs: one owing account in fifty (about 1% of
 * the book) gets a patient payment today, posted and its balances refreshed as the payments module does.
 */
async function postDayOfPayments(database: Database, tenantId: string): Promise<number> {
  const rows = await database.query<{ account_id: string }>(
    `insert into ledger_entries (id, tenant_id, account_id, kind, amount_cents, bucket, effective_on, posted_at, source, source_ref)
     select a.id || ':day', a.tenant_id, a.id, 'patient_payment', -least(a.patient_due_cents, 5000), 'patient', $2::date, $3, '${DAY_SOURCE}', a.id
     from accounts a where a.tenant_id = $1 and a.patient_due_cents > 0 and mod(hashtext(a.id)::bigint + 2147483648, 50) = 0
     returning account_id`,
    [tenantId, TODAY, NOW],
  );
  await refreshAccountBalances(database.db, tenantId, rows.map((r) => r.account_id));
  return rows.length;
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1_048_576);

/**
 * CPU seconds of this database's server processes, when the server runs on this machine and /proc
 * is readable (null otherwise, and on the embedded database, which runs in this process). On a
 * shared machine wall time mostly measures the queue for a core; CPU time does not.
 *
 * Pooled connections come and go during a step, so the backends are found by their process title
 * (`postgres: [cluster: ]<user> <database> ...`, with the parallel workers of those backends) and sampled
 * every 100 ms: a backend's CPU counts from its first sample (0 when it started during the step)
 * to its last, so a connection that closes mid-step is still counted up to its last sample.
 */
class ServerCpu {
  private first = new Map<number, number>();
  private last = new Map<number, number>();
  private ours = new Map<number, boolean>();
  private timer: NodeJS.Timeout | null = null;
  private baselined = false;
  constructor(private readonly database: string) {}

  private sample(): void {
    const backends = new Set<number>();
    const workers: Array<[number, number]> = [];
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      try {
        let mine = this.ours.get(pid);
        if (mine === undefined) {
          const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
          // `postgres: [cluster: ]user database host(port) activity`
          const worker = /^postgres: (?:\S+: )?parallel worker for PID (\d+)/.exec(title);
          if (worker) workers.push([pid, Number(worker[1])]);
          mine = new RegExp(`^postgres: (?:\\S+: )?\\S+ ${this.database.replace(/\W/g, '\\$&')} `).test(title);
          // A backend's title is set just after it forks: only a settled title is remembered.
          if (!worker && (mine || /\(\d+\)|\[local\]/.test(title) || !title.startsWith('postgres'))) this.ours.set(pid, mine);
        }
        if (mine) backends.add(pid);
      } catch {
        // The process ended between the listing and the read.
      }
    }
    for (const [pid, leader] of workers) if (backends.has(leader)) backends.add(pid);
    for (const pid of backends) {
      try {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        const ticks = Number(f[11]) + Number(f[12]);
        if (!this.first.has(pid)) this.first.set(pid, this.baselined ? 0 : ticks);
        this.last.set(pid, ticks);
      } catch {
        // Ended: its last sample stands.
      }
    }
  }

  start(): void {
    this.sample();
    this.baselined = true;
    this.timer = setInterval(() => this.sample(), 100);
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    let ticks = 0;
    for (const [pid, end] of this.last) ticks += end - (this.first.get(pid) ?? 0);
    return ticks / 100;
  }
}

function serverCpu(database: Database, url: string | undefined): ServerCpu | null {
  if (database.kind !== 'postgresql' || !url) return null;
  try {
    const u = new URL(url);
    if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(u.hostname)) return null;
    readdirSync('/proc');
    return new ServerCpu(decodeURIComponent(u.pathname.slice(1)));
  } catch {
    return null;
  }
}

/** Wall seconds, this process's CPU seconds and the database server's CPU seconds of one step. */
async function timed<T>(database: Database, fn: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number; dbCpuSeconds: number | null }> {
  const server = serverCpu(database, process.env.DATABASE_URL);
  server?.start();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const db = server ? server.stop() : null;
  const r2 = (v: number) => Number(v.toFixed(2));
  return { value, seconds, cpuSeconds: r2((cpu.user + cpu.system) / 1e6), dbCpuSeconds: db === null ? null : r2(db) };
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
    // KINDLY_BENCH_SCORING_SCHEMA names a PostgreSQL schema that is kept after the run and whose
    // book is reused by the next run with the same --accounts (seeding 1M accounts takes far
    // longer than scoring them). Its households stay readable only with the same
    // KINDLY_ENCRYPTION_KEY.
    const kept = process.env.DATABASE_URL ? process.env.KINDLY_BENCH_SCORING_SCHEMA : undefined;
    // KINDLY_BENCH_SCORING_ONLY_SCORE=1 times only the two scoring runs, with the kept book's
    // models when it has some (no training, screening or floor): for comparing scoring changes.
    const scoreOnly = process.env.KINDLY_BENCH_SCORING_ONLY_SCORE === '1';
    const database = await openConfiguredDatabase(loadConfig({ dataDir: dir }), process.env.DATABASE_URL ? (kept ?? `bench_scoring_${process.pid}`) : undefined);
    try {
      const slug = kept ? `bench-scoring-${persons}` : `bench-scoring-${process.pid}`;
      const [existing] = kept ? await database.query<{ id: string }>('select id from tenants where slug = $1', [slug]) : [];
      const { tenantId } = existing ? { tenantId: existing.id } : await createTenant(database.db, { slug, name: 'Bench Scoring Hospital', kind: 'nonprofit_hospital', state: 'OH' });
      const t = performance.now();
      const book = existing
        ? { persons, accounts: Number((await database.query<{ n: string }>('select count(*) as n from accounts where tenant_id = $1', [tenantId]))[0]!.n) }
        : await seedScoringBook({ database, tenantId, persons, today: TODAY });
      const generateSeconds = (performance.now() - t) / 1000;
      if (existing) {
        // A previous run's scores, screenings, tasks and day of payments go, so every run starts from the same book.
        const day = await database.query<{ account_id: string }>('delete from ledger_entries where tenant_id = $1 and source = $2 returning account_id', [tenantId, DAY_SOURCE]);
        await refreshAccountBalances(database.db, tenantId, day.map((r) => r.account_id));
        await database.query('delete from account_screenings where tenant_id = $1', [tenantId]);
        await database.query(`delete from agent_tasks where tenant_id = $1 and kind = 'presumptive_assistance'`, [tenantId]);
        await database.query('delete from account_scores where tenant_id = $1', [tenantId]);
        if (!scoreOnly) await database.query('delete from scoring_models where tenant_id = $1', [tenantId]);
        for (const table of ['account_scores', 'account_screenings', 'agent_tasks', 'worklist_signals']) await database.exec(`vacuum analyze ${table}`);
      } else await database.exec('analyze');
      let peak = rssMb();
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100);
      try {
        const modelsKept = scoreOnly && (await database.query('select 1 from scoring_models where tenant_id = $1 limit 1', [tenantId])).length > 0;
        const train = modelsKept ? null : await timed(database, () => trainScoringModels({ database, tenantId, now: NOW }));
        const trainPeak = peak;
        // Two nights: the first run inserts every score; then a day of payments is posted; the second
        // run (the nightly steady state reported) scores the changed book a day later.
        const firstScore = await timed(database, () => scoreAccounts({ database, tenantId, now: new Date(NOW.getTime() - 86_400_000) }));
        const day = await timed(database, () => postDayOfPayments(database, tenantId));
        const score = await timed(database, () => scoreAccounts({ database, tenantId, now: NOW }));
        const scored = score.value;
        const scoreSeconds = score.seconds;
        // What the run left behind, to compare changes to scoring (not timed): every score row
        // (byte order of the account ids), whether each was written by this run, and the worklist's
        // read model the score table's triggers maintain.
        const [digest] = await database.query<{ scores: string; rows: number; stale: number; worklist: string }>(
          `select (select md5(string_agg(concat_ws(',', account_id, pay_30, pay_90, hardship, reason_features, reason_values, model_version), '|' order by account_id collate "C"))
                   from account_scores where tenant_id = $1) as scores,
                  (select count(*)::int from account_scores where tenant_id = $1) as rows,
                  (select count(*)::int from account_scores where tenant_id = $1 and scored_at <> $2) as stale,
                  (select md5(coalesce(string_agg(w::text, '|' order by account_id collate "C"), '')) from worklist_signals w where tenant_id = $1) as worklist`,
          [tenantId, NOW],
        );
        const scoring = {
          name: 'scoring-run',
          database: database.kind,
          accounts: book.accounts,
          generateSeconds: Number(generateSeconds.toFixed(1)),
          seconds: Number(scoreSeconds.toFixed(2)),
          scored: scored.scored,
          perSecond: Math.round(scored.scored / scoreSeconds),
          cpuSeconds: score.cpuSeconds,
          dbCpuSeconds: score.dbCpuSeconds,
          firstRun: { seconds: Number(firstScore.seconds.toFixed(2)), cpuSeconds: firstScore.cpuSeconds, dbCpuSeconds: firstScore.dbCpuSeconds, scored: firstScore.value.scored },
          dayPayments: { posted: day.value, seconds: Number(day.seconds.toFixed(2)), dbCpuSeconds: day.dbCpuSeconds },
          peakRssMb: peak,
          digest,
          goalSeconds: 10,
        };
        if (scoreOnly || !train) return [scoring];
        const trained = train.value;
        const trainSeconds = train.seconds;
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
            ...scoring,
            floorSeconds: Number(floorSeconds.toFixed(2)),
            floorDbCpuSeconds: floor.dbCpuSeconds,
            ratioToFloor: Number((scoreSeconds / floorSeconds).toFixed(1)),
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
      if (database.kind === 'postgresql' && !kept) await database.exec(`drop schema if exists "${database.schema}" cascade`).catch(() => undefined);
      await database.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
