import { randomBytes } from 'node:crypto';
import { checkSecret, sign, Wire, type LinkAction } from './link-token-format.js';

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
