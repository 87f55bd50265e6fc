import { and, eq, inArray, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { isPaymentError } from './errors.js';
import type { PaymentGateway, Refund } from './gateway.js';
import { drainSandboxWebhooks } from './record-gateway-event.js';
import { lockAccountOfPayment } from './lock-account.js';
import { paymentRefunds, payments, type RefundRow } from './schema.js';
import { postRefundEntry } from './settle-payment.js';

export interface RefundPaymentOptions {
  database: Database;
  gateway: PaymentGateway;
  ctx: AccessContext;
  paymentId: string;
  /** Absent: everything not yet refunded. */
  amountCents?: number;
  reason: string;
  idempotencyKey: string;
  /** What asked for it (e.g. an assistance decision id). */
  sourceRef?: string | null;
}

/**
 * Refunds (part of) a card payment through the gateway, once per idempotency key. On success the
 * refund entry is posted and the balance refreshed in the same transaction as the refund row; a
 * failed gateway refund leaves the ledger untouched and the row `failed` for staff to see.
 */
export async function refundPayment(opts: RefundPaymentOptions): Promise<RefundRow> {
  const { database, ctx } = opts;
  const claimed = await database.db.transaction(async (tx) => {
    await lockAccountOfPayment(tx, opts.paymentId);
    const [payment] = await rows<{ id: string; account_id: string; status: string; gateway_charge_id: string | null; amount_cents: number; refunded_cents: number }>(
      tx,
      sql`select id, account_id, status, gateway_charge_id, amount_cents, refunded_cents from payments where tenant_id = ${ctx.tenantId} and id = ${opts.paymentId} for update`,
    );
    if (!payment) throw notFound('payment');
    const [existing] = await tx.select().from(paymentRefunds).where(and(eq(paymentRefunds.tenantId, ctx.tenantId), eq(paymentRefunds.idempotencyKey, opts.idempotencyKey)));
    if (existing) return { row: existing, fresh: false };
    if (payment.status !== 'succeeded' || !payment.gateway_charge_id) {
      throw new AppError('unprocessable', { message: `payment ${payment.id} is ${payment.status}`, userMessage: 'Only a completed card payment can be refunded.' });
    }
    const [pending] = await rows<{ n: number }>(tx, sql`select coalesce(sum(amount_cents), 0)::bigint as n from payment_refunds where payment_id = ${payment.id} and status = 'pending'`);
    const left = payment.amount_cents - payment.refunded_cents - Number(pending?.n ?? 0);
    const amountCents = opts.amountCents ?? left;
    if (!Number.isSafeInteger(amountCents) || amountCents <= 0 || amountCents > left) {
      throw new AppError('validation_failed', { message: `refund of ${amountCents} but ${left} is refundable`, issues: [{ path: 'amountCents', message: `1..${left}` }] });
    }
    const [row] = await tx
      .insert(paymentRefunds)
      .values({
        id: newId(),
        tenantId: ctx.tenantId,
        accountId: payment.account_id,
        paymentId: payment.id,
        amountCents,
        reason: opts.reason,
        method: 'gateway',
        status: 'pending',
        idempotencyKey: opts.idempotencyKey,
        sourceRef: opts.sourceRef ?? null,
        createdBy: `${ctx.actor.kind}:${ctx.actor.id}`,
        createdAt: ctx.clock.now(),
      })
      .returning();
    return { row: row!, fresh: true, chargeId: payment.gateway_charge_id };
  });
  if (!claimed.fresh || claimed.row.status !== 'pending') return claimed.row;
  const r = claimed.row;
  let refund: Refund | null = null;
  let failure: string | null = null;
  try {
    refund = await opts.gateway.refund({ chargeId: claimed.chargeId!, amountCents: r.amountCents, idempotencyKey: `kindly-refund-${r.id}`, reason: 'requested_by_customer' });
  } catch (err) {
    if (!isPaymentError(err)) throw err;
    failure = err.reason;
  }
  const done = await database.db.transaction(async (tx) => {
    await lockAccountOfPayment(tx, r.paymentId!);
    const ok = refund !== null && refund.status !== 'failed';
    const [row] = await tx
      .update(paymentRefunds)
      .set({ status: ok ? 'succeeded' : 'failed', gatewayRefundId: refund?.id ?? null, completedAt: ctx.clock.now() })
      .where(and(eq(paymentRefunds.id, r.id), inArray(paymentRefunds.status, ['pending'])))
      .returning();
    if (!row) return r;
    if (ok) {
      await tx.update(payments).set({ refundedCents: sql`${payments.refundedCents} + ${r.amountCents}`, updatedAt: ctx.clock.now() }).where(eq(payments.id, r.paymentId!));
      await postRefundEntry(tx, ctx, { id: r.id, tenantId: r.tenantId, accountId: r.accountId, amountCents: r.amountCents, method: 'gateway' });
    }
    await audit(tx, ctx, { action: 'write', recordType: 'refund', recordId: r.id, details: { paymentId: r.paymentId, amountCents: r.amountCents, status: row.status, failure } });
    return row;
  });
  await drainSandboxWebhooks(database, opts.gateway, ctx.clock.now());
  return done;
}
