import nodemailer from 'nodemailer';
import { smsSendsTexts, type ServerConfig } from './config.js';
import type { Clock } from '../platform/clock/index.js';
import type { StaffMailer } from '../modules/identity/index.js';
import { rows, sqlFromText, type Database, type Queryable } from '../platform/db/index.js';
import type { JobQueue } from '../platform/jobs/index.js';
import { integrationsStamp, smtpUrl, tenantSms, tenantSmtp } from '../modules/integrations/index.js';
import {
  OUTREACH_DELIVER_QUEUE,
  agentWorklistChannel,
  complianceEvaluator,
  deliverCommunication as deliver,
  letterBatchChannel,
  sandboxChannel,
  simulatedDialerChannel,
  smtpEmailChannel,
  touchStaleQueued,
  twilioSmsChannel,
  type Channels,
  type ComplianceEvaluator,
  type DeliveryResult,
  type EnqueueDeliveries,
} from '../modules/outreach/index.js';

export const DELIVER_QUEUE = OUTREACH_DELIVER_QUEUE;

/**
 * Email to staff (invitations, password resets, lockout notices to admins) over the
 * installation's SMTP server (ServerConfig.smtp). Without one none is sent: the sandbox inbox is
 * for patients' messages, links are handed to the administrator and review tasks tell the admins.
 */
export function staffMailerFor(smtp: ServerConfig['smtp']): StaffMailer | null {
  return smtp ? smtpStaffMailer(smtp) : null;
}

export function smtpStaffMailer(opts: { url: string; from: string }): StaffMailer & { close(): void } {
  const transport = nodemailer.createTransport(opts.url);
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: opts.from, to: mail.to, subject: mail.subject, text: mail.text });
      return { accepted: (info.accepted ?? []).length > 0 };
    },
    close: () => transport.close(),
  };
}

/** Compliance's evaluate, looked up per call (the engine module loads once, then this is a plain call). */
export const lazyEvaluate: ComplianceEvaluator = (q, rules) => complianceEvaluator()(q, rules);

/** What the installation's channels are built from (see `ServerConfig`). */
export type ChannelSettings = Pick<ServerConfig, 'smtp' | 'sms' | 'simulatedDialer' | 'publicUrl'>;

/**
 * The installation's channels: real SMTP and a Twilio-compatible SMS API when configured,
 * otherwise the sandbox (dev inbox). Calls go to the agent worklist.
 */
export function installationChannels(settings: ChannelSettings): Channels {
  const email = settings.smtp ? smtpEmailChannel(settings.smtp) : sandboxChannel('email');
  const sms = smsSendsTexts(settings.sms)
    ? twilioSmsChannel({ accountSid: settings.sms.accountSid, authToken: settings.sms.authToken, from: settings.sms.from, baseUrl: settings.sms.baseUrl, statusCallback: smsStatusCallback(settings.publicUrl) })
    : sandboxChannel('sms');
  return { email, sms, letter: letterBatchChannel, call: settings.simulatedDialer ? simulatedDialerChannel : agentWorklistChannel };
}

const smsStatusCallback = (publicUrl: string) => `${publicUrl.replace(/\/$/, '')}/api/v1/outreach/sms/status`;

/** Everything to the sandbox, calls placed by a simulated agent: the strategy cycle and tests. */
export function simulationChannels(): Channels {
  return { email: sandboxChannel('email'), sms: sandboxChannel('sms'), letter: letterBatchChannel, call: simulatedDialerChannel };
}

const tenantChannelCache = new Map<string, { stamp: string; base: Channels; channels: Channels; close?: () => void }>();

/**
 * The channels for one tenant: its own SMTP server and SMS provider from Admin → Integrations
 * when it set them, else `base` (the installation's, from the environment). Built once per change
 * of the tenant's settings (one small read per delivery job to notice a change).
 */
export async function tenantChannels(
  database: Database,
  tenantId: string,
  base: Channels,
  settings: Pick<ChannelSettings, 'publicUrl' | 'sms'> = { publicUrl: 'http://localhost:3000', sms: {} },
): Promise<Channels> {
  const stamp = await integrationsStamp(database.db, tenantId);
  const hit = tenantChannelCache.get(tenantId);
  if (hit && hit.stamp === stamp && hit.base === base) return hit.channels;
  hit?.close?.();
  if (!stamp) {
    tenantChannelCache.set(tenantId, { stamp, base, channels: base });
    return base;
  }
  const [smtp, sms] = await Promise.all([tenantSmtp(database.db, tenantId), tenantSms(database.db, tenantId)]);
  const email = smtp ? smtpEmailChannel({ url: smtpUrl(smtp), from: smtp.from }) : null;
  const channels: Channels = {
    ...base,
    email: email ?? base.email,
    sms: !sms
      ? base.sms
      : sms.provider === 'sandbox'
        ? sandboxChannel('sms')
        : twilioSmsChannel({
            accountSid: sms.accountSid, authToken: sms.authToken, from: sms.fromNumber, baseUrl: settings.sms.baseUrl,
            statusCallback: smsStatusCallback(settings.publicUrl),
          }),
  };
  tenantChannelCache.set(tenantId, { stamp, base, channels, close: email ? () => email.close() : undefined });
  return channels;
}

