import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { newId } from '../../platform/ids/index.js';
import { formatCents } from '../../platform/money/index.js';
import { communications, sandboxChannel, smtpEmailChannel, type Channel } from '../outreach/index.js';
import { contactPoints, revocations } from '../people/index.js';
import { payments } from '../payments/index.js';
import type { PortalLanguage } from './messages.js';

const emailChannels = new WeakMap<Database, Channel>();
const sandboxEmail = sandboxChannel('email');

/**
 * Email for receipts and notices: the channel the composition root chose for this database (real
 * SMTP when KINDLY_SMTP_URL is set), otherwise the sandbox (recorded in sandbox_deliveries, the dev
 * inbox), like outreach's email channel.
 */
export function portalEmailChannel(database: Database): Channel {
  return emailChannels.get(database) ?? sandboxEmail;
}

/** Sends the portal's email through SMTP with these settings from now on (the composition root calls it at start). */
export function usePortalSmtp(database: Database, smtp: { url: string; from: string }): void {
  emailChannels.set(database, smtpEmailChannel(smtp));
}

export interface SendEmailOptions {
  database: Database;
  clock: Clock;
  tenantId: string;
  personId: string;
  accountId: string | null;
  /** An address the patient typed; otherwise their email on file (unless they opted out of email). */
  to?: string | null;
  subject: string;
  body: string;
  purpose: string;
  language: PortalLanguage;
  channel?: Channel;
}

/**
 * Sends one transactional email the patient asked for (a receipt, a confirmation) and records it
 * in communications. A transactional channel (the sandbox) records its delivery in the same
 * transaction; an external one (SMTP) is called after the row is committed as `sending`.
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
  const channel = opts.channel ?? portalEmailChannel(database);
  const now = opts.clock.now();
  const id = newId();
  const [tz] = await rows<{ time_zone: string }>(database.db, sql`select time_zone from tenants where id = ${opts.tenantId}`);
  const msg = { communicationId: id, tenantId: opts.tenantId, personId: opts.personId, accountId: opts.accountId, channel: 'email' as const, to, subject: opts.subject, body: opts.body, verifyCode: null };
  const row = {
    id,
    tenantId: opts.tenantId,
    personId: opts.personId,
    accountId: opts.accountId,
    direction: 'outbound' as const,
    channel: 'email' as const,
    at: now,
    toAddress: to,
    subject: opts.subject,
    body: opts.body,
    reasons: [],
    purpose: opts.purpose,
    language: opts.language,
    template: opts.purpose,
  };
  if (channel.transactional) {
    await database.db.transaction(async (tx) => {
      await tx.insert(communications).values({ ...row, status: 'sending' });
      const r = await channel.send(msg, { tx, now, worker: 'portal', tenantTimeZone: tz?.time_zone ?? 'UTC' });
      await tx.update(communications).set({ status: r.status, externalId: r.externalId ?? null, outcome: r.outcome ?? null, deliveredAt: r.status === 'delivered' ? now : null }).where(eq(communications.id, id));
    });
  } else {
    await database.db.insert(communications).values({ ...row, status: 'sending' });
    try {
      const r = await channel.send(msg, { tx: database.db, now, worker: 'portal', tenantTimeZone: tz?.time_zone ?? 'UTC' });
      await database.db.update(communications).set({ status: r.status, externalId: r.externalId ?? null, outcome: r.outcome ?? null }).where(eq(communications.id, id));
    } catch {
      await database.db.update(communications).set({ status: 'failed', outcome: 'smtp_error' }).where(eq(communications.id, id));
      return null;
    }
  }
  return { communicationId: id, to };
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
export async function sendPaymentReceipt(opts: { database: Database; clock: Clock; paymentId: string; language: PortalLanguage; to?: string | null; channel?: Channel }): Promise<{ communicationId: string; to: string } | null> {
  const { database } = opts;
  const [p] = await rows<{ id: string; tenant_id: string; person_id: string; account_id: string; status: string; amount_cents: number; discount_cents: number; card_last4: string | null; receipt_communication_id: string | null; completed_at: Date | null; tenant_name: string; time_zone: string; balance_cents: number }>(
    database.db,
    sql`select p.id, p.tenant_id, p.person_id, p.account_id, p.status, p.amount_cents, p.discount_cents, p.card_last4, p.receipt_communication_id, p.completed_at,
               t.name as tenant_name, t.time_zone, a.patient_due_cents as balance_cents
        from payments p join tenants t on t.id = p.tenant_id join accounts a on a.id = p.account_id where p.id = ${opts.paymentId}`,
  );
  if (!p || p.status !== 'succeeded') return null;
  if (p.receipt_communication_id) {
    const [c] = await database.db.select({ to: communications.toAddress }).from(communications).where(eq(communications.id, p.receipt_communication_id));
    return { communicationId: p.receipt_communication_id, to: c?.to ?? '' };
  }
  const L = opts.language;
  const locale = L === 'es' ? 'es-US' : 'en-US';
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: p.time_zone }).format(new Date(p.completed_at ?? opts.clock.now()));
  const t = RECEIPT[L];
  const sent = await sendPortalEmail({
    database,
    clock: opts.clock,
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
    channel: opts.channel,
  });
  if (sent) await database.db.update(payments).set({ receiptCommunicationId: sent.communicationId }).where(and(eq(payments.id, p.id), sql`${payments.receiptCommunicationId} is null`));
  return sent;
}
