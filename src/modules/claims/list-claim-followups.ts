import { and, desc, eq, inArray } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { listUnremittedClaims } from '../ingestion/index.js';
import { agentTasks } from '../outreach/index.js';
import { followupTaskId } from './assign-claim-task.js';
import { claimStatusChecks } from './schema.js';

/** Days without a remittance after which a claim needs a status check (payers answer most clean claims within 30). */
export const DEFAULT_FOLLOWUP_DAYS = 30;

export interface FollowupItem {
  claimKey: string;
  claimControlNumber: string;
  payerName: string | null;
  providerName: string | null;
  accountId: string | null;
  chargeCents: number | null;
  serviceDate: string | null;
  receivedOn: string;
  daysWaiting: number;
  lastStatus: { categoryCode: string | null; summary: string; checkedAt: string } | null;
  task: { id: string; assignedTo: string | null; dueAt: string | null; status: string } | null;
}

/** 837 claims that no 835 has answered after `afterDays` days: the claim status follow-up list. */
export async function listClaimFollowups(opts: { q: Queryable; ctx: AccessContext; afterDays?: number }): Promise<{ items: FollowupItem[]; afterDays: number }> {
  const { q, ctx } = opts;
  const afterDays = opts.afterDays ?? DEFAULT_FOLLOWUP_DAYS;
  const now = ctx.clock.now();
  const claims = await listUnremittedClaims(q, ctx.tenantId, new Date(now.getTime() - afterDays * 86_400_000));
  const keys = claims.map((c) => c.key);
  const checks = keys.length ? await q.select().from(claimStatusChecks).where(and(eq(claimStatusChecks.tenantId, ctx.tenantId), inArray(claimStatusChecks.claimKey, keys))).orderBy(desc(claimStatusChecks.requestedAt)) : [];
  const tasks = keys.length ? await q.select().from(agentTasks).where(and(eq(agentTasks.tenantId, ctx.tenantId), inArray(agentTasks.id, keys.map((k) => followupTaskId(ctx.tenantId, k))))) : [];
  const items = claims.map((c): FollowupItem => {
    const check = checks.find((x) => x.claimKey === c.key);
    const task = tasks.find((t) => t.id === followupTaskId(ctx.tenantId, c.key));
    return {
      claimKey: c.key,
      claimControlNumber: c.data.identifiers[0]?.value ?? '',
      payerName: c.data.insurerName,
      providerName: c.data.providerName,
      accountId: c.accountId,
      chargeCents: c.data.totalCents,
      serviceDate: c.data.billablePeriodStart,
      receivedOn: c.receivedAt.toISOString().slice(0, 10),
      daysWaiting: Math.floor((now.getTime() - c.receivedAt.getTime()) / 86_400_000),
      lastStatus: check ? { categoryCode: check.categoryCode, summary: (check.result as { summary?: string }).summary ?? '', checkedAt: check.requestedAt.toISOString() } : null,
      task: task ? { id: task.id, assignedTo: task.assignedTo, dueAt: task.dueAt?.toISOString() ?? null, status: task.status } : null,
    };
  });
  await audit(q, ctx, { action: 'read', recordType: 'claim_followups', recordId: null, details: { claims: items.length } });
  return { items, afterDays };
}