/**
 * Delivers one queued communication (see the outreach module): re-checked by compliance at send
 * time, then sent once. Returns true when it went out.
 */
export async function deliverCommunication(
  database: Database,
  clock: Clock,
  data: { communicationId: string; tenantId: string },
  worker: string,
  channels: Channels,
  evaluators?: Map<string, ComplianceEvaluator>,
): Promise<boolean> {
  const r: DeliveryResult = await deliver(database, clock.now(), data, { channels, evaluate: lazyEvaluate, worker, evaluators });
  return r === 'sent' || r === 'delivered';
}

/**
 * What a delivery job carries: a tenant's group of queued messages. Jobs enqueued one message
 * each (`communicationId`) by earlier versions are still accepted.
 */
export interface DeliveryJob {
  tenantId: string;
  communicationIds?: string[];
  communicationId?: string;
}

/**
 * Messages per delivery job. A pass queues thousands of messages per batch; one job per message
 * made the job inserts an eighth of the pass's database time. Groups keep jobs few while several
 * workers still share a pass's messages, and a group's delivery stays well inside the job's lease.
 */
export const MESSAGES_PER_JOB = 25;

/**
 * Delivers every message of one job in turn. Each delivery is a compare-and-set on the queued
 * message, so a retried job (after a failure or a killed worker) skips what already went out.
 * A message whose channel failed stays queued; the job then fails as a whole so pg-boss retries
 * it with backoff.
 */
export async function deliverJob(
  database: Database,
  clock: Clock,
  job: DeliveryJob,
  worker: string,
  channels: Channels,
  settings?: Pick<ChannelSettings, 'publicUrl' | 'sms'>,
): Promise<void> {
  const ids = job.communicationIds ?? (job.communicationId ? [job.communicationId] : []);
  let failure: unknown = null;
  let failed = 0;
  // A job's few messages go out within moments of each other: the tenant's rules are read once per job.
  const evaluators = new Map<string, ComplianceEvaluator>();
  const tenant = await tenantChannels(database, job.tenantId, channels, settings);
  for (const communicationId of ids) {
    try {
      await deliverCommunication(database, clock, { communicationId, tenantId: job.tenantId }, worker, tenant, evaluators);
    } catch (err) {
      failure ??= err;
      failed++;
    }
  }
  if (failure) throw new Error(`${failed} of ${ids.length} deliveries failed; the job is retried (first: ${(failure as Error).message ?? String(failure)})`);
}

/**
 * Enqueues delivery jobs in the caller's transaction with one bulk insert (the outbox): the
 * messages are grouped per tenant and start time, MESSAGES_PER_JOB to a job.
 */
export function enqueueWith(jobs: JobQueue): EnqueueDeliveries {
  return async (tx: Queryable, items) => {
    if (items.length === 0) return;
    const groups = new Map<string, { tenantId: string; startAfter?: Date; ids: string[] }>();
    const batch: Array<{ name: string; data: DeliveryJob; startAfter?: string }> = [];
    for (const i of items) {
      const key = `${i.tenantId}|${i.startAfter?.toISOString() ?? ''}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { tenantId: i.tenantId, startAfter: i.startAfter, ids: [] }));
      g.ids.push(i.communicationId);
    }
    for (const g of groups.values()) {
      for (let k = 0; k < g.ids.length; k += MESSAGES_PER_JOB) {
        const data: DeliveryJob = { tenantId: g.tenantId, communicationIds: g.ids.slice(k, k + MESSAGES_PER_JOB) };
        batch.push(g.startAfter ? { name: DELIVER_QUEUE, data, startAfter: g.startAfter.toISOString() } : { name: DELIVER_QUEUE, data });
      }
    }
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await rows(tx, sqlFromText(text, values)) }) };
    await jobs.boss.insert(batch, { db });
  };
}

/**
 * Safety net for the outbox: a message still queued long after it was due (its job was lost with
 * a killed worker and has not expired yet) gets a fresh job. Delivery is a compare-and-set, so a
 * second job for the same message can never send it twice.
 */
export async function requeueStaleQueued(database: Database, jobs: JobQueue, now: Date, olderThanMs: number): Promise<number> {
  return database.db.transaction(async (tx) => {
    const stale = await touchStaleQueued(tx, now, new Date(now.getTime() - olderThanMs));
    await enqueueWith(jobs)(tx, stale.map((s) => ({ communicationId: s.id, tenantId: s.tenant_id })));
    return stale.length;
  });
}
