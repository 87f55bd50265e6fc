import { and, eq } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { getRemittance } from '../ingestion/index.js';
import { holds } from '../people/index.js';
import { readAppealWindows } from './appeal-windows.js';
import { claimAppeals } from './schema.js';
import { denialItem } from './list-denials.js';

export interface OpenAppealOptions {
  /** Run inside a transaction: the appeal and its hold are written together. */
  q: Queryable;
  ctx: AccessContext;
  remittanceKey: string;
  note?: string | null;
}

/**
 * Opens an appeal of a denied claim. While it is open an `insurance_pending` hold on the account
 * keeps its balance off the patient's statements and stops outreach about it: the claim is still
 * between the provider and the payer.
 */
export async function openAppeal(opts: OpenAppealOptions): Promise<{ id: string; holdId: string; deadline: string }> {
  const { q, ctx } = opts;
  const rec = await getRemittance(q, ctx.tenantId, opts.remittanceKey);
  if (!rec) throw notFound('claim payment');
  if (!rec.accountId || !rec.personId) {
    throw new AppError('unprocessable', { message: 'the claim payment is not matched to an account', userMessage: 'This payment is not matched to a patient account yet. Ingest the claim (837) or the balance first.' });
  }
  const item = denialItem(rec, await readAppealWindows(q, ctx.tenantId));
  if (!item) throw new AppError('unprocessable', { message: 'this claim payment is not a denial', userMessage: 'This claim was paid as expected; there is nothing to appeal.' });
  const [open] = await q.select({ id: claimAppeals.id }).from(claimAppeals).where(and(eq(claimAppeals.tenantId, ctx.tenantId), eq(claimAppeals.remittanceKey, opts.remittanceKey), eq(claimAppeals.status, 'open')));
  if (open) throw new AppError('conflict', { message: 'an appeal is already open for this claim', userMessage: 'An appeal is already open for this claim.' });
  const now = ctx.clock.now();
  const id = newId();
  const holdId = newId();
  await q.insert(holds).values({ id: holdId, tenantId: ctx.tenantId, personId: rec.personId, accountId: rec.accountId, type: 'insurance_pending', since: now, reason: `Appeal open for claim ${item.claimControlNumber} with ${item.payerName ?? 'the payer'}`, createdBy: `${ctx.actor.kind}:${ctx.actor.id}` });
  await q.insert(claimAppeals).values({ id, tenantId: ctx.tenantId, remittanceKey: opts.remittanceKey, accountId: rec.accountId, personId: rec.personId, holdId, status: 'open', deadline: item.appealDeadline, note: opts.note ?? null, openedAt: now, openedBy: ctx.actor.id });
  await audit(q, ctx, { action: 'write', recordType: 'claim_appeal', recordId: id, details: { accountId: rec.accountId, hold: holdId } });
  return { id, holdId, deadline: item.appealDeadline };
}

/** Closes an appeal (won, lost or withdrawn) and releases its hold. */
export async function closeAppeal(opts: { q: Queryable; ctx: AccessContext; appealId: string; outcome: 'won' | 'lost' | 'withdrawn'; note?: string | null }): Promise<{ id: string; status: string }> {
  const { q, ctx } = opts;
  const now = ctx.clock.now();
  const [a] = await q
    .update(claimAppeals)
    .set({ status: opts.outcome, closedAt: now, closedBy: ctx.actor.id, ...(opts.note ? { note: opts.note } : {}) })
    .where(and(eq(claimAppeals.tenantId, ctx.tenantId), eq(claimAppeals.id, opts.appealId), eq(claimAppeals.status, 'open')))
    .returning();
  if (!a) throw notFound('open appeal');
  if (a.holdId) await q.update(holds).set({ resolvedAt: now }).where(and(eq(holds.tenantId, ctx.tenantId), eq(holds.id, a.holdId)));
  await audit(q, ctx, { action: 'write', recordType: 'claim_appeal', recordId: a.id, details: { outcome: opts.outcome } });
  return { id: a.id, status: a.status };
}
