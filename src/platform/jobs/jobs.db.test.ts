import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../db/testing.js';
import { JobQueue } from './index.js';

describeDb('jobs: transactional enqueue on pg-boss', (getDb) => {
  let jobs: JobQueue;
  beforeAll(async () => {
    jobs = new JobQueue(getDb());
    await jobs.start([{ name: 'test.echo', retryLimit: 1, retryDelaySeconds: 1, retryBackoff: false }]);
  });
  afterAll(async () => {
    await jobs.stop();
  });

  const queued = async (key: string) =>
    (await getDb().query<{ n: number }>(`select count(*)::int as n from ${getDb().schema === 'public' ? 'pgboss' : getDb().schema + '_boss'}.job where name = 'test.echo' and data->>'key' = $1`, [key]))[0]?.n;

  it('enqueues a job only when the transaction that caused it commits', async () => {
    const { db } = getDb();
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into app_settings(key, value) values ('job-commit', 'x')`);
      await jobs.send('test.echo', { key: 'committed' }, { tx });
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into app_settings(key, value) values ('job-rollback', 'x')`);
        await jobs.send('test.echo', { key: 'rolled-back' }, { tx });
        throw new Error('domain change failed');
      }),
    ).rejects.toThrow('domain change failed');
    expect(await queued('committed')).toBe(1);
    expect(await queued('rolled-back')).toBe(0);
  });

  it('hands a queued job to a worker exactly once', async () => {
    const seen: string[] = [];
    await jobs.send('test.echo', { key: 'work-me' });
    const done = new Promise<void>((resolve) => {
      void jobs.work<{ key: string }>('test.echo', async (job) => {
        seen.push(job.data.key);
        if (seen.includes('work-me')) resolve();
      }, { pollingIntervalSeconds: 0.5 });
    });
    await done;
    expect(seen.filter((k) => k === 'work-me')).toEqual(['work-me']);
  });
});
