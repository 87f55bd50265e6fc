import { and, eq, isNull } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { paymentLinks, portalSessions } from './schema.js';

/** Revokes a link at once (and ends its portal sessions). Revoking twice changes nothing. */
export async function revokePaymentLink(opts: { q: Queryable; ctx: AccessContext; linkId: string; reason?: string }): Promise<{ revoked: boolean; revokedAt: string }> {
  const { q, ctx } = opts;
  const now = ctx.clock.now();
  const [row] = await q.select().from(paymentLinks).where(and(eq(paymentLinks.tenantId, ctx.tenantId), eq(paymentLinks.id, opts.linkId)));
  if (!row) throw notFound('payment link');
  const updated = await q
    .update(paymentLinks)
    .set({ revokedAt: now, revokedBy: `${ctx.actor.kind}:${ctx.actor.id}`, revokeReason: opts.reason ?? null })
    .where(and(eq(paymentLinks.id, row.id), isNull(paymentLinks.revokedAt)))
    .returning({ id: paymentLinks.id });
  await q.delete(portalSessions).where(eq(portalSessions.linkId, row.id));
  if (updated.length > 0) await audit(q, ctx, { action: 'write', recordType: 'payment_link', recordId: row.id, details: { revoked: true, reason: opts.reason ?? null } });
  return { revoked: updated.length > 0, revokedAt: (updated.length > 0 ? now : row.revokedAt ?? now).toISOString() };
}

/** A staff view of an account's links (no tokens: they are never stored). */
export async function listPaymentLinks(opts: { q: Queryable; ctx: AccessContext; accountId: string }) {
  const rowsFound = await opts.q
    .select()
    .from(paymentLinks)
    .where(and(eq(paymentLinks.tenantId, opts.ctx.tenantId), eq(paymentLinks.accountId, opts.accountId)));
  const now = opts.ctx.clock.now().getTime();
  return rowsFound
    .sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime())
    .map((l) => ({
      linkId: l.id,
      actions: l.actions,
      issuedAt: l.issuedAt.toISOString(),
      expiresAt: l.expiresAt.toISOString(),
      status: l.revokedAt ? 'revoked' : l.expiresAt.getTime() <= now ? 'expired' : l.lockedUntil && l.lockedUntil.getTime() > now ? 'locked' : 'active',
      revokedAt: l.revokedAt?.toISOString() ?? null,
      verifiedAt: l.verifiedAt?.toISOString() ?? null,
      failedAttempts: l.failedAttempts,
      lockouts: l.lockouts,
      purpose: l.purpose,
    }));
}
