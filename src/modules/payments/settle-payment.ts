import { and, eq, inArray, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';
import { stableId } from '../../platform/ids/index.js';
import { postLedgerEntries, refreshAccountBalances, type NewLedgerEntry } from '../ledger/index.js';
import { publishAccountChanged, publishWebhookEvent } from '../../platform/events/index.js';
import type { CardSummary } from './gateway.js';
import { localDate } from '../../platform/time/index.js';
import { lockAccountOfPayment } from './lock-account.js';
import { payments, type PaymentRow } from './schema.js';

/** Ledger source of card payments (sourceRef = the payment id; its discount: `<id>:discount`). */
export const PAYMENT_LEDGER_SOURCE = 'payments';
/** Ledger source of refunds (sourceRef = the refund id). */
export const REFUND_LEDGER_SOURCE = 'payments:refund';

async function tenantTimeZone(q: Queryable, tenantId: string): Promise<string> {
  const [t] = await rows<{ time_zone: string }>(q, sql`select time_zone from tenants where id = ${tenantId}`);
  return t?.time_zone ?? 'UTC';
}

/**
 * Marks a payment succeeded and, in the same transaction, posts its ledger entries (the payment and
 * any discount) and refreshes the account balance. Compare-and-set on the status: a second caller
 * (the webhook after the request, or a retry) changes nothing and gets false.
 */
export async function settleSucceededPayment(
  tx: Queryable,
  ctx: AccessContext,
  p: { id: string; chargeId: string; card: CardSummary | null },
): Promise<PaymentRow | null> {
  const now = ctx.clock.now();
  await lockAccountOfPayment(tx, p.id);
  const [done] = await tx
    .update(payments)
    .set({ status: 'succeeded', gatewayChargeId: p.chargeId, cardBrand: p.card?.brand ?? null, cardLast4: p.card?.last4 ?? null, failureCode: null, completedAt: now, updatedAt: now })
    .where(and(eq(payments.id, p.id), inArray(payments.status, ['pending', 'requires_action'])))
    .returning();
  if (!done) return null;
  const effectiveOn = localDate(now, await tenantTimeZone(tx, done.tenantId));
  const base = { tenantId: done.tenantId, accountId: done.accountId, bucket: 'patient' as const, effectiveOn, postedAt: now, source: PAYMENT_LEDGER_SOURCE };
  const entries: NewLedgerEntry[] = [
    {
      ...base,
      id: stableId('ledger', PAYMENT_LEDGER_SOURCE, done.id),
      kind: 'patient_payment',
      amountCents: -done.amountCents,
      sourceRef: done.id,
      memo: done.cardLast4 ? `Card ${done.cardBrand ?? ''} ending ${done.cardLast4}`.replace('  ', ' ') : 'Card payment',
    },
  ];
  if (done.discountCents > 0) {
    entries.push({
      ...base,
      id: stableId('ledger', PAYMENT_LEDGER_SOURCE, done.id, 'discount'),
      kind: 'discount',
      amountCents: -done.discountCents,
      sourceRef: `${done.id}:discount`,
      memo: done.discountKind === 'prompt_pay' ? 'Prompt-pay discount' : done.discountKind === 'early_out' ? 'Early payment discount' : 'Discount',
    });
  }
  await postLedgerEntries(tx, entries);
  await refreshAccountBalances(tx, done.tenantId, [done.accountId]);
  await audit(tx, ctx, { action: 'write', recordType: 'payment', recordId: done.id, details: { accountId: done.accountId, amountCents: done.amountCents, discountCents: done.discountCents, status: 'succeeded' } });
  // Outreach looks at the account again now: a paid balance stops reminders at once.
  await publishAccountChanged(tx, { tenantId: done.tenantId, accountIds: [done.accountId], reason: 'payment_settled', at: now });
  await publishWebhookEvent(tx, { tenantId: done.tenantId, type: 'payment.received', payload: { paymentId: done.id, accountId: done.accountId, amountCents: done.amountCents, discountCents: done.discountCents }, at: now });
  return done;
}

/** Marks a payment failed (a decline or a refused request); nothing reaches the ledger. */
export async function settleFailedPayment(tx: Queryable, ctx: AccessContext, p: { id: string; failureCode: string; chargeId?: string | null; card?: CardSummary | null }): Promise<PaymentRow | null> {
  const now = ctx.clock.now();
  await lockAccountOfPayment(tx, p.id);
  const [done] = await tx
    .update(payments)
    .set({
      status: 'failed',
      failureCode: p.failureCode,
      gatewayChargeId: p.chargeId ?? null,
      cardBrand: p.card?.brand ?? null,
      cardLast4: p.card?.last4 ?? null,
      completedAt: now,
      updatedAt: now,
    })
    .where(and(eq(payments.id, p.id), inArray(payments.status, ['pending', 'requires_action'])))
    .returning();
  if (done) await audit(tx, ctx, { action: 'write', recordType: 'payment', recordId: done.id, details: { accountId: done.accountId, status: 'failed', failureCode: p.failureCode } });
  return done ?? null;
}

/** Posts a refund (money back to the patient raises the balance back) and refreshes the balance. */
export async function postRefundEntry(tx: Queryable, ctx: AccessContext, r: { id: string; tenantId: string; accountId: string; amountCents: number; method: string }): Promise<void> {
  const now = ctx.clock.now();
  await postLedgerEntries(tx, [
    {
      id: stableId('ledger', REFUND_LEDGER_SOURCE, r.id),
      tenantId: r.tenantId,
      accountId: r.accountId,
      kind: 'refund',
      amountCents: r.amountCents,
      bucket: 'patient',
      effectiveOn: localDate(now, await tenantTimeZone(tx, r.tenantId)),
      postedAt: now,
      source: REFUND_LEDGER_SOURCE,
      sourceRef: r.id,
      memo: r.method === 'check' ? 'Refund by check' : 'Refund to card',
    },
  ]);
  await refreshAccountBalances(tx, r.tenantId, [r.accountId]);
}
