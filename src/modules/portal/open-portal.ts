import { and, eq } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { linkAllows, openPaymentLink, paymentLinks, resolvePortalSession, type LinkAction, type PaymentLinkRow, type PortalSession } from '../payments/index.js';
import { portalMessage, type PortalLanguage } from './messages.js';

/** Who is behind a portal request: a link, and once identity is verified, a session. */
export interface PortalAccess {
  link: PaymentLinkRow;
  session: PortalSession | null;
  /** The patient as the actor of every audited read and write (purpose: patient self-service). */
  ctx: AccessContext;
  language: PortalLanguage;
}

export interface OpenPortalOptions {
  db: Db;
  clock: Clock;
  appSecret: string;
  token: string | undefined;
  sessionToken?: string;
  language: PortalLanguage;
  requestId?: string;
  /** PHI behind this: a verified session is required. */
  requireSession: boolean;
  /** The link's scope must include this action. */
  action?: LinkAction;
  /** Record that the link was opened (the first page load). */
  touch?: boolean;
}

/**
 * Checks the link (signature, expiry, revocation) and, for anything private, the short portal
 * session earned by the identity check. Failures become kind, translated AppErrors.
 */
export async function openPortal(opts: OpenPortalOptions): Promise<PortalAccess> {
  const now = opts.clock.now();
  const L = opts.language;
  if (!opts.token) throw new AppError('not_found', { message: 'no link token', userMessage: portalMessage('link_invalid', L) });
  const opened = await openPaymentLink(opts.db, { token: opts.token, appSecret: opts.appSecret, now });
  if (!opened.ok) {
    if (opened.reason === 'expired') throw new AppError('link_expired', { message: 'link expired', userMessage: portalMessage('link_expired', L) });
    if (opened.reason === 'revoked') throw new AppError('link_expired', { message: 'link revoked', userMessage: portalMessage('link_revoked', L) });
    throw new AppError('not_found', { message: 'link token invalid', userMessage: portalMessage('link_invalid', L) });
  }
  const { link } = opened;
  if (opts.touch) await opts.db.update(paymentLinks).set({ lastOpenedAt: now }).where(and(eq(paymentLinks.tenantId, link.tenantId), eq(paymentLinks.id, link.id)));
  const session = opts.sessionToken ? await resolvePortalSession(opts.db, { sessionToken: opts.sessionToken, tenantId: link.tenantId, linkId: link.id, now }) : null;
  if (opts.requireSession && !session) throw new AppError('unauthenticated', { message: 'no portal session', userMessage: portalMessage('session_expired', L) });
  if (opts.action && !linkAllows(opened.claims, opts.action)) {
    throw new AppError('forbidden', { message: `link does not allow ${opts.action}`, userMessage: portalMessage('action_not_allowed', L) });
  }
  return {
    link,
    session,
    language: L,
    ctx: {
      tenantId: link.tenantId,
      actor: { kind: 'patient', id: link.personId, roles: [] },
      purpose: 'patient_self_service',
      requestId: opts.requestId,
      clock: opts.clock,
    },
  };
}
