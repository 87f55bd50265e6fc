import { sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { newId } from '../../platform/ids/index.js';
import type { Channel } from './channels/channel.js';
import { sandboxChannel } from './channels/sandbox.js';
import { smtpEmailChannel } from './channels/smtp-email.js';
import type { PortalEmailMessage } from '../portal/index.js';
import { recordChannelResult, recordCommunication, recordSendFailure } from './record-communication.js';

const smtpChannels = new WeakMap<Database, Channel>();
const sandboxEmail = sandboxChannel('email');

/**
 * Email for receipts and notices: the channel the composition root chose for this database (real
 * SMTP when the server is configured with it), otherwise the sandbox (recorded in
 * sandbox_deliveries, the dev inbox), like the journeys' email channel.
 */
export function transactionalEmailChannel(database: Database): Channel {
  return smtpChannels.get(database) ?? sandboxEmail;
}

/** Sends receipts and notices through SMTP with these settings from now on (the server calls it at start). */
export function useTransactionalSmtp(database: Database, smtp: { url: string; from: string }): void {
  smtpChannels.set(database, smtpEmailChannel(smtp));
}

/** One email the patient asked for, addressed and written: the portal's port message, sent by outreach. */
export type TransactionalEmail = PortalEmailMessage;

/**
 * Sends one email the patient asked for (a receipt, a confirmation) and records it in the
 * communications log. A transactional channel (the sandbox) records its delivery in the same
 * transaction as the row; an external one (SMTP) is called after the row is committed as
 * `sending`. Null when the channel failed (the row says `failed`).
 */
export async function sendTransactionalEmail(opts: { database: Database; clock: Clock; email: TransactionalEmail; channel?: Channel; worker?: string }): Promise<{ communicationId: string } | null> {
  const { database, email: e } = opts;
  const channel = opts.channel ?? transactionalEmailChannel(database);
  const worker = opts.worker ?? 'portal';
  const now = opts.clock.now();
  const id = newId();
  const [tz] = await rows<{ time_zone: string }>(database.db, sql`select time_zone from tenants where id = ${e.tenantId}`);
  const tenantTimeZone = tz?.time_zone ?? 'UTC';
  const msg = { communicationId: id, tenantId: e.tenantId, personId: e.personId, accountId: e.accountId, channel: 'email' as const, to: e.to, subject: e.subject, body: e.body, verifyCode: null };
  const row = {
    id,
    tenantId: e.tenantId,
    personId: e.personId,
    accountId: e.accountId,
    direction: 'outbound' as const,
    channel: 'email' as const,
    status: 'sending',
    at: now,
    toAddress: e.to,
    subject: e.subject,
    body: e.body,
    purpose: e.purpose,
    language: e.language,
    template: e.purpose,
  };
  if (channel.transactional) {
    await database.db.transaction(async (tx) => {
      await recordCommunication(tx, row);
      const r = await channel.send(msg, { tx, now, worker, tenantTimeZone });
      await recordChannelResult(tx, id, r, { deliveredAt: r.status === 'delivered' ? now : null });
    });
    return { communicationId: id };
  }
  await recordCommunication(database.db, row);
  try {
    const r = await channel.send(msg, { tx: database.db, now, worker, tenantTimeZone });
    await recordChannelResult(database.db, id, r);
  } catch {
    await recordSendFailure(database.db, id, 'smtp_error');
    return null;
  }
  return { communicationId: id };
}
