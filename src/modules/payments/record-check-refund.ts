import { and, eq } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { newId } from '../../platform/ids/index.js';
import { lockAccount } from './lock-account.js';
import { paymentRefunds, type RefundRow } from './schema.js';
import { postRefundEntry } from './settle-payment.js';

/**
 * Records a refund of money that did not come through Kindly's gateway (paid at the desk, by mail,
 * or before Kindly): it is owed at once, so the entry is posted now and the row stays `pending`
 * until the check is sent. Once per idempotency key.
 */
export async function recordCheckRefund(opts: { q: Queryable; ctx: AccessContext; accountId: string; amountCents: number; reason: string; idempotencyKey: string; sourceRef?: string | null }): Promise<RefundRow> {
  const { q, ctx } = opts;
  await lockAccount(q, opts.accountId);
  const [existing] = await q.select().from(paymentRefunds).where(and(eq(paymentRefunds.tenantId, ctx.tenantId), eq(paymentRefunds.idempotencyKey, opts.idempotencyKey)));
  if (existing) return existing;
  const [row] = await q
    .insert(paymentRefunds)
    .values({
      id: newId(),
      tenantId: ctx.tenantId,
      accountId: opts.accountId,
      paymentId: null,
      amountCents: opts.amountCents,
      reason: opts.reason,
      method: 'check',
      status: 'pending',
      idempotencyKey: opts.idempotencyKey,
      sourceRef: opts.sourceRef ?? null,
      createdBy: `${ctx.actor.kind}:${ctx.actor.id}`,
      createdAt: ctx.clock.now(),
    })
    .returning();
  await postRefundEntry(q, ctx, { id: row!.id, tenantId: ctx.tenantId, accountId: opts.accountId, amountCents: opts.amountCents, method: 'check' });
  await audit(q, ctx, { action: 'write', recordType: 'refund', recordId: row!.id, details: { accountId: opts.accountId, amountCents: opts.amountCents, method: 'check' } });
  return row!;
}
