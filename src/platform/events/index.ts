import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../db/index.js';

/**
 * Domain events through a transactional outbox (table `domain_events`): the publisher writes the
 * event with the change that caused it, in the same transaction, and a subscriber consumes pending
 * events later, in its own transaction. A module can thus tell another what happened without
 * importing it. Each event type has one subscriber, which marks the events it consumed.
 */

/** Something about some of a tenant's accounts changed that outreach should look at again. */
export const ACCOUNT_CHANGED = 'account.changed';

export type AccountChangeReason =
  | 'payment_settled'
  | 'plan_changed'
  | 'assistance_submitted'
  | 'assistance_decided'
  | 'dispute_recorded'
  | 'dispute_resolved'
  | 'hold_released';

export interface AccountChanged {
  tenantId: string;
  /** The accounts concerned, or all of the person's accounts with `personId`. */
  accountIds?: string[];
  personId?: string;
  reason: AccountChangeReason;
  at: Date;
}

/**
 * Events a tenant's own systems can subscribe to through outbound webhooks (docs/admin.md). The
 * publishing module writes them in its transaction; the webhook dispatcher is their one subscriber.
 */
export const WEBHOOK_EVENT_TYPES = ['payment.received', 'plan.set_up', 'dispute.opened'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Publishes an event for outbound webhooks; the payload carries ids and amounts, never PHI. */
export async function publishWebhookEvent(q: Queryable, e: { tenantId: string; type: WebhookEventType; payload: Record<string, unknown>; at: Date }): Promise<void> {
  await publishEvent(q, e);
}

export interface DomainEvent<T> {
  id: string;
  tenantId: string;
  payload: T;
  occurredAt: Date;
}

/** Writes an event in the caller's transaction (`q`): it is published only if that commits. */
export async function publishEvent(q: Queryable, e: { tenantId: string; type: string; payload: object; at: Date }): Promise<void> {
  await q.execute(sql`insert into domain_events (tenant_id, type, payload, occurred_at) values (${e.tenantId}, ${e.type}, ${JSON.stringify(e.payload)}::jsonb, ${e.at})`);
}

/** Publishes `account.changed` (see {@link AccountChanged}). */
export async function publishAccountChanged(q: Queryable, e: AccountChanged): Promise<void> {
  const { tenantId, at, ...payload } = e;
  await publishEvent(q, { tenantId, type: ACCOUNT_CHANGED, payload, at });
}

/**
 * Claims up to `limit` of the tenant's pending events of a type, oldest first, and marks them
 * consumed at `now`, inside `q` (the subscriber applies them in the same transaction, so a failure
 * leaves them pending). Rows another transaction holds are skipped, so concurrent passes never
 * apply an event twice.
 */
export async function consumeEvents<T>(q: Queryable, opts: { tenantId: string; type: string; now: Date; limit?: number }): Promise<Array<DomainEvent<T>>> {
  const claimed = await rows<{ id: string; tenant_id: string; payload: T; occurred_at: Date | string }>(
    q,
    sql`update domain_events set consumed_at = ${opts.now}
        where (tenant_id, id) in (
          select tenant_id, id from domain_events
          where tenant_id = ${opts.tenantId} and type = ${opts.type} and consumed_at is null
          order by tenant_id, type, id limit ${opts.limit ?? 1000}
          for update skip locked)
        returning id::text, tenant_id, payload, occurred_at`,
  );
  return claimed
    .map((r) => ({ id: r.id, tenantId: r.tenant_id, payload: r.payload, occurredAt: new Date(r.occurred_at) }))
    .sort((a, b) => Number(a.id) - Number(b.id));
}
