import { and, eq, inArray } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { listRemittancesForReview, listUnremittedClaims } from '../ingestion/index.js';
import { agentTasks } from '../outreach/index.js';
import { readAppealWindows } from './appeal-windows.js';
import { addDays } from '../../platform/time/index.js';
import { followupTaskId } from './assign-claim-task.js';
import { DEFAULT_FOLLOWUP_DAYS } from './list-claim-followups.js';
import { denialItem, denialTaskId } from './list-denials.js';

/**
 * Opens one unassigned task per denial to work (`work_denial`, due 14 days before its appeal
 * deadline) and per claim without an answer after `afterDays` (`claim_followup`, due in 7 days).
 * Idempotent: task ids derive from the claim, so running it again adds nothing, and a task someone
 * already took or closed is left as it is. Claims not matched to a patient get no task. A follow-up
 * task whose claim has since been answered by an 835 is closed (`answered`).
 */
export async function openClaimWorkTasks(opts: { q: Queryable; ctx: AccessContext; afterDays?: number }): Promise<{ workDenial: number; claimFollowup: number; answered: number }> {
  const { q, ctx } = opts;
  const now = ctx.clock.now();
  const windows = await readAppealWindows(q, ctx.tenantId);
  const rows: Array<typeof agentTasks.$inferInsert> = [];
  for (const rec of await listRemittancesForReview(q, ctx.tenantId)) {
    const item = denialItem(rec, windows);
    if (!item || !rec.personId) continue;
    rows.push({
      id: denialTaskId(ctx.tenantId, rec.key), tenantId: ctx.tenantId, personId: rec.personId, accountId: rec.accountId, kind: 'work_denial', status: 'open',
      reason: `Denied claim ${item.claimControlNumber}: ${item.reasons[0]?.label ?? 'see remittance'}`, priority: 60, createdAt: now,
      dueAt: new Date(Date.parse(`${addDays(item.appealDeadline, -14)}T17:00:00Z`)),
      detail: { remittanceKey: rec.key, claimControlNumber: item.claimControlNumber, payer: item.payerName, reason: item.primaryCode, appealDeadline: item.appealDeadline, deniedCents: item.deniedCents },
    });
  }
  const denials = rows.length;
  const afterDays = opts.afterDays ?? DEFAULT_FOLLOWUP_DAYS;
  for (const c of await listUnremittedClaims(q, ctx.tenantId, new Date(now.getTime() - afterDays * 86_400_000))) {
    if (!c.personId) continue;
    const pcn = c.data.identifiers[0]?.value ?? '';
    rows.push({
      id: followupTaskId(ctx.tenantId, c.key), tenantId: ctx.tenantId, personId: c.personId, accountId: c.accountId, kind: 'claim_followup', status: 'open',
      reason: `No answer yet from ${c.data.insurerName ?? 'the payer'} for claim ${pcn}`, priority: 50, createdAt: now,
      dueAt: new Date(now.getTime() + 7 * 86_400_000),
      detail: { claimKey: c.key, claimControlNumber: pcn, payer: c.data.insurerName, chargeCents: c.data.totalCents },
    });
  }
  let workDenial = 0;
  let claimFollowup = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const made = await q.insert(agentTasks).values(rows.slice(i, i + 500)).onConflictDoNothing().returning({ id: agentTasks.id, kind: agentTasks.kind });
    for (const m of made) {
      if (m.kind === 'work_denial') workDenial++;
      else claimFollowup++;
    }
  }
  const waiting = new Set((await listUnremittedClaims(q, ctx.tenantId, now)).map((c) => followupTaskId(ctx.tenantId, c.key)));
  const open = await q.select({ id: agentTasks.id }).from(agentTasks).where(and(eq(agentTasks.tenantId, ctx.tenantId), eq(agentTasks.kind, 'claim_followup'), eq(agentTasks.status, 'open')));
  const answeredIds = open.map((t) => t.id).filter((id) => !waiting.has(id));
  if (answeredIds.length) {
    await q.update(agentTasks).set({ status: 'done', outcome: 'answered', completedAt: now }).where(and(eq(agentTasks.tenantId, ctx.tenantId), inArray(agentTasks.id, answeredIds), eq(agentTasks.status, 'open')));
  }
  const answered = answeredIds.length;
  if (workDenial + claimFollowup + answered) await audit(q, ctx, { action: 'write', recordType: 'agent_task', recordId: null, details: { opened: { workDenial, claimFollowup }, answered, candidates: { denials, followups: rows.length - denials } } });
  return { workDenial, claimFollowup, answered };
}
