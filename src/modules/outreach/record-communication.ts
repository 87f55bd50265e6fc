import { and, eq, inArray, sql } from 'drizzle-orm';
import { fieldCipher } from '../../platform/crypto/index.js';
import { jsonRows, rows, type Queryable, type RowColumn } from '../../platform/db/index.js';
import { newId } from '../../platform/ids/index.js';
import type { ChannelResult } from './channels/channel.js';
import type { NewCommunication } from './decide-account.js';
import { communications } from './schema.js';

/**
 * The communications log has one writer, this file: every message, reply, call, letter and
 * receipt enters it through recordCommunication (one row) or recordCommunications (a pass's batch),
 * and leaves `queued` through the functions below or outreach's own delivery. Address, subject and
 * body are stored encrypted. Other modules reach these through outreach's index; the money modules
 * (which never import outreach) are handed them as a port by the server.
 */

/** One communication to record. `id` defaults to a new one; `reasons` to none. */
export type CommunicationInput = Omit<typeof communications.$inferInsert, 'id' | 'reasons' | 'createdAt'> & { id?: string; reasons?: string[] };

/**
 * Records one communication in the caller's transaction. Idempotent by id: when a row with that id
 * is already there it is left as it is and `recorded` is false (a provider's retry, a replayed job).
 */
export async function recordCommunication(q: Queryable, c: CommunicationInput): Promise<{ id: string; recorded: boolean }> {
  const id = c.id ?? newId();
  const inserted = await q
    .insert(communications)
    .values({ ...c, id, reasons: c.reasons ?? [] })
    .onConflictDoNothing({ target: [communications.tenantId, communications.id] })
    .returning({ id: communications.id });
  return { id, recorded: inserted.length > 0 };
}

/** A message an orchestration pass decided, with the call task it belongs to (if any). */
export type PassCommunication = NewCommunication & { taskId: string | null };

/** The columns a pass writes (tenant_id once per statement, direction is outbound). */
function passColumns(): RowColumn<PassCommunication>[] {
  // One cipher (key objects, IV pool) serves the whole batch.
  const cipher = fieldCipher();
  return [
    { name: 'id', type: 'text', value: (c) => c.id },
    { name: 'person_id', type: 'text', value: (c) => c.personId },
    { name: 'account_id', type: 'text', value: (c) => c.accountId },
    { name: 'channel', type: 'text', value: (c) => c.channel },
    { name: 'status', type: 'text', value: (c) => c.status },
    { name: 'at', type: 'timestamptz', value: (c) => c.at },
    { name: 'to_address', type: 'text', value: (c) => (c.toAddress === null ? null : cipher.encrypt(c.toAddress)) },
    { name: 'subject', type: 'text', value: (c) => (c.subject === null ? null : cipher.encrypt(c.subject)) },
    { name: 'body', type: 'text', value: (c) => (c.body === null ? null : cipher.encrypt(c.body)) },
    { name: 'journey', type: 'text', value: (c) => c.journey },
    { name: 'step', type: 'text', value: (c) => c.step },
    { name: 'reasons', type: 'text[]', value: (c) => c.reasons },
    { name: 'decision', type: 'jsonb', value: (c) => c.decision },
    { name: 'rule_set_version', type: 'text', value: (c) => c.ruleSetVersion },
    { name: 'language', type: 'text', value: (c) => c.language },
    { name: 'tone', type: 'text', value: (c) => c.tone },
    { name: 'purpose', type: 'text', value: (c) => c.purpose },
    { name: 'template', type: 'text', value: (c) => c.template },
    { name: 'verify_code', type: 'text', value: (c) => c.verifyCode },
    { name: 'task_id', type: 'text', value: (c) => c.taskId },
    { name: 'variant', type: 'text', value: (c) => c.variant ?? null },
    { name: 'template_version', type: 'int', value: (c) => c.templateVersion ?? 0 },
  ];
}

/**
 * Records a pass's outbound messages for one tenant set-based (one statement), idempotent by id.
 * Returns the rows newly inserted with their status.
 */
export async function recordCommunications(q: Queryable, tenantId: string, batch: readonly PassCommunication[]): Promise<Array<{ id: string; status: string }>> {
  if (batch.length === 0) return [];
  const x = jsonRows(passColumns(), batch);
  return rows<{ id: string; status: string }>(
    q,
    sql`insert into communications (tenant_id, direction, ${sql.raw(x.names.join(', '))})
        select ${tenantId}, 'outbound', ${sql.raw(x.names.map((n) => `x.${n}`).join(', '))} from ${x.source}
        on conflict (tenant_id, id) do nothing
        returning id, status`,
  );
}

/** Records what a channel said about a message just handed to it (status, provider id, batch, outcome). */
export async function recordChannelResult(q: Queryable, id: string, r: ChannelResult, opts: { deliveredAt?: Date | null } = {}): Promise<void> {
  await q
    .update(communications)
    .set({
      status: r.status,
      externalId: r.externalId ?? null,
      outcome: r.outcome ?? null,
      letterBatchId: r.letterBatchId ?? null,
      ...(opts.deliveredAt !== undefined ? { deliveredAt: opts.deliveredAt } : {}),
    })
    .where(eq(communications.id, id));
}

/** Marks a message that could not be handed to its channel as failed, with why. */
export async function recordSendFailure(q: Queryable, id: string, outcome: string): Promise<void> {
  await q.update(communications).set({ status: 'failed', outcome }).where(eq(communications.id, id));
}

/**
 * Cancels an account's queued outbound messages of the given purposes because of a hold (delivery
 * re-checks too; this makes it immediate). Returns how many were cancelled.
 */
export async function cancelQueuedCommunications(
  q: Queryable,
  opts: { tenantId: string; accountId: string; reason: string; purposes: readonly string[] },
): Promise<number> {
  const cancelled = await q
    .update(communications)
    .set({ status: 'cancelled', outcome: `not sent: ${opts.reason}`, reasons: [opts.reason] })
    .where(
      and(
        eq(communications.tenantId, opts.tenantId),
        eq(communications.accountId, opts.accountId),
        eq(communications.direction, 'outbound'),
        eq(communications.status, 'queued'),
        inArray(sql`coalesce(${communications.purpose}, 'collection')`, [...opts.purposes]),
      ),
    )
    .returning({ id: communications.id });
  return cancelled.length;
}

/**
 * Moves the due time of up to 1000 messages still queued long after they were due (their job was
 * lost with a killed worker) to `now`, so they get a fresh job; returns them. Tenant by tenant along
 * communications_status (tenant_id, status, at): every worker runs this after every pass, and
 * without the tenant the query read the whole table.
 */
export async function touchStaleQueued(q: Queryable, now: Date, dueBefore: Date): Promise<Array<{ id: string; tenant_id: string }>> {
  return rows<{ id: string; tenant_id: string }>(
    q,
    sql`update communications set at = ${now} where id in (
          select c.id from tenants t cross join lateral (
            select id from communications where tenant_id = t.id and status = 'queued' and direction = 'outbound' and channel <> 'call' and at < ${dueBefore}
            order by at limit 1000 for update skip locked) c
          limit 1000)
        returning id, tenant_id`,
  );
}

/** The address a recorded message went to (decrypted), or null. */
export async function communicationRecipient(q: Queryable, id: string): Promise<string | null> {
  const [c] = await q.select({ to: communications.toAddress }).from(communications).where(eq(communications.id, id));
  return c?.to ?? null;
}
