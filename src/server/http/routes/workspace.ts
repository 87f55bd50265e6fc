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
import { can } from '../../../modules/identity/index.js';
import type { Purpose } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { lazyEvaluate } from '../../delivery.js';
import { toJson } from '../json.js';
import type { ZodApp } from '../app.js';
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

const WorklistItemSchema = z.object({
  accountId: z.string(),
  externalRef: z.string(),
  personId: z.string(),
  personName: z.string(),
  language: z.string(),
  status: z.string(),
  dueOn: z.string().nullable(),
  aging: z.string(),
  patientDueCents: z.number().int(),
  priority: z.number().int(),
  signals: z.array(z.string()),
  callable: z.boolean(),
  blockedBy: z.array(z.string()),
  nextCallAt: z.string().nullable(),
});

export const TasksQuery = z.object({
  kind: z.string().max(40).optional(),
  mine: z.enum(['true', 'false']).optional(),
  includeSnoozed: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  after: z.string().max(500).optional(),
});

const TaskSchema = z.object({
  id: z.string(),
  kind: z.string(),
  reason: z.string().nullable(),
  priority: z.number().int(),
  personId: z.string(),
  personName: z.string(),
  accountId: z.string().nullable(),
  assignedTo: z.string().nullable(),
  assignedToMe: z.boolean(),
  createdAt: z.string(),
  dueAt: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
  finishedElsewhere: z.boolean(),
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
        response: { 200: z.object({ items: z.array(WorklistItemSchema), next: z.string().nullable() }) },
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
        response: { 200: z.object({ items: z.array(TaskSchema), next: z.string().nullable() }) },
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
        response: { 200: z.object({ id: z.string(), status: z.string(), assignedTo: z.string().nullable(), snoozedUntil: z.string().nullable(), outcome: z.string().nullable() }) },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'tasks.work', 'operations');
      const b = req.body;
      return updateTask(deps.database.db, ctx, req.params.taskId, b.action === 'snooze' ? { action: 'snooze', until: new Date(b.until) } : b);
    },
  );

  const Json = z.record(z.string(), z.unknown());
  const Any = z.array(Json);

  app.get(
    '/api/v1/workspace/accounts/:accountId',
    {
      schema: {
        tags: ['workspace'],
        summary: 'The whole account on one screen (person, coverage, visits and what insurance paid, ledger, payments, plan, assistance, messages, conversations, outcomes, tasks, disputes); an audited read',
        params: z.object({ accountId: z.string().max(200) }),
        response: {
          200: z.object({
            account: Json, person: Json.nullable(), contactPoints: Any, consents: Any, holds: Any, callNow: Json, coverages: Any, visits: Any, entries: Any,
            payments: Any, refunds: Any, plan: Json.nullable(), assistance: Json.nullable(), communications: Any, conversations: Any, sentiment: Any,
            outcomes: Any, tasks: Any, disputes: Any, dispositions: Any,
          }),
        },
      },
    },
    async (req, reply) => {
      // The purpose recorded in the audit follows who is looking and why.
      const roles = req.staff?.roles ?? [];
      const purpose: Purpose = can(roles, 'worklist.use') ? 'collections' : roles.includes('compliance_officer') ? 'compliance_review' : 'operations';
      const ctx = await requirePermission(deps, req, 'accounts.open', purpose);
      noStore(reply);
      return toJson(await getAccount360(deps.database, ctx, req.params.accountId)) as never;
    },
  );

  app.get(
    '/api/v1/workspace/dispositions',
    { schema: { tags: ['workspace'], summary: "The organization's outcome list for calls", response: { 200: z.object({ items: z.array(DispositionInput) }) } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'collections');
      return { items: await listDispositions(deps.database.db, ctx.tenantId) };
    },
  );

  app.put(
    '/api/v1/workspace/dispositions',
    { schema: { tags: ['workspace'], summary: "Replace the organization's outcome list", body: z.object({ items: z.array(DispositionInput).max(40) }), response: { 200: z.object({ items: z.array(DispositionInput) }) } } },
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
        response: { 200: Json },
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
      ) as never;
    },
  );

  app.get(
    '/api/v1/workspace/fcr',
    {
      schema: {
        tags: ['workspace'],
        summary: 'First-contact resolution and handle time per agent, per team and in total (docs/workspace.md has the definition)',
        querystring: z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
        response: { 200: Json },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'workspace.supervise', 'operations');
      noStore(reply);
      const from = new Date(`${req.query.from}T00:00:00Z`);
      const to = new Date(Date.parse(`${req.query.to}T00:00:00Z`) + 86_400_000);
      if (!(to > from)) throw new AppError('validation_failed', { message: 'bad range', issues: [{ path: 'to', message: 'must be on or after from' }] });
      return toJson(await firstContactResolution(deps.database.db, ctx, { from, to })) as never;
    },
  );

  const TeamBody = z.object({ name: z.string().min(1).max(80), memberIds: z.array(z.string().max(200)).max(200) });
  app.get(
    '/api/v1/workspace/teams',
    { schema: { tags: ['workspace'], summary: 'Teams and their members, and the staff who may join one', response: { 200: z.object({ items: Any, candidates: Any }) } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'operations');
      const [items, candidates] = await Promise.all([listTeams(deps.database.db, ctx), listTeamCandidates(deps.database.db, ctx)]);
      return toJson({ items, candidates }) as never;
    },
  );
  app.post(
    '/api/v1/workspace/teams',
    { schema: { tags: ['workspace'], summary: 'Create a team', body: TeamBody, response: { 200: Json } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'teams.manage', 'operations');
      return toJson(await deps.database.db.transaction((tx) => saveTeam(tx, ctx, req.body))) as never;
    },
  );
  app.put(
    '/api/v1/workspace/teams/:teamId',
    { schema: { tags: ['workspace'], summary: 'Rename a team and set its members', params: z.object({ teamId: z.string().max(200) }), body: TeamBody, response: { 200: Json } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'teams.manage', 'operations');
      return toJson(await deps.database.db.transaction((tx) => saveTeam(tx, ctx, { id: req.params.teamId, ...req.body }))) as never;
    },
  );
  app.delete(
    '/api/v1/workspace/teams/:teamId',
    { schema: { tags: ['workspace'], summary: 'Delete a team', params: z.object({ teamId: z.string().max(200) }), response: { 200: z.object({ deleted: z.boolean() }) } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'teams.manage', 'operations');
      await deleteTeam(deps.database.db, ctx, req.params.teamId);
      return { deleted: true };
    },
  );

  app.get(
    '/api/v1/workspace/views',
    { schema: { tags: ['workspace'], summary: 'My saved worklist views', response: { 200: z.object({ items: Any }) } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'collections');
      return toJson({ items: await listSavedViews(deps.database.db, ctx) }) as never;
    },
  );
  app.post(
    '/api/v1/workspace/views',
    { schema: { tags: ['workspace'], summary: 'Save the worklist filters under a name (the same name replaces them)', body: z.object({ name: z.string().min(1).max(60), filters: SavedViewFilters }), response: { 200: Json } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'collections');
      return toJson(await saveView(deps.database.db, ctx, req.body)) as never;
    },
  );
  app.delete(
    '/api/v1/workspace/views/:viewId',
    { schema: { tags: ['workspace'], summary: 'Delete one of my saved views', params: z.object({ viewId: z.string().max(200) }), response: { 200: z.object({ deleted: z.boolean() }) } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'worklist.use', 'collections');
      await deleteView(deps.database.db, ctx, req.params.viewId);
      return { deleted: true };
    },
  );
}
