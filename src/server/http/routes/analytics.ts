import { z } from 'zod';
import {
  GROUP_BY,
  parseGroupBy,
  readAnalytics,
  readDashboard,
  readExperimentResults,
  readFairness,
  refreshAnalytics,
  resolveWindow,
} from '../../../modules/analytics/index.js';
import { createExperiment, ExperimentDefinition, listExperiments, setExperimentStatus } from '../../../modules/outreach/index.js';
import type { ZodApp } from '../app.js';
import { AnalyticsReport, Dashboard, Experiment, ExperimentList, ExperimentResult, FairnessReport, RefreshResult } from '../contracts/analytics.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

const WindowQuery = z.object({ from: z.string().optional(), until: z.string().optional() });

async function tenantSlug(deps: AppDeps, tenantId: string): Promise<string> {
  const [t] = await deps.database.query<{ slug: string }>('select slug from tenants where id = $1', [tenantId]);
  return t?.slug ?? tenantId;
}

/** Outcome analytics (rollups only: no PHI), the fairness report, and experiments. */
export function analyticsRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['analytics'];

  app.get(
    '/api/v1/analytics',
    {
      schema: {
        tags,
        summary: 'Outcome KPIs over a window of whole UTC days [from, until), optionally grouped (groups partition the whole)',
        querystring: WindowQuery.extend({ by: z.enum(GROUP_BY).optional() }),
        response: { 200: AnalyticsReport },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'analytics.read', 'operations');
      noStore(reply);
      const now = deps.clock.now();
      return readAnalytics(deps.database.db, {
        tenantId: ctx.tenantId,
        tenantSlug: await tenantSlug(deps, ctx.tenantId),
        now,
        window: resolveWindow(now, req.query.from, req.query.until),
        by: parseGroupBy(req.query.by),
      });
    },
  );

  app.get(
    '/api/v1/analytics/dashboard',
    { schema: { tags, summary: "The dashboard's series: cohorts, aging and roll rates, monthly rates, channel effectiveness, first-contact resolution", querystring: WindowQuery, response: { 200: Dashboard } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'analytics.read', 'operations');
      noStore(reply);
      const window = resolveWindow(deps.clock.now(), req.query.from, req.query.until);
      const series = await readDashboard(deps.database.db, ctx.tenantId, window);
      // Agents by display name (staff names are not patient data).
      const users = await deps.database.query<{ id: string; display_name: string }>('select id, display_name from users where tenant_id = $1', [ctx.tenantId]);
      const names = new Map(users.map((u) => [u.id, u.display_name]));
      const fcr = series.firstContactResolution.map((r) => ({ ...r, agent: r.agent === 'none' ? 'No agent' : (names.get(r.agent) ?? 'Former staff member') }));
      const [refreshed] = await deps.database.query<{ refreshed_at: Date | string }>('select refreshed_at from analytics_refresh where tenant_id = $1', [ctx.tenantId]);
      return { from: window.from.toISOString(), until: window.until.toISOString(), refreshedAt: refreshed ? new Date(refreshed.refreshed_at).toISOString() : null, ...series, firstContactResolution: fcr };
    },
  );

  app.post(
    '/api/v1/analytics/refresh',
    { schema: { tags, summary: 'Bring the rollups up to now (the worker does this after every orchestration pass)', response: { 200: RefreshResult } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'analytics.read', 'operations');
      const r = await refreshAnalytics({ database: deps.database, now: deps.clock.now(), tenantId: ctx.tenantId });
      return { newAccounts: r.newAccounts, rows: r.rows, stoppedArms: r.stoppedArms };
    },
  );

  app.get(
    '/api/v1/analytics/fairness',
    { schema: { tags, summary: 'Outcomes and treatment by language, age band, payer type and ZIP-income quintile, and today’s scores by language, age band and ZIP-income quintile, with gaps marked', querystring: WindowQuery, response: { 200: FairnessReport } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'analytics.read', 'operations');
      noStore(reply);
      return readFairness(deps.database.db, ctx.tenantId, resolveWindow(deps.clock.now(), req.query.from, req.query.until));
    },
  );

  app.get(
    '/api/v1/experiments',
    { schema: { tags, summary: 'Experiments on journey steps', response: { 200: ExperimentList } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'analytics.read', 'operations');
      noStore(reply);
      return { items: await listExperiments(deps.database.db, ctx.tenantId) };
    },
  );

  app.post(
    '/api/v1/experiments',
    {
      schema: {
        tags,
        summary: 'Define an experiment on a journey step (a draft; arms change wording, tone, send hour or channel order)',
        body: ExperimentDefinition,
        response: { 201: Experiment },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'outreach.manage', 'operations');
      const exp = await createExperiment(deps.database.db, { tenantId: ctx.tenantId, actorId: ctx.actor.id, now: deps.clock.now(), definition: req.body });
      return reply.code(201).send(exp);
    },
  );

  app.post(
    '/api/v1/experiments/:id/:action',
    { schema: { tags, summary: 'Start a draft or stop a running experiment', params: z.object({ id: z.string(), action: z.enum(['start', 'stop']) }), response: { 200: Experiment } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'outreach.manage', 'operations');
      const exp = await setExperimentStatus(deps.database.db, { tenantId: ctx.tenantId, id: req.params.id, status: req.params.action === 'start' ? 'running' : 'stopped', now: deps.clock.now() });
      return exp;
    },
  );

  app.get(
    '/api/v1/experiments/:id/results',
    { schema: { tags, summary: 'Results per arm with uplift and 95% intervals, sample-size guidance', params: z.object({ id: z.string() }), response: { 200: ExperimentResult } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'analytics.read', 'operations');
      noStore(reply);
      return readExperimentResults(deps.database.db, { tenantId: ctx.tenantId, id: req.params.id, now: deps.clock.now() });
    },
  );
}
