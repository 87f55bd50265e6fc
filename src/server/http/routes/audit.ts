import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog } from '../../../platform/audit/index.js';
import type { ZodApp } from '../app.js';
import { requirePermission, type AppDeps } from '../context.js';
import { toJson } from '../json.js';

export function auditRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "The tenant's audit log, newest first (compliance officer, admin)",
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          before: z.coerce.number().int().optional(),
          action: z.string().optional(),
          recordId: z.string().optional(),
        }),
        response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }) },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'audit.read', 'compliance_review');
      const where = [eq(auditLog.tenantId, ctx.tenantId)];
      if (req.query.before) where.push(lt(auditLog.id, req.query.before));
      if (req.query.action) where.push(eq(auditLog.action, req.query.action));
      if (req.query.recordId) where.push(eq(auditLog.recordId, req.query.recordId));
      const items = await deps.database.db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.id)).limit(req.query.limit);
      return { items: toJson(items) as Array<Record<string, unknown>> };
    },
  );
}
