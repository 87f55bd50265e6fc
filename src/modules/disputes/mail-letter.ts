import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';
import { newId } from '../../platform/ids/index.js';
import { letterBatchChannel, recordChannelResult, recordCommunication } from '../outreach/index.js';

/**
 * Mails a letter the law or the patient asked for (not a collection message): it is recorded in
 * the communications log and joins the tenant's print batch of the day in the same transaction,
 * so "mailed" is a fact by the time the caller acts on it.
 */
export async function mailLetter(
  tx: Queryable,
  l: { tenantId: string; personId: string; accountId: string; purpose: string; subject: string; body: string; language: string; now: Date; worker: string },
): Promise<{ communicationId: string; mailedAt: Date }> {
  const id = newId();
  const [t] = await rows<{ time_zone: string }>(tx, sql`select time_zone from tenants where id = ${l.tenantId}`);
  await recordCommunication(tx, {
    id,
    tenantId: l.tenantId,
    personId: l.personId,
    accountId: l.accountId,
    direction: 'outbound',
    channel: 'letter',
    status: 'queued',
    at: l.now,
    subject: l.subject,
    body: l.body,
    purpose: l.purpose,
    language: l.language,
    template: l.purpose,
  });
  const r = await letterBatchChannel.send(
    { communicationId: id, tenantId: l.tenantId, personId: l.personId, accountId: l.accountId, channel: 'letter', to: null, subject: l.subject, body: l.body, verifyCode: null },
    { tx, now: l.now, worker: l.worker, tenantTimeZone: t?.time_zone ?? 'UTC' },
  );
  await recordChannelResult(tx, id, r);
  if (r.status !== 'sent' && r.status !== 'delivered') throw new Error(`letter ${id} was not mailed (${r.status})`);
  return { communicationId: id, mailedAt: l.now };
}
