import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** What a secure link lets its holder do (closed list). */
export const LINK_ACTIONS = ['view_bill', 'pay', 'plan', 'assistance', 'dispute', 'preferences', 'survey'] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];

/** The claims inside a link token: IDs only, never PHI (the payload is signed, not encrypted). */
export interface LinkClaims {
  tokenId: string;
  tenantId: string;
  accountId: string;
  personId: string;
  actions: LinkAction[];
  expiresAt: string;
  issuedAt: string | null;
}

export type LinkTokenError = 'malformed' | 'bad_signature' | 'expired' | 'revoked';
export type VerifyLinkTokenResult = { ok: true; claims: LinkClaims } | { ok: false; error: LinkTokenError };

const Wire = z.object({
  v: z.literal(1),
  jti: z.string().min(1),
  tid: z.string().min(1),
  acc: z.string().min(1),
  sub: z.string().min(1),
  act: z.array(z.enum(LINK_ACTIONS)).min(1),
  exp: z.number().int(),
  iat: z.number().int().optional(),
});

/** Secrets shorter than this are refused: a link is only as strong as its key. */
export const MIN_SECRET_BYTES = 32;

function checkSecret(secret: string): void {
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) throw new RangeError(`link secret must be at least ${MIN_SECRET_BYTES} bytes`);
}

function sign(body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`kindly-link.${body}`, 'utf8').digest();
}

export interface CreateLinkTokenOptions {
  accountId: string;
  personId: string;
  tenantId: string;
  actions: readonly LinkAction[];
  expiresAt: Date;
  secret: string;
  /** Recorded as iat when given. */
  issuedAt?: Date;
  /** For revocation lists; random 128 bits when absent. */
  tokenId?: string;
}

/** A signed, expiring, scoped link token: `base64url(claims).base64url(HMAC-SHA256)`. */
export function createLinkToken(opts: CreateLinkTokenOptions): string {
  checkSecret(opts.secret);
  if (opts.issuedAt && opts.expiresAt <= opts.issuedAt) throw new RangeError('expiresAt must be after issuedAt');
  const actions = [...new Set(opts.actions)];
  const wire = Wire.parse({
    v: 1,
    jti: opts.tokenId ?? randomBytes(16).toString('base64url'),
    tid: opts.tenantId,
    acc: opts.accountId,
    sub: opts.personId,
    act: actions,
    exp: Math.floor(opts.expiresAt.getTime() / 1000),
    ...(opts.issuedAt ? { iat: Math.floor(opts.issuedAt.getTime() / 1000) } : {}),
  });
  const body = Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url');
  return `${body}.${sign(body, opts.secret).toString('base64url')}`;
}

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
