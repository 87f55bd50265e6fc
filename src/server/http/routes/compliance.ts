import { setImmediate } from 'node:timers/promises';
import { z } from 'zod';
import { AppError } from '../../../platform/errors/index.js';
import { catalogue, evaluate, type Decision, type RuleSetOverrides } from '../../../modules/compliance/index.js';
import { listTenantRuleSets, loadTenantRuleSet, saveTenantRuleSet } from '../../../modules/policies/index.js';
import { toJson } from '../json.js';
import type { ZodApp } from '../app.js';
import { EvaluateResult, RuleCatalogue, SavedRules } from '../contracts/compliance.js';
import { requirePermission, type AppDeps } from '../context.js';

/** Questions one API call may carry; larger sets go through `kindly compliance evaluate FILE.jsonl`. */
export const MAX_EVALUATE_BATCH = 1000;
const MAX_EVALUATE_BYTES = 4 * 1024 * 1024;
const EVALUATE_SLICE = 50;

function batchTooLarge(what: string): AppError {
  return new AppError('payload_too_large', {
    message: `${what} in one request; the API answers at most ${MAX_EVALUATE_BATCH} questions (${MAX_EVALUATE_BYTES / (1024 * 1024)} MB) per call. Split the batch, or run \`kindly compliance evaluate FILE.jsonl\` for large sets.`,
    issues: [{ path: 'body', message: `at most ${MAX_EVALUATE_BATCH} questions per request` }],
  });
}

export function complianceRoutes(app: ZodApp, deps: AppDeps): void {
  // The first evaluation compiles the rules (~100 ms): done at boot, not inside someone's request.
  app.addHook('onReady', async () => {
    evaluate({ id: 'warm-up', kind: 'contact', collector: { role: 'original_creditor', entity: 'provider' }, consumer: { state: 'NY', timeZones: ['America/New_York'] }, channel: 'email', at: '2026-01-05T15:00:00Z', debtIds: ['warm-up'], history: [] });
  });
  app.post(
    '/api/v1/compliance/evaluate',
    {
      schema: {
        tags: ['compliance'],
        summary: 'Evaluate one compliance question, or an array of them (contract: ../shared/contracts/compliance.md)',
        description: 'Malformed questions get `{ id, error: { path, message } }` in their place; the others are still answered.',
        body: z.union([z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown()))]),
        response: { 200: EvaluateResult },
      },
      bodyLimit: MAX_EVALUATE_BYTES,
      onRequest: async (req) => {
        if (Number(req.headers['content-length'] ?? 0) > MAX_EVALUATE_BYTES) throw batchTooLarge(`more than ${MAX_EVALUATE_BYTES / (1024 * 1024)} MB`);
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'compliance.evaluate', 'compliance_review');
      const body = req.body;
      if (Array.isArray(body) && body.length > MAX_EVALUATE_BATCH) throw batchTooLarge(`${body.length} questions`);
      // Questions are answered under the caller's tenant rule set (shipped rules plus its overrides).
      const ruleSet = await loadTenantRuleSet(deps.database.db, ctx.tenantId);
      if (!Array.isArray(body)) return evaluate(body, { ruleSet });
      // Slices with a turn of the event loop between them: other requests are served meanwhile.
      const answers: Decision[] = [];
      for (let i = 0; i < body.length; i += EVALUATE_SLICE) {
        if (i > 0) await setImmediate();
        for (const q of body.slice(i, i + EVALUATE_SLICE)) answers.push(evaluate(q, { ruleSet }));
      }
      return answers;
    },
  );

  app.get('/api/v1/compliance/rules', { schema: { tags: ['compliance'], summary: "The tenant's rule catalogue: every rule, its citation, who it binds and its reason code", response: { 200: RuleCatalogue } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'compliance.evaluate', 'compliance_review');
    const ruleSet = await loadTenantRuleSet(deps.database.db, ctx.tenantId);
    // Overrides are stored only after compileRuleSet accepted them, so they have its shape.
    return { version: ruleSet.version, rules: catalogue(ruleSet), history: toJson(await listTenantRuleSets(deps.database.db, ctx.tenantId)).map((r) => ({ ...r, overrides: r.overrides as RuleSetOverrides })) };
  });

  app.put(
    '/api/v1/compliance/rules',
    {
      schema: {
        tags: ['compliance'],
        summary: 'Save a new version of the tenant rule overrides (stricter caps, quiet hours, state rules); every problem is listed at once',
        body: z.record(z.string(), z.unknown()),
        response: { 200: SavedRules },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'compliance.rules.manage', 'operations');
      return saveTenantRuleSet(deps.database.db, ctx, req.body);
    },
  );
}
