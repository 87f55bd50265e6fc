import { z } from 'zod';
import { catalogue, evaluate } from '../../../modules/compliance/index.js';
import { listTenantRuleSets, loadTenantRuleSet, saveTenantRuleSet } from '../../../modules/policies/index.js';
import { toJson } from './accounts.js';
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
      const ctx = await requirePermission(deps, req, 'compliance.evaluate', 'compliance_review');
      // Questions are answered under the caller's tenant rule set (shipped rules plus its overrides).
      const ruleSet = await loadTenantRuleSet(deps.database.db, ctx.tenantId);
      const body = req.body;
      return Array.isArray(body) ? body.map((q) => evaluate(q, { ruleSet })) : evaluate(body, { ruleSet });
    },
  );

  app.get('/api/v1/compliance/rules', { schema: { tags: ['compliance'], summary: "The tenant's rule catalogue: every rule, its citation, who it binds and its reason code" } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'compliance.evaluate', 'compliance_review');
    const ruleSet = await loadTenantRuleSet(deps.database.db, ctx.tenantId);
    return { version: ruleSet.version, rules: catalogue(ruleSet), history: toJson(await listTenantRuleSets(deps.database.db, ctx.tenantId)) };
  });

  app.put(
    '/api/v1/compliance/rules',
    {
      schema: {
        tags: ['compliance'],
        summary: 'Save a new version of the tenant rule overrides (stricter caps, quiet hours, state rules); every problem is listed at once',
        body: z.record(z.string(), z.unknown()),
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'compliance.rules.manage', 'operations');
      return saveTenantRuleSet(deps.database.db, ctx, req.body);
    },
  );
}
