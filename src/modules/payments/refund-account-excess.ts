import { and, desc, eq, sql } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Database } from '../../platform/db/index.js';
import type { PaymentGateway } from './gateway.js';
import { recordCheckRefund } from './record-check-refund.js';
import { refundPayment } from './refund-payment.js';
import { payments, type RefundRow } from './schema.js';

export interface RefundAccountExcessOptions {
  database: Database;
  gateway: PaymentGateway;
  ctx: AccessContext;
  accountId: string;
  amountCents: number;
  reason: string;
  /** Makes the whole refund idempotent: each part's key derives from it. */
  idempotencyKey: string;
  sourceRef?: string | null;
}

/**
 * Returns an excess to the patient: back to the cards it came from (newest payment first, through
 * the gateway), and whatever did not come through Kindly's gateway by check.
 */
export async function refundAccountExcess(opts: RefundAccountExcessOptions): Promise<RefundRow[]> {
  const { database, ctx } = opts;
  if (opts.amountCents <= 0) return [];
  const cards = await database.db
    .select()
    .from(payments)
    .where(and(eq(payments.tenantId, ctx.tenantId), eq(payments.accountId, opts.accountId), eq(payments.status, 'succeeded'), sql`${payments.amountCents} > ${payments.refundedCents}`))
    .orderBy(desc(payments.completedAt));
  const out: RefundRow[] = [];
  let left = opts.amountCents;
  for (const p of cards) {
    if (left === 0) break;
    const take = Math.min(left, p.amountCents - p.refundedCents);
    const r = await refundPayment({ database, gateway: opts.gateway, ctx, paymentId: p.id, amountCents: take, reason: opts.reason, idempotencyKey: `${opts.idempotencyKey}:${p.id}`, sourceRef: opts.sourceRef });
    out.push(r);
    if (r.status === 'succeeded' || r.status === 'pending') left -= r.amountCents;
  }
  if (left > 0) {
    out.push(await database.db.transaction((tx) => recordCheckRefund({ q: tx, ctx, accountId: opts.accountId, amountCents: left, reason: opts.reason, idempotencyKey: `${opts.idempotencyKey}:check`, sourceRef: opts.sourceRef })));
  }
  return out;
}
