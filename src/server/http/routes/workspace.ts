import { z } from 'zod';
import {
  deleteTeam,
  deleteView,
  DispositionInput,
  firstContactResolution,
  getAccount360,
  listDispositions,
  listSavedViews,
  listTasks,
  listTeamCandidates,
  listTeams,
  listWorklist,
  recordOutcome,
  SavedViewFilters,
  saveDispositions,
  saveTeam,
  saveView,
  updateTask,
  WORKLIST_AGING,
} from '../../../modules/workspace/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { lazyEvaluate } from '../../delivery.js';
import { toJson } from '../json.js';
import type { ZodApp } from '../app.js';
import { Account360, Deleted, DispositionList, FcrReport, RecordedOutcome, SavedView, SavedViewList, TaskPage, TaskUpdate, Team, TeamList, WorklistPage } from '../contracts/workspace.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

export const WorklistQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).optional(),
  after: z.string().max(500).optional(),
  status: z.enum(['patient_due', 'plan', 'insurance_pending', 'paid', 'open']).optional(),
  aging: z.enum(WORKLIST_AGING).optional(),
  minBalanceCents: z.coerce.number().int().min(0).optional(),
  maxBalanceCents: z.coerce.number().int().min(0).optional(),
  language: z.string().min(2).max(10).optional(),
  search: z.string().max(100).optional(),
  assigned: z.string().regex(/^(me|team:[\w-]{1,100})$/).optional(),
});

export const TasksQuery = z.object({
  kind: z.string().max(40).optional(),
  mine: z.enum(['true', 'false']).optional(),
  includeSnoozed: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  after: z.string().max(500).optional(),
});

export const TaskActionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign_to_me') }),
  z.object({ action: z.literal('snooze'), until: z.string().datetime({ offset: true }) }),
  z.object({ action: z.literal('complete'), outcome: z.string().min(1).max(200) }),
]);

