import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { accounts } from '../ledger/index.js';
import { persons } from '../people/index.js';
import { lockAccount, payWithCard, type PaymentGateway, type PaymentView } from '../payments/index.js';
import { localDate } from '../../platform/time/index.js';
import { findAccountPlan, loadPaymentPolicy, quotePayInFull, syncPlanPayments } from '../plans/index.js';
import { declineMessage, portalMessage } from './messages.js';
import type { PortalEmail } from './email-port.js';
import type { PortalAccess } from './open-portal.js';
import { confirmationNumber, sendPaymentReceipt } from './send-payment-receipt.js';

export interface PayPortalBalanceOptions {
  database: Database;
  gateway: PaymentGateway;
  access: PortalAccess;
  /** Pay the whole balance (with the open discount, if any), or `amountCents` of it. */
  payInFull: boolean;
  amountCents?: number;
  paymentMethod: string;
  idempotencyKey: string;
  /** Sends and records the receipt email (the server passes outreach's). */
  email: PortalEmail;
  /** Where the receipt goes; default: the email on file. */
  receiptEmail?: string | null;
}

export interface PortalPaymentResult {
  payment: PaymentView;
  confirmationNumber: string;
  balanceAfterCents: number;
  receipt: { to: string } | null;
  replayed: boolean;
}

/**
 * The patient pays from the portal: the amount (and any pay-in-full discount under the tenant's
 * policy) is decided here, never taken from the page; the charge is made once per idempotency
 * key; a plan on the account takes the payment oldest installment first; the receipt is emailed.
 * A decline becomes a kind, translated `payment_declined` error.
 */
export async function payPortalBalance(opts: PayPortalBalanceOptions): Promise<PortalPaymentResult> {
  const { database, access } = opts;
  const { ctx, link, language } = access;
  const [row] = await database.db
    .select({ due: accounts.patientDueCents, serviceDate: accounts.serviceDate, firstStatementOn: accounts.firstStatementOn, timeZone: persons.timeZone })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .where(and(eq(accounts.tenantId, ctx.tenantId), eq(accounts.id, link.accountId)));
  if (!row || row.due <= 0) throw new AppError('unprocessable', { message: 'nothing due', userMessage: portalMessage('nothing_due', language) });
  const plan = await findAccountPlan(database.db, { tenantId: ctx.tenantId, accountId: link.accountId });
  let amountCents: number;
  let discountCents = 0;
  let discountKind: string | null = null;
  if (opts.payInFull) {
    const policy = await loadPaymentPolicy(database.db, ctx.tenantId);
    const quote =
      plan && plan.status !== 'defaulted'
        ? null
        : quotePayInFull({ balanceCents: row.due, today: localDate(ctx.clock.now(), row.timeZone), serviceOn: row.serviceDate ?? undefined, firstStatementOn: row.firstStatementOn ?? undefined, policy: policy.discounts });
    amountCents = quote?.amountDueCents ?? row.due;
    discountCents = quote?.discountCents ?? 0;
    discountKind = quote?.kind ?? null;
  } else {
    amountCents = opts.amountCents ?? 0;
    if (!Number.isSafeInteger(amountCents) || amountCents < 100) {
      throw new AppError('validation_failed', {
        message: 'amountCents must be at least 100',
        userMessage: language === 'es' ? 'Escriba una cantidad de al menos $1.00.' : 'Please enter an amount of at least $1.00.',
        issues: [{ path: 'amountCents', message: 'at least 100' }],
      });
    }
    if (amountCents > row.due) throw new AppError('unprocessable', { message: 'more than due', userMessage: portalMessage('over_balance', language) });
  }
  let result;
  try {
    result = await payWithCard({
      database,
      gateway: opts.gateway,
      ctx,
      accountId: link.accountId,
      amountCents,
      discountCents,
      discountKind,
      paymentMethod: opts.paymentMethod,
      idempotencyKey: `portal:${link.id}:${opts.idempotencyKey}`,
      channel: 'portal',
      linkId: link.id,
      planId: plan?.id ?? null,
    });
  } catch (err) {
    if (err instanceof AppError && !err.origin && err.code === 'unprocessable') throw new AppError('unprocessable', { message: err.message, userMessage: portalMessage('over_balance', language) });
    throw err;
  }
  const { payment } = result;
  if (payment.status === 'failed') {
    throw new AppError('payment_declined', { message: `declined: ${payment.failure?.code ?? 'unknown'}`, userMessage: declineMessage(payment.failure?.code ?? 'processing_error', language) });
  }
  if (payment.status === 'succeeded' && plan) {
    const policy = await loadPaymentPolicy(database.db, ctx.tenantId);
    await database.db.transaction(async (tx) => {
      await lockAccount(tx, link.accountId);
      const locked = await findAccountPlan(tx, { tenantId: ctx.tenantId, accountId: link.accountId, forUpdate: true });
      if (locked) await syncPlanPayments(tx, locked, { now: ctx.clock.now(), servicing: policy.servicing });
    });
  }
  const receipt = payment.status === 'succeeded' ? await sendPaymentReceipt({ database, clock: ctx.clock, email: opts.email, paymentId: payment.id, language, to: opts.receiptEmail }) : null;
  const [after] = await database.db.select({ due: accounts.patientDueCents }).from(accounts).where(eq(accounts.id, link.accountId));
  return { payment, confirmationNumber: confirmationNumber(payment.id), balanceAfterCents: Math.max(0, after?.due ?? 0), receipt: receipt ? { to: maskEmail(receipt.to) } : null, replayed: result.replayed };
}

/** "m***@example.com": enough for the patient to recognize, not enough to harvest. */
export function maskEmail(address: string): string {
  const [user, domain] = address.split('@');
  if (!user || !domain) return '***';
  return `${user[0]}***@${domain}`;
}
