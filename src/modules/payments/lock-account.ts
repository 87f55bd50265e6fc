import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';

/**
 * Locks an account row for the rest of the transaction. Every money change takes the account's
 * lock first (then the payment, refund or plan rows), so concurrent payments, refunds, webhooks,
 * plan servicing and assistance decisions on one account queue up instead of deadlocking.
 */
export async function lockAccount(q: Queryable, accountId: string): Promise<{ id: string; tenant_id: string; person_id: string; patient_due_cents: number } | null> {
  const [row] = await rows<{ id: string; tenant_id: string; person_id: string; patient_due_cents: number }>(
    q,
    sql`select id, tenant_id, person_id, patient_due_cents from accounts where id = ${accountId} for update`,
  );
  return row ?? null;
}

/** Locks the account a payment belongs to (before touching the payment). */
export async function lockAccountOfPayment(q: Queryable, paymentId: string): Promise<void> {
  await rows(q, sql`select a.id from accounts a where a.id = (select account_id from payments where id = ${paymentId}) for update`);
}
