import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { loadPersonNames } from './search-accounts.js';

/**
 * Task kinds finished on their own page, where the decision they need is made (a dispute is
 * resolved on the Disputes page, a proposal confirmed on the account): the task list links there
 * and does not close them with a bare outcome.
 */
export const TASKS_FINISHED_ELSEWHERE = ['review_intent', 'resolve_dispute', 'review_hold_release', 'work_denial', 'claim_followup', 'review_documents'] as const;

export interface ListTasksOptions {
  kind?: string;
  /** Only tasks assigned to the signed-in user. */
  mine?: boolean;
  /** Also tasks snoozed until later. */
  includeSnoozed?: boolean;
  limit?: number;
  after?: string;
}

export interface TaskView {
  id: string;
  kind: string;
  reason: string | null;
  priority: number;
  personId: string;
  personName: string;
  accountId: string | null;
  assignedTo: string | null;
  assignedToMe: boolean;
  createdAt: string;
  dueAt: string | null;
  snoozedUntil: string | null;
  finishedElsewhere: boolean;
}

interface Cursor {
  p: number;
  c: string;
  id: string;
}

/** Open tasks, highest priority then oldest first, keyset-paged; names shown are audited reads. */
export async function listTasks(db: Db, ctx: AccessContext, opts: ListTasksOptions = {}): Promise<{ items: TaskView[]; next: string | null }> {
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  const now = ctx.clock.now();
  let after: Cursor | null = null;
  if (opts.after) {
    try {
      after = JSON.parse(Buffer.from(opts.after, 'base64url').toString('utf8')) as Cursor;
    } catch {
      after = null;
    }
    if (!after || typeof after.p !== 'number' || typeof after.c !== 'string' || typeof after.id !== 'string') {
      throw new AppError('validation_failed', { message: 'bad task cursor', issues: [{ path: 'after', message: 'is not a cursor this list returned' }] });
    }
  }
  return db.transaction(async (tx) => {
    const found = await rows<{ id: string; kind: string; reason: string | null; priority: number; person_id: string; account_id: string | null; assigned_to: string | null; created_at: Date | string; due_at: Date | string | null; snoozed_until: Date | string | null }>(
      tx,
      sql`select k.id, k.kind, k.reason, k.priority, k.person_id, k.account_id, k.assigned_to, k.created_at, k.due_at, k.snoozed_until
          from agent_tasks k
          where k.tenant_id = ${ctx.tenantId} and k.status = 'open'
            ${opts.kind ? sql`and k.kind = ${opts.kind}` : sql``}
            ${opts.mine ? sql`and k.assigned_to = ${ctx.actor.id}` : sql``}
            ${opts.includeSnoozed ? sql`` : sql`and (k.snoozed_until is null or k.snoozed_until <= ${now})`}
            ${after ? sql`and (-k.priority, k.created_at, k.id) > (${-after.p}::int, ${after.c}::timestamptz, ${after.id})` : sql``}
          order by -k.priority, k.created_at, k.id
          limit ${limit + 1}`,
    );
    const shown = found.slice(0, limit);
    const names = await loadPersonNames(tx, ctx.tenantId, shown.map((r) => r.person_id));
    await audit(tx, ctx, ...shown.map((r) => ({ action: 'read' as const, recordType: 'agent_task', recordId: r.id, details: { view: 'task_list' } })));
    const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
    const last = shown.at(-1);
    return {
      items: shown.map((r) => ({
        id: r.id,
        kind: r.kind,
        reason: r.reason,
        priority: Number(r.priority),
        personId: r.person_id,
        personName: names.get(r.person_id) ?? '',
        accountId: r.account_id,
        assignedTo: r.assigned_to,
        assignedToMe: r.assigned_to === ctx.actor.id,
        createdAt: iso(r.created_at)!,
        dueAt: iso(r.due_at),
        snoozedUntil: iso(r.snoozed_until),
        finishedElsewhere: (TASKS_FINISHED_ELSEWHERE as readonly string[]).includes(r.kind),
      })),
      next: found.length > limit && last ? Buffer.from(JSON.stringify({ p: Number(last.priority), c: iso(last.created_at), id: last.id })).toString('base64url') : null,
    };
  });
}
