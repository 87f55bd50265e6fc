import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { DECLINE_USER_MESSAGES, isPaymentError, type DeclineCode } from './errors.js';
import type { Charge, PaymentGateway } from './gateway.js';
import { lockAccountOfPayment } from './lock-account.js';
import { drainSandboxWebhooks } from './record-gateway-event.js';
import { settleFailedPayment, settleSucceededPayment } from './settle-payment.js';
import { payments, type PaymentChannel, type PaymentRow } from './schema.js';

export interface PayWithCardOptions {
  database: Database;
  gateway: PaymentGateway;
  ctx: AccessContext;
  accountId: string;
  /** What is charged to the card. */
  amountCents: number;
  /** A discount granted with this payment (prompt-pay, early-out), posted beside it. */
  discountCents?: number;
  discountKind?: string | null;
  /** A gateway token from client-side tokenization; never a card number. */
  paymentMethod: string;
  /** Chosen by the client once per payment form: a double click or a retry sends the same key. */
  idempotencyKey: string;
  channel: PaymentChannel;
  linkId?: string | null;
  planId?: string | null;
  /** How long a request waits for a concurrent one with the same key to finish (default 15 s). */
  waitMs?: number;
  /** A pending payment untouched this long is taken over by a retry (its gateway call is replayed). */
  staleAfterMs?: number;
}

/** A payment as callers and the portal see it (no card number, ever). */
export interface PaymentView {
  id: string;
  accountId: string;
  status: PaymentRow['status'];
  amountCents: number;
  discountCents: number;
  discountKind: string | null;
  card: { brand: string; last4: string } | null;
  failure: { code: string; userMessage: string } | null;
  gatewayChargeId: string | null;
  createdAt: string;
  completedAt: string | null;
}

export interface PayWithCardResult {
  payment: PaymentView;
  /** True when this request did not charge but returned an earlier request's result (same key). */
  replayed: boolean;
}

const RETRYABLE_MARK = 'gateway_retryable';

export function paymentView(p: PaymentRow): PaymentView {
  const code = p.failureCode;
  return {
    id: p.id,
    accountId: p.accountId,
    status: p.status,
    amountCents: p.amountCents,
    discountCents: p.discountCents,
    discountKind: p.discountKind,
    card: p.cardLast4 ? { brand: p.cardBrand ?? 'card', last4: p.cardLast4 } : null,
    failure:
      p.status === 'failed' && code
        ? { code, userMessage: DECLINE_USER_MESSAGES[code as DeclineCode] ?? DECLINE_USER_MESSAGES.processing_error }
        : null,
    gatewayChargeId: p.gatewayChargeId,
    createdAt: p.createdAt.toISOString(),
    completedAt: p.completedAt?.toISOString() ?? null,
  };
}

function validate(opts: PayWithCardOptions): void {
  const issues: Array<{ path: string; message: string }> = [];
  if (!Number.isSafeInteger(opts.amountCents) || opts.amountCents <= 0) issues.push({ path: 'amountCents', message: 'must be a positive whole number of cents' });
  const discount = opts.discountCents ?? 0;
  if (!Number.isSafeInteger(discount) || discount < 0) issues.push({ path: 'discountCents', message: 'must be zero or more cents' });
  if (!/^[\w:.-]{8,200}$/.test(opts.idempotencyKey)) issues.push({ path: 'idempotencyKey', message: '8..200 characters of letters, digits, - _ : .' });
  if (!opts.paymentMethod || /^\d[\d -]{10,22}\d$/.test(opts.paymentMethod)) issues.push({ path: 'paymentMethod', message: 'a payment-method token is required (never a card number)' });
  if (issues.length) throw new AppError('validation_failed', { message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues });
}

/**
 * Charges a card for an account, once per idempotency key. The key is claimed with a unique insert
 * (a concurrent request with the same key waits for the first and returns its result); the gateway
 * is called outside any transaction with an idempotency key of its own; the success is recorded,
 * posted to the ledger and the balance refreshed in one transaction. A decline is a `failed`
 * payment, not an exception.
 */
