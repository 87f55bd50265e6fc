import type { Clock } from '../platform/clock/index.js';
import { rows, sqlFromText, type Database, type Queryable } from '../platform/db/index.js';
import type { JobQueue } from '../platform/jobs/index.js';
import {
  OUTREACH_DELIVER_QUEUE,
  agentWorklistChannel,
  complianceEvaluator,
  deliverCommunication as deliver,
  letterBatchChannel,
  sandboxChannel,
  simulatedDialerChannel,
  smtpEmailChannel,
  twilioSmsChannel,
  type Channels,
  type ComplianceEvaluator,
  type DeliveryResult,
  type EnqueueDeliveries,
} from '../modules/outreach/index.js';

export const DELIVER_QUEUE = OUTREACH_DELIVER_QUEUE;

/** Compliance's evaluate, looked up per call (the engine module loads once, then this is a plain call). */
export const lazyEvaluate: ComplianceEvaluator = (q) => complianceEvaluator()(q);

/**
 * Channels from the environment: real SMTP when KINDLY_SMTP_URL is set and a Twilio-compatible
 * SMS API when KINDLY_TWILIO_ACCOUNT_SID/_AUTH_TOKEN/_FROM are; otherwise the sandbox (dev inbox).
 * Calls go to the agent worklist.
 */
export function channelsFromEnv(env: NodeJS.ProcessEnv = process.env, publicUrl = env.KINDLY_PUBLIC_URL ?? 'http://localhost:3000'): Channels {
  const email = env.KINDLY_SMTP_URL
    ? smtpEmailChannel({ url: env.KINDLY_SMTP_URL, from: env.KINDLY_SMTP_FROM ?? 'Kindly <billing@kindly.local>' })
    : sandboxChannel('email');
  const sms =
    env.KINDLY_TWILIO_ACCOUNT_SID && env.KINDLY_TWILIO_AUTH_TOKEN && env.KINDLY_TWILIO_FROM
      ? twilioSmsChannel({
          accountSid: env.KINDLY_TWILIO_ACCOUNT_SID,
          authToken: env.KINDLY_TWILIO_AUTH_TOKEN,
          from: env.KINDLY_TWILIO_FROM,
          baseUrl: env.KINDLY_TWILIO_BASE_URL,
          statusCallback: `${publicUrl.replace(/\/$/, '')}/api/v1/outreach/sms/status`,
        })
      : sandboxChannel('sms');
  return { email, sms, letter: letterBatchChannel, call: env.KINDLY_SIMULATED_DIALER === 'true' ? simulatedDialerChannel : agentWorklistChannel };
}

/** Everything to the sandbox, calls placed by a simulated agent: the strategy cycle and tests. */
export function simulationChannels(): Channels {
  return { email: sandboxChannel('email'), sms: sandboxChannel('sms'), letter: letterBatchChannel, call: simulatedDialerChannel };
}

let defaultChannels: Channels | undefined;

/**
 * Delivers one queued communication (see the outreach module): re-checked by compliance at send
 * time, then sent once. Returns true when it went out.
 */
export async function deliverCommunication(
  database: Database,
  clock: Clock,
  data: { communicationId: string; tenantId: string },
  worker: string,
  channels: Channels = (defaultChannels ??= channelsFromEnv()),
): Promise<boolean> {
  const r: DeliveryResult = await deliver(database, clock.now(), data, { channels, evaluate: lazyEvaluate, worker });
  return r === 'sent' || r === 'delivered';
}

/** Enqueues delivery jobs in the caller's transaction with one bulk insert (the outbox). */
export function enqueueWith(jobs: JobQueue): EnqueueDeliveries {
  return async (tx: Queryable, items) => {
    if (items.length === 0) return;
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await rows(tx, sqlFromText(text, values)) }) };
    await jobs.boss.insert(
      items.map((i) => ({ name: DELIVER_QUEUE, data: { communicationId: i.communicationId, tenantId: i.tenantId }, ...(i.startAfter ? { startAfter: i.startAfter.toISOString() } : {}) })),
      { db },
    );
  };
}

/**
 * Safety net for the outbox: a message still queued long after it was due (its job was lost with
 * a killed worker and has not expired yet) gets a fresh job. Delivery is a compare-and-set, so a
 * second job for the same message can never send it twice.
 */
export async function requeueStaleQueued(database: Database, jobs: JobQueue, now: Date, olderThanMs: number): Promise<number> {
  return database.db.transaction(async (tx) => {
    const stale = await rows<{ id: string; tenant_id: string }>(
      tx,
      sqlFromText(
        `update communications set at = $1 where id in (
           select id from communications where status = 'queued' and direction = 'outbound' and channel <> 'call' and at < $2
           order by at limit 1000 for update skip locked)
         returning id, tenant_id`,
        [now, new Date(now.getTime() - olderThanMs)],
      ),
    );
    await enqueueWith(jobs)(tx, stale.map((s) => ({ communicationId: s.id, tenantId: s.tenant_id })));
    return stale.length;
  });
}
