import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { openPortal, type PortalAccess, type PortalLanguage } from '../../../../modules/portal/index.js';
import type { AppDeps } from '../../context.js';

/** The portal session cookie, bound to one link and scoped to the portal API. */
export const PORTAL_COOKIE = 'kindly_portal';
const LINK_HEADER = 'x-portal-link';

/** The link token and the page language every portal request may carry. */
export const LinkHeaders = z.object({ [LINK_HEADER]: z.string().optional(), 'x-portal-language': z.enum(['en', 'es']).optional() }).passthrough();

/** OpenAPI: portal routes are authenticated by the link, not by the staff session cookie. */
export const portalDocs = { tags: ['portal'], security: [] as Array<Record<string, string[]>> };

export function languageOf(req: FastifyRequest): PortalLanguage {
  const q = (req.query as { language?: string } | undefined)?.language;
  const h = req.headers['x-portal-language'];
  return (q ?? (typeof h === 'string' ? h : undefined)) === 'es' ? 'es' : 'en';
}

function tokenOf(req: FastifyRequest): string | undefined {
  const h = req.headers[LINK_HEADER];
  return typeof h === 'string' && h.length > 0 && h.length < 2000 ? h : undefined;
}

/** The link (and, for anything private, the portal session) behind a request. Never a staff session. */
export async function portalAccess(
  deps: AppDeps,
  req: FastifyRequest,
  opts: { requireSession: boolean; action?: Parameters<typeof openPortal>[0]['action']; touch?: boolean },
): Promise<PortalAccess> {
  return openPortal({
    db: deps.database.db,
    clock: deps.clock,
    appSecret: deps.secret,
    token: tokenOf(req),
    sessionToken: req.cookies?.[PORTAL_COOKIE],
    language: languageOf(req),
    requestId: String(req.id),
    ...opts,
  });
}
