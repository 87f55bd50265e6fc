import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTenant } from '../src/modules/identity/index.js';
import { scoreAccounts, screenBook, trainScoringModels } from '../src/modules/scoring/index.js';
import { seedScoringBook } from '../src/modules/scoring/testing.js';
import { loadConfig } from '../src/server/config.js';
import { openConfiguredDatabase } from '../src/server/runtime.js';
import type { Benchmark, BenchResult } from './types.js';

const NOW = new Date('2026-11-24T16:00:00Z');
const TODAY = '2026-11-24';

const rssMb = () => Math.round(process.memoryUsage().rss / 1_048_576);

/**
 * Weekly training (two cutoffs read, three models fitted, holdout figures), nightly scoring and
 * the presumptive screening of the whole book, on a synthetic book with a learnable history.
 * The floor is the same database writing one score row per patient-due account with plain SQL.
 */
export const benchmark: Benchmark = {
  name: 'scoring',
  async run(ctx): Promise<BenchResult[]> {
    const persons = Math.round((ctx.accounts ?? 1_000_000) * 0.75); // a third have an older bill too: ~N accounts
    const dir = mkdtempSync(join(tmpdir(), 'kindly-bench-scoring-'));
    const database = await openConfiguredDatabase(loadConfig({ dataDir: dir }), process.env.DATABASE_URL ? `bench_scoring_${process.pid}` : undefined);
    try {
      const { tenantId } = await createTenant(database.db, { slug: `bench-scoring-${process.pid}`, name: 'Bench Scoring Hospital', kind: 'nonprofit_hospital', state: 'OH' });
      let t = performance.now();
      const book = await seedScoringBook({ database, tenantId, persons, today: TODAY });
      const generateSeconds = (performance.now() - t) / 1000;
      await database.exec('analyze');
      let peak = rssMb();
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100);
      try {
        t = performance.now();
        const trained = await trainScoringModels({ database, tenantId, now: NOW });
        const trainSeconds = (performance.now() - t) / 1000;
        const trainPeak = peak;
        t = performance.now();
        const scored = await scoreAccounts({ database, tenantId, now: NOW });
        const scoreSeconds = (performance.now() - t) / 1000;
        t = performance.now();
        const screened = await screenBook({ database, tenantId, now: NOW });
        const screenSeconds = (performance.now() - t) / 1000;
        // Floor: read every patient-due account and write one score row each, in one statement.
        t = performance.now();
        await database.query(
          `insert into account_scores (tenant_id, account_id, pay_30, pay_90, hardship, reasons, model_version, scored_at)
           select tenant_id, id, 0.5, 0.5, 0.5, '{}'::jsonb, 'floor', $2 from accounts where tenant_id = $1 and patient_due_cents > 0
           on conflict (tenant_id, account_id) do update set pay_30 = excluded.pay_30, model_version = excluded.model_version, scored_at = excluded.scored_at`,
          [tenantId, NOW],
        );
        const floorSeconds = (performance.now() - t) / 1000;
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
            peakRssMb: peak,
            floorSeconds: Number(floorSeconds.toFixed(2)),
            ratioToFloor: Number((scoreSeconds / floorSeconds).toFixed(1)),
            goalSeconds: 10,
          },
          {
            name: 'scoring-screen',
            ...base,
            seconds: Number(screenSeconds.toFixed(2)),
            screened: screened.screened,
            perSecond: Math.round(screened.screened / screenSeconds),
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