export function workspaceRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/v1/worklist',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Open patient-due accounts by priority (keyset-paged), or accounts matching a search; each says if a call is allowed now',
        querystring: WorklistQuery,
        response: { 200: WorklistPage },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'collections');
      noStore(reply);
      return listWorklist(deps.database.db, ctx, req.query);
    },
  );

  app.get(
    '/api/v1/tasks',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Open staff tasks, highest priority first (keyset-paged)',
        querystring: TasksQuery,
        response: { 200: TaskPage },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'tasks.work', 'operations');
      noStore(reply);
      return listTasks(deps.database.db, ctx, { ...req.query, mine: req.query.mine === 'true', includeSnoozed: req.query.includeSnoozed === 'true' });
    },
  );

  app.post(
    '/api/v1/tasks/:taskId',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Assign a task to me, snooze it until a time, or complete it with an outcome',
        params: z.object({ taskId: z.string().max(200) }),
        body: TaskActionRequest,
        response: { 200: TaskUpdate },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'tasks.work', 'operations');
      const b = req.body;
      return updateTask(deps.database.db, ctx, req.params.taskId, b.action === 'snooze' ? { action: 'snooze', until: new Date(b.until) } : b);
    },
  );

  app.get(
    '/api/v1/workspace/accounts/:accountId',
    {
      schema: {
        tags: ['workspace'],
        summary: 'The whole account on one screen (person, coverage, visits and what insurance paid, ledger, payments, plan, assistance, messages, conversations, outcomes, tasks, disputes); an audited read',
        params: z.object({ accountId: z.string().max(200) }),
        response: { 200: Account360 },
      },
    },
    async (req, reply) => {
      // The purpose recorded in the audit follows who is looking and why.
      const ctx = await requirePermission(deps, req, 'accounts.open', 'by_role');
      noStore(reply);
      return toJson(await getAccount360(deps.database, ctx, req.params.accountId));
    },
  );

  app.get(
    '/api/v1/workspace/dispositions',
    { schema: { tags: ['workspace'], summary: "The organization's outcome list for calls", response: { 200: DispositionList } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'collections');
      return { items: await listDispositions(deps.database.db, ctx.tenantId) };
    },
  );

  app.put(
    '/api/v1/workspace/dispositions',
    { schema: { tags: ['workspace'], summary: "Replace the organization's outcome list", body: z.object({ items: z.array(DispositionInput).max(40) }), response: { 200: DispositionList } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'dispositions.manage', 'operations');
      return { items: await deps.database.db.transaction((tx) => saveDispositions(tx, ctx, req.body.items)) };
    },
  );

  app.post(
    '/api/v1/workspace/accounts/:accountId/outcomes',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Record what came of a contact: the call attempt (against the Reg F call cap), the disposition, a note, a promise to pay or a callback time',
        params: z.object({ accountId: z.string().max(200) }),
        body: z.object({
          disposition: z.string().min(1).max(40),
          note: z.string().max(4000).nullable().optional(),
          startedAt: z.string().datetime({ offset: true }),
          called: z.boolean(),
          promise: z.object({ amountCents: z.number().int().min(1), dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).nullable().optional(),
          callbackAt: z.string().datetime({ offset: true }).nullable().optional(),
        }),
        response: { 200: RecordedOutcome },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'outcomes.record', 'collections');
      const b = req.body;
      return toJson(
        await recordOutcome(deps.database, ctx, {
          accountId: req.params.accountId,
          disposition: b.disposition,
          note: b.note ?? null,
          startedAt: new Date(b.startedAt),
          called: b.called,
          promise: b.promise ?? null,
          callbackAt: b.callbackAt ? new Date(b.callbackAt) : null,
          evaluate: lazyEvaluate,
        }),
      );
    },
  );

  app.get(
    '/api/v1/workspace/fcr',
    {
      schema: {
        tags: ['workspace'],
        summary: 'First-contact resolution and handle time per agent, per team and in total (docs/workspace.md has the definition)',
        // Both days are inclusive (UTC days); without them, the 30 days up to today by the server's clock.
        querystring: z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
        response: { 200: FcrReport },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'workspace.supervise', 'operations');
      noStore(reply);
      const today = deps.clock.now().toISOString().slice(0, 10);
      const lastDay = req.query.to ?? today;
      const to = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000);
      const from = req.query.from ? new Date(`${req.query.from}T00:00:00Z`) : new Date(to.getTime() - 30 * 86_400_000);
      if (!(to > from)) throw new AppError('validation_failed', { message: 'bad range', issues: [{ path: 'to', message: 'must be on or after from' }] });
      return firstContactResolution(deps.database.db, ctx, { from, to });
    },
  );

  const TeamBody = z.object({ name: z.string().min(1).max(80), memberIds: z.array(z.string().max(200)).max(200) });
  app.get(
    '/api/v1/workspace/teams',
    { schema: { tags: ['workspace'], summary: 'Teams and their members, and the staff who may join one', response: { 200: TeamList } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'operations');
      const [items, candidates] = await Promise.all([listTeams(deps.database.db, ctx), listTeamCandidates(deps.database.db, ctx)]);
      return { items, candidates };
    },
  );
  app.post(
    '/api/v1/workspace/teams',
    { schema: { tags: ['workspace'], summary: 'Create a team', body: TeamBody, response: { 200: Team } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'teams.manage', 'operations');
      return deps.database.db.transaction((tx) => saveTeam(tx, ctx, req.body));
    },
  );
  app.put(
    '/api/v1/workspace/teams/:teamId',
    { schema: { tags: ['workspace'], summary: 'Rename a team and set its members', params: z.object({ teamId: z.string().max(200) }), body: TeamBody, response: { 200: Team } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'teams.manage', 'operations');
      return deps.database.db.transaction((tx) => saveTeam(tx, ctx, { id: req.params.teamId, ...req.body }));
    },
  );
  app.delete(
    '/api/v1/workspace/teams/:teamId',
    { schema: { tags: ['workspace'], summary: 'Delete a team', params: z.object({ teamId: z.string().max(200) }), response: { 200: Deleted } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'teams.manage', 'operations');
      await deleteTeam(deps.database.db, ctx, req.params.teamId);
      return { deleted: true };
    },
  );

  app.get(
    '/api/v1/workspace/views',
    { schema: { tags: ['workspace'], summary: 'My saved worklist views', response: { 200: SavedViewList } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'collections');
      return { items: await listSavedViews(deps.database.db, ctx) };
    },
  );
  app.post(
    '/api/v1/workspace/views',
    { schema: { tags: ['workspace'], summary: 'Save the worklist filters under a name (the same name replaces them)', body: z.object({ name: z.string().min(1).max(60), filters: SavedViewFilters }), response: { 200: SavedView } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'collections');
      return saveView(deps.database.db, ctx, req.body);
    },
  );
  app.delete(
    '/api/v1/workspace/views/:viewId',
    { schema: { tags: ['workspace'], summary: 'Delete one of my saved views', params: z.object({ viewId: z.string().max(200) }), response: { 200: Deleted } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'collections');
      await deleteView(deps.database.db, ctx, req.params.viewId);
      return { deleted: true };
    },
  );
}
