import { z } from 'zod';
import { evaluate } from '../../../modules/compliance/index.js';
import type { ZodApp } from '../app.js';
import { requirePermission, type AppDeps } from '../context.js';

export function complianceRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/api/v1/compliance/evaluate',
    {
      schema: {
        tags: ['compliance'],
        summary: 'Evaluate one compliance question, or an array of them (contract: ../shared/contracts/compliance.md)',
        description: 'Malformed questions get `{ id, error: { path, message } }` in their place; the others are still answered.',
        body: z.union([z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown()))]),
      },
    },
    async (req) => {
      await requirePermission(deps, req, 'compliance.evaluate', 'compliance_review');
      const body = req.body;
      return Array.isArray(body) ? body.map((q) => evaluate(q)) : evaluate(body);
    },
  );
}
