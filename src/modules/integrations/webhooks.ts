import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { fieldCipher } from '../../platform/crypto/index.js';
import type { Database, Db, Queryable } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { consumeEvents, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../platform/events/index.js';
import { newId, stableId } from '../../platform/ids/index.js';
import { tenants } from '../identity/index.js';
import { webhookDeliveries, webhookEndpoints } from './schema.js';

/** The header carrying the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'Kindly-Signature';
/** Attempts before a delivery is given up (pg-boss retries with exponential backoff in between). */
export const WEBHOOK_MAX_ATTEMPTS = 8;

export interface WebhookEndpointView {
  id: string;
  url: string;
  events: WebhookEventType[];
  active: boolean;
  description: string | null;
  createdAt: string;
}

const view = (r: typeof webhookEndpoints.$inferSelect): WebhookEndpointView => ({
  id: r.id, url: r.url, events: r.events as WebhookEventType[], active: r.active, description: r.description, createdAt: r.createdAt.toISOString(),
});

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

function checkUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AppError('validation_failed', { message: 'bad webhook url', userMessage: 'Enter the full address, starting with https://.', issues: [{ path: 'url', message: 'not a web address' }] });
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local)) {
    throw new AppError('validation_failed', { message: 'webhook url must be https', userMessage: 'Webhooks go only to https:// addresses (http:// only on this machine, for testing).', issues: [{ path: 'url', message: 'must start with https://' }] });
  }
}

/** Signs a body as the receiver checks it (see docs/admin.md). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: recompute the HMAC and refuse old timestamps (replays). */
export function verifyWebhookSignature(secret: string, header: string, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || Math.abs(nowSeconds - t) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const given = Buffer.from(parts.v1);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export async function listWebhookEndpoints(q: Queryable, tenantId: string): Promise<WebhookEndpointView[]> {
  const list = await q.select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, tenantId)).orderBy(webhookEndpoints.createdAt);
  return list.map(view);
}

/** Adds an endpoint; its signing secret is returned this once (stored encrypted). */
export async function createWebhookEndpoint(db: Db, ctx: AccessContext, o: { url: string; events: WebhookEventType[]; description?: string }): Promise<WebhookEndpointView & { secret: string }> {
  checkUrl(o.url);
  if (!o.events.length) throw new AppError('validation_failed', { message: 'no events', userMessage: 'Pick at least one event.', issues: [{ path: 'events', message: 'pick at least one' }] });
  const secret = newSecret();
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ tenantId: ctx.tenantId, id: newId(), url: o.url, events: [...new Set(o.events)], secret: fieldCipher().encrypt(secret), active: true, description: o.description ?? null, createdBy: ctx.actor.id, createdAt: now })
      .returning();
    await audit(tx, ctx, { action: 'write', recordType: 'webhook_endpoint', recordId: row!.id, details: { change: 'created', url: o.url, events: o.events } });
    return { ...view(row!), secret };
  });
}

/** Changes an endpoint's events, state or address; `rollSecret` issues a new secret (returned once). */
export async function updateWebhookEndpoint(db: Db, ctx: AccessContext, id: string, o: { url?: string; events?: WebhookEventType[]; active?: boolean; rollSecret?: boolean }): Promise<WebhookEndpointView & { secret?: string }> {
  if (o.url) checkUrl(o.url);
  const secret = o.rollSecret ? newSecret() : undefined;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        ...(o.url ? { url: o.url } : {}),
        ...(o.events?.length ? { events: [...new Set(o.events)] } : {}),
        ...(o.active !== undefined ? { active: o.active } : {}),
        ...(secret ? { secret: fieldCipher().encrypt(secret) } : {}),
      })
      .where(and(eq(webhookEndpoints.tenantId, ctx.tenantId), eq(webhookEndpoints.id, id)))
      .returning();
    if (!row) throw notFound('webhook endpoint');
    const change = o.rollSecret ? 'secret_renewed' : o.active === false ? 'paused' : o.active === true && !o.url && !o.events ? 'resumed' : 'changed';
    await audit(tx, ctx, { action: 'write', recordType: 'webhook_endpoint', recordId: id, details: { change, url: row.url, events: row.events, active: row.active } });
    return { ...view(row), ...(secret ? { secret } : {}) };
  });
}

export async function deleteWebhookEndpoint(db: Db, ctx: AccessContext, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx.delete(webhookEndpoints).where(and(eq(webhookEndpoints.tenantId, ctx.tenantId), eq(webhookEndpoints.id, id))).returning({ id: webhookEndpoints.id });
    if (gone.length) await audit(tx, ctx, { action: 'write', recordType: 'webhook_endpoint', recordId: id, details: { change: 'deleted' } });
    return gone.length > 0;
  });
}

/** The delivery log, newest first. */
export async function listWebhookDeliveries(q: Queryable, tenantId: string, limit = 50) {
  const list = await q.select().from(webhookDeliveries).where(eq(webhookDeliveries.tenantId, tenantId)).orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id)).limit(limit);
  return list.map((r) => ({
    id: r.id, endpointId: r.endpointId, eventId: r.eventId, eventType: r.eventType, status: r.status, attempts: r.attempts, responseStatus: r.responseStatus, lastError: r.lastError,
    createdAt: r.createdAt.toISOString(), lastAttemptAt: r.lastAttemptAt?.toISOString() ?? null, deliveredAt: r.deliveredAt?.toISOString() ?? null,
  }));
}

