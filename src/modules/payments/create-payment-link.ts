import { and, eq } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { randomToken } from '../../platform/crypto/index.js';
import { accounts } from '../ledger/index.js';
import { createLinkToken } from './create-link-token.js';
import { portalLinkSecret } from './link-secret.js';
import { LINK_ACTIONS, type LinkAction } from './link-token-format.js';
import { paymentLinks } from './schema.js';

/** What a link does unless told otherwise: see and pay the bill, choose a plan, ask for help. */
export const DEFAULT_LINK_ACTIONS: readonly LinkAction[] = ['view_bill', 'pay', 'plan', 'assistance'];
/** Links last two weeks by default: long enough to act on a statement, short enough to expire. */
export const DEFAULT_LINK_TTL_MINUTES = 14 * 24 * 60;
const MAX_LINK_TTL_MINUTES = 90 * 24 * 60;

export interface CreatePaymentLinkOptions {
  q: Queryable;
  /** Who issues it (a staff member, or the system for statements and messages). */
  ctx: AccessContext;
  accountId: string;
  appSecret: string;
  publicUrl: string;
  actions?: readonly LinkAction[];
  ttlMinutes?: number;
  purpose?: string;
}

export interface CreatedPaymentLink {
  linkId: string;
  token: string;
  url: string;
  accountId: string;
  personId: string;
  actions: LinkAction[];
  expiresAt: string;
}

/** Issues a signed, expiring link scoped to one account and a few actions, and records it (revocable). */
export async function createPaymentLink(opts: CreatePaymentLinkOptions): Promise<CreatedPaymentLink> {
  const { q, ctx } = opts;
  const actions = [...new Set(opts.actions ?? DEFAULT_LINK_ACTIONS)];
  if (actions.length === 0 || actions.some((a) => !LINK_ACTIONS.includes(a))) {
    throw new AppError('validation_failed', { message: 'unknown link action', issues: [{ path: 'actions', message: `one or more of ${LINK_ACTIONS.join(', ')}` }] });
  }
  const ttl = opts.ttlMinutes ?? DEFAULT_LINK_TTL_MINUTES;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_LINK_TTL_MINUTES) {
    throw new AppError('validation_failed', { message: 'bad ttl', issues: [{ path: 'ttlMinutes', message: `1..${MAX_LINK_TTL_MINUTES}` }] });
  }
  const [account] = await q
    .select({ id: accounts.id, personId: accounts.personId })
    .from(accounts)
    .where(and(eq(accounts.tenantId, ctx.tenantId), eq(accounts.id, opts.accountId)));
  if (!account) throw notFound('account');
  const issuedAt = ctx.clock.now();
  // Whole seconds: the token carries its expiry in seconds, the row must say the same.
  const expiresAt = new Date(Math.floor((issuedAt.getTime() + ttl * 60_000) / 1000) * 1000);
  const linkId = randomToken(16);
  const token = createLinkToken({
    accountId: account.id,
    personId: account.personId,
    tenantId: ctx.tenantId,
    actions,
    expiresAt,
    issuedAt,
    tokenId: linkId,
    secret: portalLinkSecret(opts.appSecret),
  });
  await q.insert(paymentLinks).values({
    id: linkId,
    tenantId: ctx.tenantId,
    personId: account.personId,
    accountId: account.id,
    actions,
    issuedAt,
    expiresAt,
    createdBy: `${ctx.actor.kind}:${ctx.actor.id}`,
    purpose: opts.purpose ?? null,
  });
  await audit(q, ctx, { action: 'write', recordType: 'payment_link', recordId: linkId, details: { accountId: account.id, actions, expiresAt: expiresAt.toISOString() } });
  return {
    linkId,
    token,
    url: `${opts.publicUrl.replace(/\/$/, '')}/pay/${token}`,
    accountId: account.id,
    personId: account.personId,
    actions,
    expiresAt: expiresAt.toISOString(),
  };
}
