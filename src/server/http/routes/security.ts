import { z } from 'zod';
import { listSecurityReviews } from '../../../modules/identity/index.js';
import type { ZodApp } from '../app.js';
import { SecurityReviewList } from '../contracts/security.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

export function securityRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/v1/security/reviews',
    {
      schema: {
        tags: ['security'],
        summary: 'Security reviews for admins: staff accounts locked after repeated wrong passwords, patient links closed after repeated failed identity checks',
        querystring: z.object({ status: z.enum(['open', 'done', 'cancelled']).optional(), limit: z.coerce.number().int().min(1).max(500).optional() }),
        response: { 200: SecurityReviewList },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'users.manage', 'operations');
      noStore(reply);
      return { items: await listSecurityReviews(deps.database.db, ctx, req.query) };
    },
  );
}
