import { z } from 'zod';
import { AppError } from '../../../../platform/errors/index.js';
import { resolveTenantGateway, SandboxGateway } from '../../../../modules/payments/index.js';
import { acceptPlan, getAccountPlan, quoteAccountPlan } from '../../../../modules/plans/index.js';
import type { ZodApp } from '../../app.js';
import { AcceptedPortalPlan, PortalPlanQuote } from '../../contracts/portal.js';
import { noStore, type AppDeps } from '../../context.js';
import { toJson } from '../../json.js';
import { LinkHeaders, portalAccess, portalDocs } from './access.js';

/** Payment plans from the portal: options that fit the patient's own budget, and accepting one. */
export function portalPlanRoutes(app: ZodApp, deps: AppDeps): void {
  const gateway = async (tenantId: string) => (await resolveTenantGateway(deps.database, tenantId, deps.clock)).gateway;
  const { tags, security } = portalDocs;

  app.get(
    '/api/v1/portal/plan-quotes',
    {
      schema: {
        tags,
        security,
        summary: "Plan options that fit the patient's own monthly budget; referToAssistance when none does",
        headers: LinkHeaders,
        querystring: z.object({
          monthlyBudgetCents: z.coerce.number().int().min(0).optional(),
          monthlyIncomeCents: z.coerce.number().int().min(0).optional(),
          startOn: z.iso.date().optional(),
          language: z.enum(['en', 'es']).optional(),
        }),
        response: { 200: PortalPlanQuote },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'plan' });
      const q = await quoteAccountPlan({
        q: deps.database.db,
        tenantId: access.ctx.tenantId,
        accountId: access.link.accountId,
        now: deps.clock.now(),
        monthlyBudgetCents: req.query.monthlyBudgetCents,
        household: req.query.monthlyIncomeCents !== undefined ? { monthlyIncomeCents: req.query.monthlyIncomeCents } : undefined,
        startOn: req.query.startOn,
      });
      return toJson({ balanceCents: q.balanceCents, today: q.today, ...q.quote, plan: await getAccountPlan(deps.database.db, { tenantId: access.ctx.tenantId, accountId: access.link.accountId }) });
    },
  );

  app.post(
    '/api/v1/portal/plans',
    {
      schema: {
        tags,
        security,
        summary: 'Accept a quoted plan (quoted again on the server); optional autopay with a card token',
        headers: LinkHeaders,
        body: z.object({
          months: z.number().int().min(1).max(120),
          monthlyBudgetCents: z.number().int().min(0).optional(),
          monthlyIncomeCents: z.number().int().min(0).optional(),
          startOn: z.iso.date().optional(),
          autopayPaymentMethod: z.string().min(3).max(200).optional(),
        }),
        response: { 200: AcceptedPortalPlan },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'plan' });
      const g = await gateway(access.ctx.tenantId);
      let autopay = null;
      if (req.body.autopayPaymentMethod) {
        const pm = g instanceof SandboxGateway ? await g.store.getPaymentMethod(req.body.autopayPaymentMethod) : undefined;
        if (g instanceof SandboxGateway && !pm) throw new AppError('validation_failed', { message: 'unknown card token', issues: [{ path: 'autopayPaymentMethod', message: 'unknown token' }] });
        autopay = { paymentMethod: req.body.autopayPaymentMethod, card: pm ? pm.card : null };
      }
      try {
        const r = await acceptPlan({
          database: deps.database,
          ctx: access.ctx,
          accountId: access.link.accountId,
          months: req.body.months,
          monthlyBudgetCents: req.body.monthlyBudgetCents,
          household: req.body.monthlyIncomeCents !== undefined ? { monthlyIncomeCents: req.body.monthlyIncomeCents } : undefined,
          startOn: req.body.startOn,
          source: 'portal',
          autopay,
        });
        return toJson({ plan: await getAccountPlan(deps.database.db, { tenantId: access.ctx.tenantId, accountId: access.link.accountId }), option: r.option });
      } catch (err) {
        if (err instanceof AppError && access.language === 'es' && err.code === 'unprocessable' && err.message.startsWith('refer_to_assistance')) {
          throw new AppError('unprocessable', { message: err.message, userMessage: 'Ningún plan de pagos cabe en ese presupuesto, y no le pediremos más de lo que puede pagar. Puede calificar para asistencia financiera.' });
        }
        throw err;
      }
    },
  );
}
