import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { refreshAccountBalances } from './entries.js';

/** Marks a debt `disputed` (collection on it pauses); returns the status it had, to restore later. */
export async function markAccountDisputed(q: Queryable, tenantId: string, accountId: string): Promise<{ personId: string; statusBefore: string }> {
  const [a] = await rows<{ person_id: string; status: string }>(q, sql`select person_id, status from accounts where tenant_id = ${tenantId} and id = ${accountId} for update`);
  if (!a) throw notFound('account');
  if (a.status !== 'disputed') await q.execute(sql`update accounts set status = 'disputed', updated_at = now() where tenant_id = ${tenantId} and id = ${accountId}`);
  return { personId: a.person_id, statusBefore: a.status === 'disputed' ? 'patient_due' : a.status };
}

/**
 * Ends the dispute status: the account gets back the status it had (a plan stays a plan), then
 * the balances decide (a corrected debt may now be paid).
 */
export async function restoreAccountStatus(q: Queryable, tenantId: string, accountId: string, statusBefore: string): Promise<void> {
  await q.execute(sql`update accounts set status = ${statusBefore}, updated_at = now() where tenant_id = ${tenantId} and id = ${accountId} and status = 'disputed'`);
  await refreshAccountBalances(q, tenantId, [accountId]);
}

/** Not this person's debt: close it (nobody is asked to pay it), or move it to the person who owes it. */
export async function reassignAccount(q: Queryable, tenantId: string, accountId: string, to: { close: true } | { personId: string }): Promise<void> {
  if ('close' in to) {
    await q.execute(sql`update accounts set status = 'closed', updated_at = now() where tenant_id = ${tenantId} and id = ${accountId}`);
    return;
  }
  const [p] = await rows<{ id: string }>(q, sql`select id from persons where tenant_id = ${tenantId} and id = ${to.personId}`);
  if (!p) throw notFound('person');
  await q.execute(sql`update accounts set person_id = ${to.personId}, status = 'patient_due', updated_at = now() where tenant_id = ${tenantId} and id = ${accountId}`);
  await refreshAccountBalances(q, tenantId, [accountId]);
}
