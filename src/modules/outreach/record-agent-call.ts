import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { newId } from '../../platform/ids/index.js';
import { notFound } from '../../platform/errors/index.js';
import { ask, contactQuestion, tenantEvaluator, type ComplianceDecision, type ComplianceEvaluator } from './compliance-questions.js';
import { loadSnapshots } from './load-snapshots.js';
import { recordCallAttempt, type CallOutcome } from './record-call-attempt.js';
import { recordCommunication } from './record-communication.js';

/**
 * An agent called an account from the worklist. When a journey's call task is open for it, the
 * attempt completes that task; otherwise the call is recorded as its own outbound communication.
 * Either way compliance is asked at this moment and the attempt counts toward the Reg F call cap
 * (a blocked call is recorded as blocked, with its reasons, and counts for nothing).
 */
export async function recordAgentCall(
  database: Database,
  ctx: AccessContext,
  opts: { accountId: string; outcome: CallOutcome; evaluate: ComplianceEvaluator },
): Promise<{ allowed: boolean; decision: ComplianceDecision; communicationId: string }> {
  const [task] = await rows<{ id: string; communication_id: string }>(
    database.db,
    sql`select id, communication_id from agent_tasks where tenant_id = ${ctx.tenantId} and account_id = ${opts.accountId} and kind = 'call' and status = 'open' and communication_id is not null order by created_at limit 1`,
  );
  if (task) {
    const r = await recordCallAttempt(database, ctx, { taskId: task.id, outcome: opts.outcome, evaluate: opts.evaluate });
    return { ...r, communicationId: task.communication_id };
  }
  const now = ctx.clock.now();
  return database.db.transaction(async (tx) => {
    const [s] = await loadSnapshots(tx, [opts.accountId], now);
    if (!s || s.tenant.id !== ctx.tenantId) throw notFound('account');
    const id = newId();
    const d = await ask(await tenantEvaluator(tx, ctx.tenantId, opts.evaluate), contactQuestion(s, { id, channel: 'call', at: now, autodialed: false }));
    await recordCommunication(tx, {
      id,
      tenantId: ctx.tenantId,
      personId: s.person.id,
      accountId: opts.accountId,
      direction: 'outbound',
      channel: 'call',
      status: d.allowed ? 'sent' : 'blocked',
      at: now,
      outcome: d.allowed ? opts.outcome : null,
      reasons: d.allowed ? [] : d.reasons,
      decision: { atSend: d },
      purpose: 'collection',
    });
    await audit(tx, ctx, { action: 'write', recordType: 'call_attempt', recordId: id, details: { allowed: d.allowed, outcome: d.allowed ? opts.outcome : null } });
    return { allowed: d.allowed, decision: d, communicationId: id };
  });
}
