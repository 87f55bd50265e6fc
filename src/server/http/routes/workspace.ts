import { z } from 'zod';
import { listTasks, listWorklist, updateTask, WORKLIST_AGING } from '../../../modules/workspace/index.js';
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
}
