import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../platform/clock/index.js';
import { describeDb } from '../platform/db/testing.js';
import { JobQueue } from '../platform/jobs/index.js';
import { createTenant } from '../modules/identity/index.js';
import { AUDIT_PRUNE_CRON, AUDIT_PRUNE_QUEUE, AUDIT_QUEUES, pruneAuditLogs } from './worker.js';

const NOW = '2032-06-15T03:00:00Z';

describeDb('the nightly audit prune', (getDb) => {
  let jobs: JobQueue;
  const tenantA = { slug: 'prune-a', id: '' };
  const tenantB = { slug: 'prune-b', id: '' };

  beforeAll(async () => {
    const db = getDb();
    tenantA.id = (await createTenant(db.db, { slug: tenantA.slug, name: 'Prune A', kind: 'provider' })).tenantId;
    // B asked for eight years; C's setting was edited by hand below the floor and still keeps six.
    tenantB.id = (await createTenant(db.db, { slug: tenantB.slug, name: 'Prune B', kind: 'provider', settings: { auditRetentionYears: 8 } })).tenantId;
    const c = (await createTenant(db.db, { slug: 'prune-c', name: 'Prune C', kind: 'provider', settings: { auditRetentionYears: 2 } })).tenantId;
    const row = (tenant: string, at: string, id: string) =>
      db.query(`insert into audit_log (tenant_id, at, actor_kind, actor_id, action, purpose, record_type, record_id) values ($1, $2, 'user', 'u', 'read', 'payment', 'account', $3)`, [tenant, at, id]);
    for (const t of [tenantA.id, tenantB.id, c]) {
      await row(t, '2026-06-14T03:00:00Z', 'seven-years-old'); // beyond six years
      await row(t, '2026-06-15T02:59:59Z', 'a-second-over-six');
      await row(t, '2026-06-15T03:00:00Z', 'exactly-six');
      await row(t, '2031-01-01T00:00:00Z', 'recent');
    }
    await row(tenantB.id, '2024-06-15T02:00:00Z', 'eight-years-old');
    jobs = new JobQueue(db);
    await jobs.start(AUDIT_QUEUES);
  });
  afterAll(async () => {
    await jobs?.stop();
  });

  it('deletes rows older than each tenant’s retention, never less than six years, and records what went', async () => {
    const db = getDb();
    const r = await pruneAuditLogs(db, new ManualClock(NOW));
    const left = async (t: string) => (await db.query<{ record_id: string }>(`select record_id from audit_log where tenant_id = $1 and record_type = 'account' order by at`, [t])).map((x) => x.record_id);
    expect(await left(tenantA.id)).toEqual(['exactly-six', 'recent']);
    expect(await left(tenantB.id)).toEqual(['seven-years-old', 'a-second-over-six', 'exactly-six', 'recent']);
    const c = r.find((x) => x.tenantId !== tenantA.id && x.tenantId !== tenantB.id && x.pruned > 0)!;
    expect(await left(c.tenantId)).toEqual(['exactly-six', 'recent']);
    expect(r.find((x) => x.tenantId === tenantB.id)!.pruned).toBe(1);
    const [note] = await db.query<{ details: { pruned: number; years: number } }>(`select details from audit_log where tenant_id = $1 and record_type = 'audit_retention'`, [tenantA.id]);
    expect(note!.details).toEqual({ pruned: 2, years: 6 });
    // Running again finds nothing more.
    expect((await pruneAuditLogs(db, new ManualClock(NOW))).every((x) => x.pruned === 0)).toBe(true);
  });

  it('is registered as a nightly pg-boss cron schedule', async () => {
    await jobs.schedule(AUDIT_PRUNE_QUEUE, AUDIT_PRUNE_CRON, {});
    const schedules = await jobs.boss.getSchedules();
    expect(schedules.find((s) => s.name === AUDIT_PRUNE_QUEUE)).toMatchObject({ cron: '30 2 * * *' });
  });
});
