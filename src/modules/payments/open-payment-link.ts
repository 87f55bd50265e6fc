import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/index.js';
import { portalLinkSecret } from './link-secret.js';
import type { LinkClaims } from './link-token-format.js';
import { paymentLinks } from './schema.js';
import { verifyLinkToken } from './verify-link-token.js';

export type PaymentLinkRow = typeof paymentLinks.$inferSelect;

export type OpenPaymentLinkResult =
  | { ok: true; link: PaymentLinkRow; claims: LinkClaims }
  | { ok: false; reason: 'invalid' | 'expired' | 'revoked'; linkId?: string };

/**
 * Checks a link token: signature first (nothing is read from an unsigned token), then expiry, then
 * the stored row (revocation; a genuine token whose row is gone counts as revoked).
 */
export async function openPaymentLink(q: Queryable, opts: { token: string; appSecret: string; now: Date }): Promise<OpenPaymentLinkResult> {
  const verified = verifyLinkToken(opts.token, { secret: portalLinkSecret(opts.appSecret), now: opts.now });
  if (!verified.ok) return { ok: false, reason: verified.error === 'expired' ? 'expired' : 'invalid' };
  const { claims } = verified;
  // The signed claims name the tenant, so the read goes straight to that tenant's rows.
  const [link] = await q.select().from(paymentLinks).where(and(eq(paymentLinks.tenantId, claims.tenantId), eq(paymentLinks.id, claims.tokenId)));
  if (!link || link.accountId !== claims.accountId || link.personId !== claims.personId) {
    return { ok: false, reason: 'revoked', linkId: claims.tokenId };
  }
  if (link.revokedAt) return { ok: false, reason: 'revoked', linkId: link.id };
  if (link.expiresAt.getTime() <= opts.now.getTime()) return { ok: false, reason: 'expired', linkId: link.id };
  return { ok: true, link, claims };
}
