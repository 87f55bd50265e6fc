import { sql } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import { audit } from '../../platform/audit/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { ask, contactQuestion, tenantEvaluator, type ComplianceDecision, type ComplianceEvaluator } from './compliance-questions.js';
import { loadSnapshots } from './load-snapshots.js';

export type CallOutcome = 'no_answer' | 'voicemail' | 'conversation' | 'not_connected';

/**
 * An agent is about to dial (or has dialed) a call task: compliance is asked again at this very
 * moment; a blocked call is recorded as blocked with its reasons and the task stays open.
 */
export async function recordCallAttempt(database: Database, ctx: AccessContext, opts: { taskId: string; outcome: CallOutcome; evaluate: ComplianceEvaluator }): Promise<{ allowed: boolean; decision: ComplianceDecision }> {
  const now = ctx.clock.now();
  return database.db.transaction(async (tx) => {
    const [task] = await rows<{ id: string; account_id: string | null; communication_id: string | null; status: string; person_id: string }>(
      tx,
      sql`select id, account_id, communication_id, status, person_id from agent_tasks where id = ${opts.taskId} and tenant_id = ${ctx.tenantId} and kind = 'call' for update`,
    );
    if (!task) throw notFound('call task');
    if (task.status !== 'open' || !task.account_id || !task.communication_id) throw new AppError('conflict', { message: 'call task is not open' });
    const [s] = await loadSnapshots(tx, [task.account_id], now);
    if (!s) throw notFound('account');
    const d = await ask(await tenantEvaluator(tx, ctx.tenantId, opts.evaluate), contactQuestion(s, { id: task.communication_id, channel: 'call', at: now, autodialed: false }));
    await audit(tx, ctx, { action: 'write', recordType: 'call_attempt', recordId: task.communication_id, details: { allowed: d.allowed, outcome: d.allowed ? opts.outcome : null } });
    if (!d.allowed) {
      await tx.execute(sql`update agent_tasks set compliance = ${JSON.stringify(d)}::jsonb, window_start = ${d.earliestAllowedAt ? new Date(d.earliestAllowedAt) : null} where id = ${task.id}`);
      return { allowed: false, decision: d };
    }
    await tx.execute(sql`update communications set status = 'sent', at = ${now}, outcome = ${opts.outcome},
        decision = coalesce(decision, '{}'::jsonb) || jsonb_build_object('atSend', ${JSON.stringify(d)}::jsonb)
      where id = ${task.communication_id} and status = 'queued'`);
    await tx.execute(sql`update agent_tasks set status = 'done', outcome = ${opts.outcome}, completed_at = ${now} where id = ${task.id}`);
    return { allowed: true, decision: d };
  });
}
