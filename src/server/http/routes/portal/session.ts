import { z } from 'zod';
import { AppError } from '../../../../platform/errors/index.js';
import { endPortalSession, verifyLinkHolder } from '../../../../modules/payments/index.js';
import { portalMessage } from '../../../../modules/portal/index.js';
import type { ZodApp } from '../../app.js';
import { LinkStatus, Verified } from '../../contracts/portal.js';
import { noStore, setSessionCookie, type AppDeps } from '../../context.js';
import { LinkHeaders, PORTAL_COOKIE, portalAccess, portalDocs } from './access.js';

/**
 * The patient portal's way in: the link is checked (no PHI), the identity check sets a short
 * HttpOnly session cookie bound to that link, and sign-out ends it on the server.
 */
export function portalSessionRoutes(app: ZodApp, deps: AppDeps): void {
  const { tags, security } = portalDocs;

  app.get(
    '/api/v1/portal/link',
    {
      schema: {
        tags,
        security,
        summary: 'Checks a link before identity verification (no PHI): who sent it, what it allows, whether it is locked',
        headers: LinkHeaders,
        response: { 200: LinkStatus },
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: false, touch: true });
      const [t] = await deps.database.query<{ name: string }>('select name from tenants where id = $1', [access.link.tenantId]);
      const now = deps.clock.now().getTime();
      const locked = access.link.lockedUntil !== null && access.link.lockedUntil.getTime() > now;
      return {
        tenantName: t?.name ?? '',
        actions: access.link.actions,
        expiresAt: access.link.expiresAt.toISOString(),
        verified: access.session !== null,
        locked,
        lockedUntil: locked ? access.link.lockedUntil!.toISOString() : null,
      };
    },
  );

  app.post(
    '/api/v1/portal/verify',
    {
      schema: {
        tags,
        security,
        summary: 'Identity check: date of birth plus last name or ZIP. 5 failures lock the link for 30 minutes, 5 more for 24 hours, 5 more close it (staff are told). Sets the portal session cookie.',
        headers: LinkHeaders,
        body: z.object({ dateOfBirth: z.string().min(6).max(20), lastName: z.string().max(100).optional(), zip: z.string().max(12).optional() }),
        response: { 200: Verified },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: false });
      const L = access.language;
      const r = await verifyLinkHolder({ db: deps.database.db, clock: deps.clock, linkId: access.link.id, given: req.body, requestId: String(req.id) });
      if (!r.ok && r.reason === 'closed') throw new AppError('locked', { message: 'link closed after repeated failed identity checks', userMessage: portalMessage('link_closed', L) });
      if (!r.ok && r.reason === 'locked') {
        const long = Date.parse(r.lockedUntil) - deps.clock.now().getTime() > 60 * 60_000;
        throw new AppError('locked', { message: `link locked until ${r.lockedUntil}`, userMessage: portalMessage(long ? 'locked_day' : 'locked', L) });
      }
      if (!r.ok) {
        const tries = r.remainingAttempts;
        const more = L === 'es' ? ` Le quedan ${tries} intento${tries === 1 ? '' : 's'}.` : ` You have ${tries} ${tries === 1 ? 'try' : 'tries'} left.`;
        throw new AppError('unauthenticated', { message: 'identity mismatch', userMessage: portalMessage('identity_mismatch', L) + more });
      }
      setSessionCookie(req, reply, { name: PORTAL_COOKIE, token: r.sessionToken, path: '/api/v1/portal', expiresAt: r.expiresAt, now: deps.clock.now(), publicUrl: deps.publicUrl });
      return { verified: true as const, expiresAt: r.expiresAt.toISOString() };
    },
  );

  app.post('/api/v1/portal/sign-out', { schema: { tags, security, summary: 'Ends the portal session on the server', response: { 204: z.null() } } }, async (req, reply) => {
    const sessionToken = req.cookies?.[PORTAL_COOKIE];
    if (sessionToken) await endPortalSession(deps.database.db, sessionToken);
    reply.clearCookie(PORTAL_COOKIE, { path: '/api/v1/portal' });
    return reply.code(204).send(null);
  });
}