export async function payWithCard(opts: PayWithCardOptions): Promise<PayWithCardResult> {
  validate(opts);
  const { database, ctx } = opts;
  const discountCents = opts.discountCents ?? 0;
  const fingerprint = JSON.stringify([opts.accountId, opts.amountCents, discountCents, opts.discountKind ?? null, opts.paymentMethod]);
  const claimed = await database.db.transaction(async (tx) => {
    // One payment decision per account at a time: the balance check below cannot race.
    const [account] = await rows<{ id: string; person_id: string; patient_due_cents: number }>(
      tx,
      sql`select id, person_id, patient_due_cents from accounts where tenant_id = ${ctx.tenantId} and id = ${opts.accountId} for update`,
    );
    if (!account) throw new AppError('not_found', { message: 'account not found' });
    const now = ctx.clock.now();
    const id = newId();
    const [inserted] = await tx
      .insert(payments)
      .values({
        id,
        tenantId: ctx.tenantId,
        accountId: account.id,
        personId: account.person_id,
        idempotencyKey: opts.idempotencyKey,
        fingerprint,
        channel: opts.channel,
        linkId: opts.linkId ?? null,
        planId: opts.planId ?? null,
        gateway: opts.gateway.name,
        paymentMethod: opts.paymentMethod,
        amountCents: opts.amountCents,
        discountCents,
        discountKind: opts.discountKind ?? null,
        status: 'pending',
        createdBy: `${ctx.actor.kind}:${ctx.actor.id}`,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) return null;
    const [pending] = await rows<{ n: number }>(
      tx,
      sql`select coalesce(sum(amount_cents + discount_cents), 0)::bigint as n from payments
          where tenant_id = ${ctx.tenantId} and account_id = ${account.id} and status in ('pending', 'requires_action') and id <> ${id}`,
    );
    const available = account.patient_due_cents - Number(pending?.n ?? 0);
    if (opts.amountCents + discountCents > available) {
      throw new AppError('unprocessable', {
        message: `payment of ${opts.amountCents}+${discountCents} exceeds the ${available} due`,
        userMessage: 'This is more than the balance due, so nothing was charged. Please check the amount and try again.',
      });
    }
    return inserted;
  });
  if (claimed) return { payment: paymentView(await drive(opts, claimed)), replayed: false };
  return replay(opts, fingerprint);
}

async function findByKey(opts: PayWithCardOptions): Promise<PaymentRow> {
  const [row] = await opts.database.db
    .select()
    .from(payments)
    .where(and(eq(payments.tenantId, opts.ctx.tenantId), eq(payments.idempotencyKey, opts.idempotencyKey)));
  if (!row) throw new AppError('internal', { message: 'payment vanished after an idempotency conflict' });
  return row;
}

/** Another request owns this key: wait for its result, or take over a stale or retryable one. */
async function replay(opts: PayWithCardOptions, fingerprint: string): Promise<PayWithCardResult> {
  const waitUntil = Date.now() + (opts.waitMs ?? 15_000);
  for (;;) {
    const row = await findByKey(opts);
    if (row.fingerprint !== fingerprint) {
      throw new AppError('conflict', {
        message: 'idempotency key reused with different parameters',
        userMessage: 'This payment form was already used for a different payment. Please reload the page and try again; nothing was charged twice.',
      });
    }
    if (row.status !== 'pending') return { payment: paymentView(row), replayed: true };
    const stale = row.failureCode === RETRYABLE_MARK || opts.ctx.clock.now().getTime() - row.updatedAt.getTime() >= (opts.staleAfterMs ?? 60_000);
    if (stale) {
      // Compare-and-set on updated_at: one retry takes over; the gateway replays its own result.
      const now = opts.ctx.clock.now();
      const [taken] = await opts.database.db
        .update(payments)
        .set({ updatedAt: new Date(Math.max(now.getTime(), row.updatedAt.getTime() + 1)), failureCode: null })
        .where(and(eq(payments.id, row.id), eq(payments.status, 'pending'), eq(payments.updatedAt, row.updatedAt)))
        .returning();
      if (taken) return { payment: paymentView(await drive(opts, taken)), replayed: true };
    }
    if (Date.now() >= waitUntil) {
      throw new AppError('conflict', {
        message: 'payment with this key still in progress',
        userMessage: 'Your payment is still being processed. Please wait a moment and refresh the page; you will not be charged twice.',
      });
    }
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** Calls the gateway for a claimed payment and records the outcome. */
async function drive(opts: PayWithCardOptions, p: PaymentRow): Promise<PaymentRow> {
  const { database, gateway, ctx } = opts;
  let charge: Charge;
  try {
    charge = await gateway.createCharge({
      amountCents: p.amountCents,
      paymentMethod: p.paymentMethod!,
      idempotencyKey: `kindly-payment-${p.id}`,
      description: 'Kindly patient payment',
      metadata: { paymentId: p.id, accountId: p.accountId, tenantId: p.tenantId },
      tenantId: p.tenantId,
    });
  } catch (err) {
    if (!isPaymentError(err)) throw err;
    if (err.retryable) {
      await database.db.update(payments).set({ failureCode: RETRYABLE_MARK, updatedAt: ctx.clock.now() }).where(and(eq(payments.id, p.id), eq(payments.status, 'pending')));
      throw new AppError('unavailable', { message: `gateway: ${err.reason}`, userMessage: err.userMessage, cause: err });
    }
    const code = err.reason === 'invalid_card_number' ? 'invalid_card' : 'processing_error';
    await database.db.transaction((tx) => settleFailedPayment(tx, ctx, { id: p.id, failureCode: code }));
    throw new AppError('bad_request', { message: `gateway refused the request: ${err.reason}`, userMessage: err.userMessage, cause: err });
  }
  await database.db.transaction(async (tx) => {
    if (charge.status === 'succeeded') await settleSucceededPayment(tx, ctx, { id: p.id, chargeId: charge.id, card: charge.card });
    else if (charge.status === 'failed') await settleFailedPayment(tx, ctx, { id: p.id, failureCode: charge.failure?.code ?? 'processing_error', chargeId: charge.id, card: charge.card });
    else {
      // 3-D Secure or still processing: the webhook (or the confirmation) settles it.
      await lockAccountOfPayment(tx, p.id);
      await tx
        .update(payments)
        .set({ status: charge.status === 'requires_action' ? 'requires_action' : 'pending', gatewayChargeId: charge.id, cardBrand: charge.card?.brand ?? null, cardLast4: charge.card?.last4 ?? null, updatedAt: ctx.clock.now() })
        .where(and(eq(payments.id, p.id), inArray(payments.status, ['pending', 'requires_action'])));
    }
  });
  await drainSandboxWebhooks(database, gateway, ctx.clock.now());
  const [row] = await database.db.select().from(payments).where(eq(payments.id, p.id));
  return row!;
}
