import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../../platform/audit/index.js';
import { rows } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { getAccountScores } from '../../../modules/scoring/index.js';
import type { ZodApp } from '../app.js';
import { AccountScores } from '../contracts/scoring.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

export function scoringRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/v1/accounts/:accountId/scores',
    {
      schema: {
        tags: ['accounts'],
        summary: "An account's propensity and hardship scores with their reasons, and its financial-assistance screening",
        params: z.object({ accountId: z.string() }),
        response: { 200: AccountScores },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'scores.read', 'by_role');
      noStore(reply);
      return deps.database.db.transaction(async (tx) => {
        const [found] = await rows<{ id: string }>(tx, sql`select id from accounts where tenant_id = ${ctx.tenantId} and id = ${req.params.accountId}`);
        if (!found) throw new AppError('not_found', { message: 'account not found', userMessage: 'We could not find that account.' });
        await audit(tx, ctx, { action: 'read', recordType: 'account', recordId: found.id, details: { view: 'scores' } });
        return getAccountScores(tx, ctx.tenantId, found.id);
      });
    },
  );
}
