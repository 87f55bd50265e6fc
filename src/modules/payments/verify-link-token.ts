import { timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { checkSecret, sign, Wire, type LinkAction, type LinkClaims, type VerifyLinkTokenResult } from './link-token-format.js';

export interface VerifyLinkTokenOptions {
  /** The current secret, or several while rotating (newest first). */
  secret: string | readonly string[];
  now: Date;
  /** Revocation check by token id. */
  isRevoked?: (tokenId: string) => boolean;
}

/** Claims of a genuine, unexpired, unrevoked token, or why not. The signature is checked before anything is read. */
export function verifyLinkToken(token: string, opts: VerifyLinkTokenOptions): VerifyLinkTokenResult {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]!) || !/^[A-Za-z0-9_-]+$/.test(parts[1]!)) {
    return { ok: false, error: 'malformed' };
  }
  const [body, sig] = parts as [string, string];
  const given = Buffer.from(sig, 'base64url');
  // Only the canonical encoding is accepted, so no two strings verify as the same token.
  if (given.toString('base64url') !== sig || Buffer.from(body, 'base64url').toString('base64url') !== body) {
    return { ok: false, error: 'malformed' };
  }
  const secrets = typeof opts.secret === 'string' ? [opts.secret] : opts.secret;
  secrets.forEach(checkSecret);
  const genuine = secrets.some((s) => {
    const expected = sign(body, s);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!genuine) return { ok: false, error: 'bad_signature' };
  let wire: z.infer<typeof Wire>;
  try {
    wire = Wire.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, error: 'malformed' };
  }
  if (Math.floor(opts.now.getTime() / 1000) >= wire.exp) return { ok: false, error: 'expired' };
  if (opts.isRevoked?.(wire.jti)) return { ok: false, error: 'revoked' };
  return {
    ok: true,
    claims: {
      tokenId: wire.jti,
      tenantId: wire.tid,
      accountId: wire.acc,
      personId: wire.sub,
      actions: wire.act,
      expiresAt: new Date(wire.exp * 1000).toISOString(),
      issuedAt: wire.iat === undefined ? null : new Date(wire.iat * 1000).toISOString(),
    },
  };
}

/** True when the link's scope includes the action. */
export function linkAllows(claims: LinkClaims, action: LinkAction): boolean {
  return claims.actions.includes(action);
}
