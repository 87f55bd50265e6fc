import { and, eq, inArray } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import type { Database } from '../../platform/db/index.js';
import type { GatewayEvent, PaymentGateway } from './gateway.js';
import { lockAccount } from './lock-account.js';
import { SandboxGateway } from './sandbox-gateway.js';
import { gatewayEvents, payments } from './schema.js';
import { settleFailedPayment, settleSucceededPayment } from './settle-payment.js';

export interface RecordGatewayEventResult {
  event: GatewayEvent;
  /** False for a duplicate delivery (already recorded). */
  recorded: boolean;
  /** The payment this event settled (a 3-D Secure charge, or one whose request died mid-way). */
  settledPaymentId: string | null;
}

const systemCtx = (tenantId: string, clock: Clock): AccessContext => ({ tenantId, actor: { kind: 'system', id: 'payments-webhook', roles: [] }, purpose: 'payment', clock });

/**
 * Verifies a raw webhook body with the gateway (signature and timestamp; throws a payment error when
 * not genuine), records the event once (by the gateway's event id), and settles a payment still
 * waiting for this outcome, but only the first time the event arrives and only when the gateway's
 * own state of the charge says the same: a forged or replayed "succeeded" moves no money.
 */
export async function recordGatewayEvent(opts: {
  database: Database;
  gateway: PaymentGateway;
  payload: string;
  signatureHeader: string;
  clock: Clock;
  /** The instant the signature's timestamp is checked against (default: the clock's now). */
  verifyAt?: Date;
  /**
   * The tenant whose own gateway account sent the event (its webhook route): only that tenant's
   * payments are looked at. Absent: the installation's account, whose events name their payment.
   */
  tenantId?: string;
}): Promise<RecordGatewayEventResult> {
  const now = opts.clock.now();
  const event = opts.gateway.parseWebhook(opts.payload, opts.signatureHeader, opts.verifyAt ?? now);
  // Asked before the transaction: a gateway call must not hold the account lock (or, on PGlite,
  // the one connection). A charge the gateway does not know settles nothing.
  const atGateway = event.chargeId && (event.type === 'payment_succeeded' || event.type === 'payment_failed') ? await opts.gateway.retrieveCharge(event.chargeId).catch(() => null) : null;
  return opts.database.db.transaction(async (tx) => {
    const paymentId = event.metadata.paymentId;
    const which = paymentId ? eq(payments.id, paymentId) : eq(payments.gatewayChargeId, event.chargeId ?? '');
    const find = () => (event.chargeId ? tx.select().from(payments).where(opts.tenantId ? and(eq(payments.tenantId, opts.tenantId), which) : which) : Promise.resolve([]));
    let [payment] = await find();
    // Account first, then the payment (the lock order of every money change), then read it again.
    if (payment) {
      await lockAccount(tx, payment.accountId);
      [payment] = await find();
    }
    const inserted = await tx
      .insert(gatewayEvents)
      .values({
        gateway: opts.gateway.name,
        id: event.id,
        tenantId: opts.tenantId ?? payment?.tenantId ?? event.metadata.tenantId ?? null,
        type: event.type,
        gatewayType: event.gatewayType,
        chargeId: event.chargeId,
        amountCents: event.amountCents,
        currency: event.currency,
        occurredAt: new Date(event.occurredAt),
        receivedAt: now,
        failureCode: event.failure?.code ?? null,
        // IDs only: Kindly never puts PHI into gateway metadata.
        metadata: Object.fromEntries(Object.entries(event.metadata).filter(([k]) => ['paymentId', 'accountId', 'tenantId', 'refundId', 'planId'].includes(k))),
      })
      .onConflictDoNothing()
      .returning({ id: gatewayEvents.id });
    let settled: string | null = null;
    const confirmed =
      atGateway !== null &&
      payment !== undefined &&
      atGateway.id === event.chargeId &&
      (payment.gatewayChargeId === null || payment.gatewayChargeId === atGateway.id) &&
      (event.type === 'payment_succeeded' ? atGateway.status === 'succeeded' && atGateway.amountCents === payment.amountCents : atGateway.status === 'failed');
    if (inserted.length > 0 && confirmed && payment && ['pending', 'requires_action'].includes(payment.status) && event.chargeId) {
      const ctx = systemCtx(payment.tenantId, opts.clock);
      if (event.type === 'payment_succeeded') {
        settled = (await settleSucceededPayment(tx, ctx, { id: payment.id, chargeId: event.chargeId, card: payment.cardLast4 ? { brand: payment.cardBrand ?? 'card', last4: payment.cardLast4 } : null }))?.id ?? null;
      } else if (event.type === 'payment_failed') {
        settled = (await settleFailedPayment(tx, ctx, { id: payment.id, failureCode: event.failure?.code ?? 'processing_error', chargeId: event.chargeId }))?.id ?? null;
      }
    }
    return { event, recorded: inserted.length > 0, settledPaymentId: settled };
  });
}

/**
 * The sandbox "delivers" its webhooks by handing them to the same verified path a real gateway's
 * HTTP webhook takes, so reconciliation sees sandbox events exactly like Stripe's.
 */
export async function drainSandboxWebhooks(database: Database, gateway: PaymentGateway, now: Date): Promise<number> {
  if (!(gateway instanceof SandboxGateway)) return 0;
  let n = 0;
  for (const d of gateway.takeWebhooks()) {
    // In-process delivery: the signature is still checked, at the instant the sandbox signed it
    // (its clock may differ from the injected one in tests and simulations).
    const signedAt = new Date(Number(/(?:^|,)t=(\d+)/.exec(d.signatureHeader)?.[1] ?? 0) * 1000);
    await recordGatewayEvent({ database, gateway, payload: d.payload, signatureHeader: d.signatureHeader, clock: { now: () => now }, verifyAt: signedAt });
    n++;
  }
  return n;
}

/** Payments of a tenant still waiting on the gateway (for the reconciliation report). */
export async function listUnsettledPayments(database: Database, tenantId: string) {
  return database.db.select().from(payments).where(and(eq(payments.tenantId, tenantId), inArray(payments.status, ['pending', 'requires_action'])));
}
