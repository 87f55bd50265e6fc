import { and, eq } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Database } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { stableId } from '../../platform/ids/index.js';
import { frontDeskVisits } from '../claims/index.js';
import { accounts, postLedgerEntries, refreshAccountBalances } from '../ledger/index.js';
import { payWithCard, type PaymentGateway, type PaymentView } from '../payments/index.js';

/**
 * Takes today's copay by card. The copay is posted as a time-of-service charge on the visit's own
 * account (`visit|<visit id>`) and paid at once through the payments gateway; if the card is
 * declined the charge is reversed, so nothing is left owing from a declined card. Refused in the
 * emergency department (EMTALA).
 */
export async function collectCopay(opts: { database: Database; gateway: PaymentGateway; ctx: AccessContext; visitId: string; paymentMethod: string; idempotencyKey: string }): Promise<{ payment: PaymentView; accountId: string }> {
  const { database, ctx } = opts;
  const [visit] = await database.db.select().from(frontDeskVisits).where(and(eq(frontDeskVisits.tenantId, ctx.tenantId), eq(frontDeskVisits.id, opts.visitId)));
  if (!visit) throw notFound('visit');
  if (visit.visitType === 'emergency') {
    throw new AppError('unprocessable', { message: 'no payment is taken in the emergency department before screening and stabilization', userMessage: 'No payment is asked for in the emergency department. Billing will follow up after the visit.' });
  }
  if (visit.paymentId) throw new AppError('conflict', { message: 'the copay for this visit was already taken', userMessage: 'The copay for this visit has already been paid.' });
  if (!visit.copayCents || visit.copayCents <= 0) throw new AppError('unprocessable', { message: 'no copay is known for this visit', userMessage: 'There is no copay on file for this visit. Run the insurance check first.' });
  const accountId = stableId('account', ctx.tenantId, `visit|${visit.id}`);
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  await database.db.transaction(async (tx) => {
    await tx.insert(accounts).values({ id: accountId, tenantId: ctx.tenantId, personId: visit.personId, guarantorId: visit.personId, externalRef: `visit|${visit.id}`, facility: null, status: 'open', serviceDate: today, dischargeDate: today, totalChargesCents: 0, balanceCents: 0, insurancePendingCents: 0, patientDueCents: 0 }).onConflictDoNothing();
    await postLedgerEntries(tx, [{ id: stableId('entry', accountId, 'copay', opts.idempotencyKey), tenantId: ctx.tenantId, accountId, kind: 'charge', amountCents: visit.copayCents!, bucket: 'patient', effectiveOn: today, postedAt: now, source: 'front_desk', sourceRef: `visit|${visit.id}|copay|${opts.idempotencyKey}`, memo: 'Copay for today\'s visit' }]);
    await refreshAccountBalances(tx, ctx.tenantId, [accountId]);
    await audit(tx, ctx, { action: 'write', recordType: 'account', recordId: accountId, details: { via: 'front_desk_copay', visit: visit.id } });
  });
  let result;
  try {
    result = await payWithCard({ database, gateway: opts.gateway, ctx, accountId, amountCents: visit.copayCents, paymentMethod: opts.paymentMethod, idempotencyKey: `desk:${opts.idempotencyKey}`, channel: 'staff' });
  } catch (e) {
    await reverseCopay(database, ctx, accountId, `visit|${visit.id}|copay|${opts.idempotencyKey}`, visit.copayCents);
    throw e;
  }
  if (result.payment.status === 'failed') {
    await reverseCopay(database, ctx, accountId, `visit|${visit.id}|copay|${opts.idempotencyKey}`, visit.copayCents);
    throw new AppError('payment_declined', { message: `declined: ${result.payment.failure?.code}`, userMessage: result.payment.failure?.userMessage });
  }
  await database.db.update(frontDeskVisits).set({ paymentId: result.payment.id }).where(eq(frontDeskVisits.id, visit.id));
  return { payment: result.payment, accountId };
}

/** Reverses one attempt's copay charge (each attempt has its own idempotency key, so its own charge). */
async function reverseCopay(database: Database, ctx: AccessContext, accountId: string, chargeRef: string, cents: number): Promise<void> {
  const now = ctx.clock.now();
  await database.db.transaction(async (tx) => {
    await postLedgerEntries(tx, [{ id: stableId('entry', accountId, `${chargeRef}|rev`), tenantId: ctx.tenantId, accountId, kind: 'charge', amountCents: -cents, bucket: 'patient', effectiveOn: now.toISOString().slice(0, 10), postedAt: now, source: 'front_desk', sourceRef: `${chargeRef}|rev`, memo: 'Copay not taken: the card was declined' }]);
    await refreshAccountBalances(tx, ctx.tenantId, [accountId]);
  });
}
