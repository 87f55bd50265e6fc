import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { stableId } from '../../src/platform/ids/index.js';
import { closeTestDatabase, openTestDatabase } from '../../src/platform/db/testing.js';
import type { Database } from '../../src/platform/db/index.js';
import { JobQueue } from '../../src/platform/jobs/index.js';
import { createTenant } from '../../src/modules/identity/index.js';
import { QUEUES } from '../../src/server/worker.js';
import { DELIVER_QUEUE, enqueueWith } from '../../src/server/delivery.js';
import { spawnKindly, stopProcess, waitFor } from './helpers.js';

// Needs a real PostgreSQL shared by several processes; PGlite is single-process by design.
describe.skipIf(!process.env.DATABASE_URL)('several worker processes on one PostgreSQL', () => {
  let database: Database;
  const workers: Array<ReturnType<typeof spawnKindly>> = [];
  afterAll(async () => {
    await Promise.all(workers.map((w) => stopProcess(w, 'SIGKILL')));
    if (database) await closeTestDatabase(database);
  });

  it('deliver every queued message exactly once', async () => {
    database = await openTestDatabase('postgresql');
    const { tenantId } = await createTenant(database.db, { slug: 'workers-e2e', name: 'Workers E2E', kind: 'provider' });
    const personId = stableId('person', tenantId, 'W1');
    await database.query(`insert into persons(id, tenant_id, external_ref, given_name, family_name) values ($1, $2, 'W1', 'Test', 'Person')`, [personId, tenantId]);
    const producer = new JobQueue(database);
    await producer.start(QUEUES);
    const total = 300;
    // The first half as jobs of one message each (the earlier shape, still accepted), the rest
    // grouped the way orchestration passes enqueue them.
    for (let i = 0; i < total; i += 50) {
      await database.db.transaction(async (tx) => {
        const ids: string[] = [];
        for (let j = i; j < i + 50; j++) {
          const id = `comm-${j}`;
          ids.push(id);
          await tx.execute(sql`insert into communications(id, tenant_id, person_id, direction, channel, status, at, body)
            values (${id}, ${tenantId}, ${personId}, 'outbound', 'email', 'queued', now(), 'hello')`);
          if (i < total / 2) await producer.send(DELIVER_QUEUE, { communicationId: id, tenantId }, { tx });
        }
        if (i >= total / 2) await enqueueWith(producer)(tx, ids.map((communicationId) => ({ communicationId, tenantId })));
      });
    }
    await producer.stop();
    const env = { DATABASE_URL: process.env.DATABASE_URL, KINDLY_DB_SCHEMA: database.schema, KINDLY_SEED_DEMO: 'false' };
    workers.push(spawnKindly(['start', '--role', 'worker'], env), spawnKindly(['start', '--role', 'worker'], env));
    await waitFor(
      async () => (await database.query<{ n: number }>(`select count(*)::int as n from communications where status = 'sent'`))[0]?.n === total,
      90_000,
      'all messages sent',
    );
    const [stats] = await database.query<{ deliveries: number; distinct_messages: number; workers: number }>(
      `select count(*)::int as deliveries, count(distinct communication_id)::int as distinct_messages, count(distinct worker)::int as workers from sandbox_deliveries`,
    );
    expect(stats).toEqual({ deliveries: total, distinct_messages: total, workers: 2 });
  });
});
