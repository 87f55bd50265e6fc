import { createHmac } from 'node:crypto';
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

/** The token body on the wire (short keys keep links short enough for SMS). */
export const Wire = z.object({
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

export function checkSecret(secret: string): void {
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) throw new RangeError(`link secret must be at least ${MIN_SECRET_BYTES} bytes`);
}

/** HMAC-SHA256 over the body, domain-separated so no other Kindly signature can pass for a link. */
export function sign(body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`kindly-link.${body}`, 'utf8').digest();
}
