import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { formatCents } from '../../platform/money/index.js';
import { formatInstantDate } from '../../platform/time/index.js';
import { contactPoints, revocations } from '../people/index.js';
import { payments } from '../payments/index.js';
import type { PortalEmail } from './email-port.js';
import type { PortalLanguage } from './messages.js';

export interface SendEmailOptions {
  database: Database;
  clock: Clock;
  /** Sends and records the email (the server passes outreach's). */
  email: PortalEmail;
  tenantId: string;
  personId: string;
  accountId: string | null;
  /** An address the patient typed; otherwise their email on file (unless they opted out of email). */
  to?: string | null;
  subject: string;
  body: string;
  purpose: string;
  language: PortalLanguage;
}

/**
 * Sends one transactional email the patient asked for (a receipt, a confirmation) to the address
 * they typed, else to their email on file unless they opted out of email; it is recorded in the
 * communications log. Null when there is no address or the channel failed.
 */
export async function sendPortalEmail(opts: SendEmailOptions): Promise<{ communicationId: string; to: string } | null> {
  const { database } = opts;
  let to = opts.to?.trim() || null;
  if (!to) {
    const optedOut = await database.db
      .select({ id: revocations.id })
      .from(revocations)
      .where(and(eq(revocations.tenantId, opts.tenantId), eq(revocations.personId, opts.personId), inArray(revocations.channel, ['email', 'all'])));
    if (optedOut.length > 0) return null;
    const [cp] = await database.db
      .select({ value: contactPoints.value })
      .from(contactPoints)
      .where(and(eq(contactPoints.tenantId, opts.tenantId), eq(contactPoints.personId, opts.personId), eq(contactPoints.system, 'email')))
      .orderBy(asc(contactPoints.rank));
    to = cp?.value ?? null;
  }
  if (!to) return null;
  const sent = await opts.email.send(database, opts.clock, {
    tenantId: opts.tenantId,
    personId: opts.personId,
    accountId: opts.accountId,
    to,
    subject: opts.subject,
    body: opts.body,
    purpose: opts.purpose,
    language: opts.language,
  });
  return sent ? { communicationId: sent.communicationId, to } : null;
}

const RECEIPT = {
  en: {
    subject: 'Your payment receipt',
    body: (p: { tenant: string; amount: string; discount: string | null; date: string; card: string | null; confirmation: string; balance: string }) =>
      [
        `Thank you. ${p.tenant} received your payment of ${p.amount} on ${p.date}${p.card ? ` (card ending ${p.card})` : ''}.`,
        p.discount ? `A discount of ${p.discount} was applied for paying in full.` : null,
        `Confirmation number: ${p.confirmation}.`,
        `Balance left on this bill: ${p.balance}.`,
        'Keep this email for your records. If something looks wrong, reply to this email or call us.',
        'To stop emails about this bill, reply STOP.',
      ]
        .filter(Boolean)
        .join('\n\n'),
  },
  es: {
    subject: 'Su recibo de pago',
    body: (p: { tenant: string; amount: string; discount: string | null; date: string; card: string | null; confirmation: string; balance: string }) =>
      [
        `Gracias. ${p.tenant} recibió su pago de ${p.amount} el ${p.date}${p.card ? ` (tarjeta que termina en ${p.card})` : ''}.`,
        p.discount ? `Se aplicó un descuento de ${p.discount} por pagar el total.` : null,
        `Número de confirmación: ${p.confirmation}.`,
        `Saldo restante de esta factura: ${p.balance}.`,
        'Guarde este correo para sus registros. Si algo no parece correcto, responda a este correo o llámenos.',
        'Para dejar de recibir correos sobre esta factura, responda STOP.',
      ]
        .filter(Boolean)
        .join('\n\n'),
  },
};

/** A short code the patient can quote on the phone (from the payment id; not secret). */
export function confirmationNumber(paymentId: string): string {
  return paymentId.replace(/-/g, '').slice(0, 10).toUpperCase();
}

/**
 * Emails the receipt for a succeeded payment, once: the communication id is kept on the payment,
 * so a replayed request does not send it again. No clinical detail, amounts and the card's last 4 only.
 */
export async function sendPaymentReceipt(opts: { database: Database; clock: Clock; email: PortalEmail; paymentId: string; language: PortalLanguage; to?: string | null }): Promise<{ communicationId: string; to: string } | null> {
  const { database } = opts;
  const [p] = await rows<{ id: string; tenant_id: string; person_id: string; account_id: string; status: string; amount_cents: number; discount_cents: number; card_last4: string | null; receipt_communication_id: string | null; completed_at: Date | null; tenant_name: string; time_zone: string; balance_cents: number }>(
    database.db,
    sql`select p.id, p.tenant_id, p.person_id, p.account_id, p.status, p.amount_cents, p.discount_cents, p.card_last4, p.receipt_communication_id, p.completed_at,
               t.name as tenant_name, t.time_zone, a.patient_due_cents as balance_cents
        from payments p join tenants t on t.id = p.tenant_id join accounts a on a.id = p.account_id where p.id = ${opts.paymentId}`,
  );
  if (!p || p.status !== 'succeeded') return null;
  if (p.receipt_communication_id) {
    return { communicationId: p.receipt_communication_id, to: (await opts.email.recipientOf(database, p.receipt_communication_id)) ?? '' };
  }
  const L = opts.language;
  const locale = L === 'es' ? 'es-US' : 'en-US';
  const date = formatInstantDate(new Date(p.completed_at ?? opts.clock.now()), p.time_zone, locale);
  const t = RECEIPT[L];
  const sent = await sendPortalEmail({
    database,
    clock: opts.clock,
    email: opts.email,
    tenantId: p.tenant_id,
    personId: p.person_id,
    accountId: p.account_id,
    to: opts.to,
    subject: t.subject,
    body: t.body({
      tenant: p.tenant_name,
      amount: formatCents(Number(p.amount_cents), locale),
      discount: Number(p.discount_cents) > 0 ? formatCents(Number(p.discount_cents), locale) : null,
      date,
      card: p.card_last4,
      confirmation: confirmationNumber(p.id),
      balance: formatCents(Math.max(0, Number(p.balance_cents)), locale),
    }),
    purpose: 'payment_receipt',
    language: L,
  });
  if (sent) await database.db.update(payments).set({ receiptCommunicationId: sent.communicationId }).where(and(eq(payments.id, p.id), sql`${payments.receiptCommunicationId} is null`));
  return sent;
}
