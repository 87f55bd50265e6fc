import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../platform/db/testing.js';
import { ManualClock } from '../platform/clock/index.js';
import { JobQueue } from '../platform/jobs/index.js';
import { createTenant } from '../modules/identity/index.js';
import type { Channel, Channels, OutboundMessage } from '../modules/outreach/index.js';
import { failStaleSends } from '../modules/outreach/index.js';
import { DELIVER_QUEUE, deliverJob, enqueueWith, MESSAGES_PER_JOB, requeueStaleQueued, type DeliveryJob } from './delivery.js';
import { QUEUES } from './worker.js';

/** An external email provider that records what it accepted and refuses the addresses it is told to. */
function recordingEmail(refuse: Set<string>): { channel: Channel; sent: OutboundMessage[] } {
  const sent: OutboundMessage[] = [];
  return {
    sent,
    channel: {
      name: 'email',
      transactional: false,
      async send(msg) {
        if (refuse.has(msg.communicationId)) throw new Error('provider unavailable');
        sent.push(msg);
        return { status: 'sent', externalId: `ext-${msg.communicationId}` };
      },
    },
  };
}

describeDb('delivery jobs: a tenant’s queued messages in groups', (getDb) => {
  let jobs: JobQueue;
  let tenantId: string;
  const clock = new ManualClock('2026-03-10T17:00:00Z');

  beforeAll(async () => {
    jobs = new JobQueue(getDb());
    await jobs.start(QUEUES);
    ({ tenantId } = await createTenant(getDb().db, { slug: 'delivery-groups', name: 'Delivery Groups Clinic', kind: 'provider' }));
    await getDb().query(`insert into persons (id, tenant_id, external_ref, given_name, family_name) values ('dg-p', $1, 'DG', 'Pat', 'Group')`, [tenantId]);
    // Operational messages (no account): the send-time check looks only at the person's opt-outs.
    await getDb().query(
      `insert into communications (id, tenant_id, person_id, direction, channel, status, at, to_address, body)
       select 'dg-' || lpad(g::text, 3, '0'), $1, 'dg-p', 'outbound', 'email', 'queued', '2026-03-10T16:00:00Z', 'pat@example.test', 'Your receipt'
       from generate_series(1, 60) g`,
      [tenantId],
    );
  });
  afterAll(async () => {
    await jobs.stop();
  });

  const jobTable = () => `${getDb().schema === 'public' ? 'pgboss' : `${getDb().schema}_boss`}.job`;

  it('enqueues one job per group of messages, in the caller’s transaction', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `dg-${String(i + 1).padStart(3, '0')}`);
    await getDb().db.transaction((tx) => enqueueWith(jobs)(tx, ids.map((communicationId) => ({ communicationId, tenantId }))));
    const queued = await getDb().query<{ data: DeliveryJob }>(`select data from ${jobTable()} where name = $1 order by data->'communicationIds'->>0`, [DELIVER_QUEUE]);
    expect(queued.map((j) => j.data.communicationIds?.length)).toEqual([MESSAGES_PER_JOB, MESSAGES_PER_JOB, 60 - 2 * MESSAGES_PER_JOB]);
    expect(queued.flatMap((j) => j.data.communicationIds)).toEqual(ids);
    expect(new Set(queued.map((j) => j.data.tenantId))).toEqual(new Set([tenantId]));
  });

  it('a failed message fails its job; the retry sends only what did not go out', async () => {
    const group: DeliveryJob = { tenantId, communicationIds: ['dg-001', 'dg-002', 'dg-003', 'dg-004'] };
    const first = recordingEmail(new Set(['dg-003']));
    const channels = (email: Channel): Channels => ({ email, sms: email, letter: email, call: email });
    await expect(deliverJob(getDb(), clock, group, 'w1', channels(first.channel))).rejects.toThrow(/1 of 4 deliveries failed/);
    expect(first.sent.map((m) => m.communicationId)).toEqual(['dg-001', 'dg-002', 'dg-004']);
    const statuses = await getDb().query<{ id: string; status: string }>(`select id, status from communications where id = any($1) order by id`, [group.communicationIds]);
    expect(statuses).toEqual([
      { id: 'dg-001', status: 'sent' },
      { id: 'dg-002', status: 'sent' },
      { id: 'dg-003', status: 'queued' },
      { id: 'dg-004', status: 'sent' },
    ]);
    const retry = recordingEmail(new Set());
    await deliverJob(getDb(), clock, group, 'w2', channels(retry.channel));
    expect(retry.sent.map((m) => m.communicationId)).toEqual(['dg-003']);
  });

  it('still delivers a job of one message in the earlier shape', async () => {
    const r = recordingEmail(new Set());
    await deliverJob(getDb(), clock, { tenantId, communicationId: 'dg-010' }, 'w1', { email: r.channel, sms: r.channel, letter: r.channel, call: r.channel });
    expect(r.sent.map((m) => m.communicationId)).toEqual(['dg-010']);
  });

  it('gives long-queued messages a fresh job and marks long-sending ones failed, tenant by tenant', async () => {
    await getDb().query(
      `insert into communications (id, tenant_id, person_id, direction, channel, status, at, to_address, body) values
         ('dg-stale-q', $1, 'dg-p', 'outbound', 'email', 'queued', '2026-03-10T15:00:00Z', 'pat@example.test', 'x'),
         ('dg-fresh-q', $1, 'dg-p', 'outbound', 'email', 'queued', '2026-03-10T16:58:00Z', 'pat@example.test', 'x'),
         ('dg-stale-s', $1, 'dg-p', 'outbound', 'email', 'sending', '2026-03-10T16:00:00Z', 'pat@example.test', 'x'),
         ('dg-fresh-s', $1, 'dg-p', 'outbound', 'email', 'sending', '2026-03-10T16:55:00Z', 'pat@example.test', 'x')`,
      [tenantId],
    );
    // Ten minutes: the message queued at 15:00 (and the test's earlier ones from 16:00, still queued) qualify.
    const before = await getDb().query<{ n: number }>(`select count(*)::int as n from ${jobTable()} where name = $1`, [DELIVER_QUEUE]);
    const requeued = await requeueStaleQueued(getDb(), jobs, clock.now(), 10 * 60_000);
    const stillQueued = await getDb().query<{ n: number }>(`select count(*)::int as n from communications where status = 'queued' and at < '2026-03-10T16:50:00Z'`);
    expect(stillQueued[0]!.n).toBe(0);
    expect(requeued).toBeGreaterThan(1);
    const after = await getDb().query<{ n: number }>(`select count(*)::int as n from ${jobTable()} where name = $1`, [DELIVER_QUEUE]);
    expect(after[0]!.n - before[0]!.n).toBe(Math.ceil(requeued / MESSAGES_PER_JOB));
    expect(await failStaleSends(getDb(), clock.now())).toBe(1);
    const statuses = await getDb().query<{ id: string; status: string }>(`select id, status from communications where id in ('dg-fresh-q', 'dg-stale-s', 'dg-fresh-s') order by id`);
    expect(statuses).toEqual([
      { id: 'dg-fresh-q', status: 'queued' },
      { id: 'dg-fresh-s', status: 'sending' },
      { id: 'dg-stale-s', status: 'failed' },
    ]);
  });
});
