import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { stableId } from '../../platform/ids/index.js';
import { getRemittance, listUnremittedClaims } from '../ingestion/index.js';
import { agentTasks } from '../outreach/index.js';
import { readAppealWindows } from './appeal-windows.js';
import { denialItem, denialTaskId } from './list-denials.js';

export interface AssignClaimTaskOptions {
  q: Queryable;
  ctx: AccessContext;
  kind: 'work_denial' | 'claim_followup';
  /** The remittance key (work_denial) or the 837 claim key (claim_followup). */
  key: string;
  /** A staff user id, or null to leave it unassigned. */
  assignedTo: string | null;
  /** When the work is due; a denial defaults to 14 days before its appeal deadline. */
  dueAt?: Date | null;
}

export const followupTaskId = (tenantId: string, claimKey: string) => stableId('task', tenantId, 'claim_followup', claimKey);

/**
 * Creates or reassigns the one task for a denied claim (`work_denial`) or a claim without an
 * answer (`claim_followup`). The task id derives from the claim, so assigning again updates it.
 */
export async function assignClaimTask(opts: AssignClaimTaskOptions): Promise<{ id: string; assignedTo: string | null; dueAt: string | null }> {
  const { q, ctx } = opts;
  const now = ctx.clock.now();
  let id: string;
  let personId: string | null;
  let accountId: string | null;
  let reason: string;
  let dueAt = opts.dueAt ?? null;
  let detail: Record<string, unknown>;
  if (opts.kind === 'work_denial') {
    const rec = await getRemittance(q, ctx.tenantId, opts.key);
    if (!rec) throw notFound('claim payment');
    const item = denialItem(rec, await readAppealWindows(q, ctx.tenantId));
    if (!item) throw new AppError('unprocessable', { message: 'this claim payment is not a denial' });
    id = denialTaskId(ctx.tenantId, opts.key);
    personId = rec.personId;
    accountId = rec.accountId;
    reason = `Denied claim ${item.claimControlNumber}: ${item.reasons[0]?.label ?? 'see remittance'}`;
    dueAt ??= new Date(Date.parse(`${item.appealDeadline}T17:00:00Z`) - 14 * 86_400_000);
    detail = { remittanceKey: opts.key, claimControlNumber: item.claimControlNumber, payer: item.payerName, reason: item.primaryCode, appealDeadline: item.appealDeadline, deniedCents: item.deniedCents };
  } else {
    const [claim] = await listUnremittedClaims(q, ctx.tenantId, now, { key: opts.key, limit: 1 });
    if (!claim) throw notFound('claim without an answer');
    id = followupTaskId(ctx.tenantId, opts.key);
    personId = claim.personId;
    accountId = claim.accountId;
    const pcn = claim.data.identifiers[0]?.value ?? '';
    reason = `No answer yet from ${claim.data.insurerName ?? 'the payer'} for claim ${pcn}`;
    dueAt ??= new Date(now.getTime() + 7 * 86_400_000);
    detail = { claimKey: opts.key, claimControlNumber: pcn, payer: claim.data.insurerName, chargeCents: claim.data.totalCents };
  }
  if (!personId) throw new AppError('unprocessable', { message: 'the claim is not matched to a patient', userMessage: 'This claim is not matched to a patient account yet, so it cannot become a task.' });
  await q
    .insert(agentTasks)
    .values({ id, tenantId: ctx.tenantId, personId, accountId, kind: opts.kind, status: 'open', reason, priority: 60, createdAt: now, assignedTo: opts.assignedTo, dueAt, detail })
    .onConflictDoUpdate({ target: [agentTasks.tenantId, agentTasks.id], set: { assignedTo: opts.assignedTo, dueAt, detail, status: 'open' } });
  await audit(q, ctx, { action: 'write', recordType: 'agent_task', recordId: id, details: { kind: opts.kind, assignedTo: opts.assignedTo } });
  return { id, assignedTo: opts.assignedTo, dueAt: dueAt?.toISOString() ?? null };
}
