import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Db } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { TASKS_FINISHED_ELSEWHERE } from './list-tasks.js';

export type TaskAction = { action: 'assign_to_me' } | { action: 'snooze'; until: Date } | { action: 'complete'; outcome: string };

/**
 * Assigns, snoozes or completes one open task. Compare-and-set on status = 'open': a task someone
 * else just finished is reported as a conflict, never changed twice.
 */
export async function updateTask(db: Db, ctx: AccessContext, taskId: string, change: TaskAction): Promise<{ id: string; status: string; assignedTo: string | null; snoozedUntil: string | null; outcome: string | null }> {
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    const [task] = await rows<{ id: string; kind: string; status: string }>(tx, sql`select id, kind, status from agent_tasks where tenant_id = ${ctx.tenantId} and id = ${taskId} for update`);
    if (!task) throw notFound('task');
    if (task.status !== 'open') throw new AppError('conflict', { message: `task ${taskId} is ${task.status}`, userMessage: 'This task was already finished by someone else. The list will refresh.' });
    let set;
    if (change.action === 'assign_to_me') set = sql`assigned_to = ${ctx.actor.id}`;
    else if (change.action === 'snooze') {
      if (!(change.until.getTime() > now.getTime())) {
        throw new AppError('validation_failed', { message: 'snooze in the past', issues: [{ path: 'until', message: 'must be later than now' }], userMessage: 'Choose a date in the future to snooze until.' });
      }
      set = sql`snoozed_until = ${change.until}`;
    } else {
      if ((TASKS_FINISHED_ELSEWHERE as readonly string[]).includes(task.kind)) {
        throw new AppError('unprocessable', { message: `${task.kind} tasks finish on their own page`, userMessage: 'This task is finished where its decision is made. Open the account to act on it.' });
      }
      const outcome = change.outcome.trim();
      if (!outcome) throw new AppError('validation_failed', { message: 'empty outcome', issues: [{ path: 'outcome', message: 'is required' }], userMessage: 'Say what happened before completing the task.' });
      set = sql`status = 'done', outcome = ${outcome}, completed_at = ${now}`;
    }
    const [updated] = await rows<{ id: string; status: string; assigned_to: string | null; snoozed_until: Date | string | null; outcome: string | null }>(
      tx,
      sql`update agent_tasks set ${set} where tenant_id = ${ctx.tenantId} and id = ${taskId} and status = 'open' returning id, status, assigned_to, snoozed_until, outcome`,
    );
    await audit(tx, ctx, { action: 'write', recordType: 'agent_task', recordId: taskId, details: { action: change.action } });
    return { id: updated!.id, status: updated!.status, assignedTo: updated!.assigned_to, snoozedUntil: updated!.snoozed_until ? new Date(updated!.snoozed_until).toISOString() : null, outcome: updated!.outcome };
  });
}
