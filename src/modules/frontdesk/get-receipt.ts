import { and, eq } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { frontDeskVisits } from '../claims/index.js';
import { tenants } from '../identity/index.js';
import { payments } from '../payments/index.js';
import { confirmationNumber } from '../portal/index.js';
import { getPatientHeader } from './patient-directory.js';

export interface Receipt {
  paymentId: string;
  confirmation: string;
  tenantName: string;
  patientName: string;
  amountCents: number;
  card: { brand: string; last4: string } | null;
  paidAt: string;
  timeZone: string;
  /** What the payment was for, in plain words (no clinical detail). */
  purpose: { en: string; es: string };
}

/** A succeeded payment as a receipt the desk can print or send (no card number, no diagnosis). */
export async function getReceipt(opts: { q: Queryable; ctx: AccessContext; paymentId: string }): Promise<Receipt> {
  const { q, ctx } = opts;
  const [p] = await q.select().from(payments).where(and(eq(payments.tenantId, ctx.tenantId), eq(payments.id, opts.paymentId)));
  if (!p || p.status !== 'succeeded') throw notFound('payment');
  const [t] = await q.select().from(tenants).where(eq(tenants.id, ctx.tenantId));
  const [visit] = await q.select({ id: frontDeskVisits.id }).from(frontDeskVisits).where(and(eq(frontDeskVisits.tenantId, ctx.tenantId), eq(frontDeskVisits.paymentId, p.id)));
  const patient = await getPatientHeader({ q, ctx, personId: p.personId });
  await audit(q, ctx, { action: 'read', recordType: 'payment', recordId: p.id, details: { view: 'receipt' } });
  return {
    paymentId: p.id,
    confirmation: confirmationNumber(p.id),
    tenantName: t?.name ?? '',
    patientName: patient.name,
    amountCents: p.amountCents,
    card: p.cardLast4 ? { brand: p.cardBrand ?? 'card', last4: p.cardLast4 } : null,
    paidAt: (p.completedAt ?? p.createdAt).toISOString(),
    timeZone: t?.timeZone ?? 'America/New_York',
    purpose: visit ? { en: 'Copay for today\'s visit', es: 'Copago de la visita de hoy' } : { en: 'Payment on your account', es: 'Pago a su cuenta' },
  };
}
