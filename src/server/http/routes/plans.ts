import { z } from 'zod';
import { acceptPlan, cancelAccountPlan, evaluateSettlement, getAccountPlan, loadPaymentPolicy, pauseAccountPlan, quoteAccountPlan, servicePlans } from '../../../modules/plans/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { ZodApp } from '../app.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';
import { AccountPlan, ServicePlansSummary, SettlementDecision, StaffPlanQuote } from '../contracts/plans.js';

const Household = { monthlyIncomeCents: z.number().int().min(0).optional(), monthlyEssentialExpensesCents: z.number().int().min(0).optional() };

/** Staff plan endpoints: quotes within policy, offers accepted for the patient, hardship pauses, servicing. */
export function planRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['plans'];

  app.get(
    '/api/v1/accounts/:accountId/plan',
    { schema: { tags, summary: "The account's plan with installments and state history", params: z.object({ accountId: z.string() }), response: { 200: AccountPlan } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'accounts.read', 'by_role');
      noStore(reply);
      return { plan: await getAccountPlan(deps.database.db, { tenantId: ctx.tenantId, accountId: req.params.accountId, includeClosed: true }) };
    },
  );

  app.post(
    '/api/v1/accounts/:accountId/plan-quotes',
    {
      schema: {
        tags,
        summary: "Plan options within the tenant's policy for the patient's stated budget (screening: referToAssistance when none fits)",
        params: z.object({ accountId: z.string() }),
        body: z.object({ monthlyBudgetCents: z.number().int().min(0).optional(), startOn: z.iso.date().optional(), ...Household }),
        response: { 200: StaffPlanQuote },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'plans.manage');
      const { monthlyIncomeCents, monthlyEssentialExpensesCents, ...rest } = req.body;
      const q = await quoteAccountPlan({
        q: deps.database.db,
        tenantId: ctx.tenantId,
        accountId: req.params.accountId,
        now: deps.clock.now(),
        ...rest,
        household: monthlyIncomeCents !== undefined ? { monthlyIncomeCents, monthlyEssentialExpensesCents } : undefined,
      });
      return { balanceCents: q.balanceCents, today: q.today, ...q.quote };
    },
  );

  app.post(
    '/api/v1/accounts/:accountId/plans',
    {
      schema: {
        tags,
        summary: 'Accept a quoted plan for the patient (one click from the offer); quoted again on the server',
        params: z.object({ accountId: z.string() }),
        body: z.object({ months: z.number().int().min(1).max(120), monthlyBudgetCents: z.number().int().min(0).optional(), startOn: z.iso.date().optional(), ...Household }),
        response: { 200: AccountPlan },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'plans.manage');
      const { monthlyIncomeCents, monthlyEssentialExpensesCents, ...rest } = req.body;
      await acceptPlan({
        database: deps.database,
        ctx,
        accountId: req.params.accountId,
        ...rest,
        household: monthlyIncomeCents !== undefined ? { monthlyIncomeCents, monthlyEssentialExpensesCents } : undefined,
        source: 'staff',
      });
      return { plan: await getAccountPlan(deps.database.db, { tenantId: ctx.tenantId, accountId: req.params.accountId }) };
    },
  );

  app.post(
    '/api/v1/plans/:planId/pause',
    {
      schema: { tags, summary: 'Hardship pause: payments resume on `until` (within the policy maximum)', params: z.object({ planId: z.string() }), body: z.object({ until: z.iso.date(), reason: z.string().max(200).optional() }), response: { 200: AccountPlan } },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'plans.manage');
      const row = await pauseAccountPlan({ database: deps.database, ctx, planId: req.params.planId, until: req.body.until, reason: req.body.reason });
      return { plan: await getAccountPlan(deps.database.db, { tenantId: ctx.tenantId, accountId: row.accountId, includeClosed: true }) };
    },
  );

  app.post(
    '/api/v1/plans/:planId/cancel',
    { schema: { tags, summary: 'Cancel a plan', params: z.object({ planId: z.string() }), body: z.object({ reason: z.string().min(1).max(200) }), response: { 200: AccountPlan } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'plans.manage');
      const row = await cancelAccountPlan({ database: deps.database, ctx, planId: req.params.planId, reason: req.body.reason });
      return { plan: await getAccountPlan(deps.database.db, { tenantId: ctx.tenantId, accountId: row.accountId, includeClosed: true }) };
    },
  );

  app.post(
    '/api/v1/accounts/:accountId/settlement-check',
    {
      schema: {
        tags,
        summary: "Is a lump-sum settlement within the tenant's bounds, and does it need a supervisor (beyond the agent's own limit)?",
        params: z.object({ accountId: z.string() }),
        body: z.object({ settlementCents: z.number().int().min(0), agentMaxDiscountPct: z.number().min(0).max(100).default(10) }),
        response: { 200: SettlementDecision },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'plans.manage');
      const [a] = await deps.database.query<{ patient_due_cents: number }>('select patient_due_cents from accounts where tenant_id = $1 and id = $2', [ctx.tenantId, req.params.accountId]);
      if (!a) throw new AppError('not_found', { message: 'account not found' });
      const policy = await loadPaymentPolicy(deps.database.db, ctx.tenantId);
      return evaluateSettlement({ balanceCents: Number(a.patient_due_cents), settlementCents: req.body.settlementCents, policy: policy.discounts, agentMaxDiscountPct: req.body.agentMaxDiscountPct });
    },
  );

  app.post(
    '/api/v1/plans/service',
    { schema: { tags, summary: 'Run the daily plan servicing pass now (the worker runs it daily; running twice a day changes nothing)', body: z.object({ force: z.boolean().default(false) }).default({ force: false }), response: { 200: ServicePlansSummary } } },
    async (req) => {
      await requirePermission(deps, req, 'outreach.manage');
      return servicePlans({ database: deps.database, clock: deps.clock, force: req.body.force });
    },
  );
}
