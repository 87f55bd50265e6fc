import { z } from 'zod';
import { getPortalSummary } from '../../../../modules/portal/index.js';
import type { ZodApp } from '../../app.js';
import { PortalSummary } from '../../contracts/portal.js';
import { noStore, type AppDeps } from '../../context.js';
import { LinkHeaders, portalAccess, portalDocs } from './access.js';

/** The verified patient's bill: what is owed, why, and what can be done about it. */
export function portalBillRoutes(app: ZodApp, deps: AppDeps): void {
  const { tags, security } = portalDocs;

  app.get(
    '/api/v1/portal/summary',
    {
      schema: {
        tags,
        security,
        summary: "The verified patient's bill: balance, plain-language statement (this account), pay-in-full quote, plan, assistance, payments",
        headers: LinkHeaders,
        querystring: z.object({ language: z.enum(['en', 'es']).optional() }),
        response: { 200: PortalSummary },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'view_bill' });
      return getPortalSummary({ database: deps.database, access, publicUrl: deps.publicUrl, language: req.query.language });
    },
  );
}