/** Enqueues delivery jobs in the dispatcher's transaction (the outbox). */
export type EnqueueWebhookDeliveries = (tx: Queryable, items: Array<{ tenantId: string; deliveryId: string }>) => Promise<void>;

/**
 * Turns the pending webhook events of every tenant into one delivery per subscribed endpoint
 * (deterministic id per endpoint and event, so a repeat adds nothing) and enqueues their jobs in
 * the same transaction. Events of tenants without endpoints are consumed and dropped; an endpoint
 * only receives events that happened after it was added.
 */
export async function dispatchWebhookEvents(opts: { database: Database; now: Date; enqueue: EnqueueWebhookDeliveries; limit?: number }): Promise<number> {
  let created = 0;
  const ids = await opts.database.db.select({ id: tenants.id }).from(tenants).orderBy(tenants.id);
  for (const { id: tenantId } of ids) {
    created += await opts.database.db.transaction(async (tx) => {
      const events = [];
      for (const type of WEBHOOK_EVENT_TYPES) {
        for (const e of await consumeEvents<Record<string, unknown>>(tx, { tenantId, type, now: opts.now, limit: opts.limit ?? 500 })) events.push({ ...e, type });
      }
      if (!events.length) return 0;
      const endpoints = await tx.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.active, true)));
      const rows = events.flatMap((e) =>
        endpoints
          .filter((ep) => ep.events.includes(e.type) && ep.createdAt.getTime() <= e.occurredAt.getTime())
          .map((ep) => ({
            tenantId, id: stableId('webhook-delivery', ep.id, e.id), endpointId: ep.id, eventId: `evt_${e.id}`, eventType: e.type,
            payload: { ...e.payload, occurredAt: e.occurredAt.toISOString() }, status: 'pending' as const, attempts: 0, createdAt: opts.now,
          })),
      );
      if (!rows.length) return 0;
      const inserted = await tx.insert(webhookDeliveries).values(rows).onConflictDoNothing().returning({ id: webhookDeliveries.id });
      await opts.enqueue(tx, inserted.map((r) => ({ tenantId, deliveryId: r.id })));
      return inserted.length;
    });
  }
  return created;
}

export interface DeliverWebhookOptions {
  database: Database;
  now: Date;
  tenantId: string;
  deliveryId: string;
  fetch?: typeof fetch;
  /** Milliseconds to wait for the receiver. */
  timeoutMs?: number;
}

/**
 * Posts one delivery, signed, and records the attempt. A 2xx marks it delivered (a repeat does
 * nothing); anything else throws so the job queue retries it with backoff, until the last attempt
 * marks it failed.
 */
export async function deliverWebhook(o: DeliverWebhookOptions): Promise<'delivered' | 'failed' | 'skipped'> {
  const [d] = await o.database.db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.tenantId, o.tenantId), eq(webhookDeliveries.id, o.deliveryId)));
  if (!d || d.status !== 'pending') return 'skipped';
  const [ep] = await o.database.db.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.tenantId, o.tenantId), eq(webhookEndpoints.id, d.endpointId)));
  if (!ep || !ep.active) {
    await o.database.db.update(webhookDeliveries).set({ status: 'failed', lastError: 'the endpoint was turned off or removed' }).where(and(eq(webhookDeliveries.tenantId, o.tenantId), eq(webhookDeliveries.id, d.id), eq(webhookDeliveries.status, 'pending')));
    return 'skipped';
  }
  const timestamp = Math.floor(o.now.getTime() / 1000);
  const body = JSON.stringify({ id: d.eventId, type: d.eventType, created: Math.floor(new Date(String(d.payload.occurredAt ?? d.createdAt.toISOString())).getTime() / 1000), data: d.payload });
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await (o.fetch ?? fetch)(ep.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Kindly-Webhooks/1', [WEBHOOK_SIGNATURE_HEADER]: signWebhook(fieldCipher().decrypt(ep.secret), timestamp, body) },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
    });
    status = res.status;
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) error = `the endpoint answered ${res.status}`;
  } catch (err) {
    error = `could not reach the endpoint: ${(err as Error)?.message ?? String(err)}`;
  }
  const attempts = d.attempts + 1;
  const done = !error;
  const gaveUp = !done && attempts >= WEBHOOK_MAX_ATTEMPTS;
  await o.database.db
    .update(webhookDeliveries)
    .set({ attempts: sql`${webhookDeliveries.attempts} + 1`, responseStatus: status, lastError: error, lastAttemptAt: o.now, ...(done ? { status: 'delivered' as const, deliveredAt: o.now } : gaveUp ? { status: 'failed' as const } : {}) })
    .where(and(eq(webhookDeliveries.tenantId, o.tenantId), inArray(webhookDeliveries.id, [d.id]), eq(webhookDeliveries.status, 'pending')));
  if (!done && !gaveUp) throw new Error(`webhook delivery ${d.id}: ${error}; retried later`);
  return done ? 'delivered' : 'failed';
}
