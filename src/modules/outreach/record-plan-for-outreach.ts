import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/index.js';
import type { PlanView } from './snapshot.js';

/**
 * Tells outreach about an account's payment plan (or its end, with null): plan servicing calls
 * this when a plan is created, paid into or changes status, and the account is re-decided at once.
 */
export async function recordPlanForOutreach(q: Queryable, opts: { tenantId: string; accountId: string; plan: PlanView | null; now: Date }): Promise<void> {
  await q.execute(sql`insert into journey_states (account_id, tenant_id, person_id, next_eval_at, plan)
    select a.id, a.tenant_id, a.person_id, ${opts.now}, ${JSON.stringify(opts.plan)}::jsonb from accounts a
    where a.id = ${opts.accountId} and a.tenant_id = ${opts.tenantId}
    on conflict (account_id) do update set plan = excluded.plan, next_eval_at = least(journey_states.next_eval_at, excluded.next_eval_at)`);
}

/** Asks for an account to be looked at again now (after a payment, a hold, a new balance...). */
export async function requestReevaluation(q: Queryable, opts: { tenantId: string; accountIds?: string[]; personId?: string; now: Date }): Promise<void> {
  const byAccounts = opts.accountIds ? sql`and account_id in (select jsonb_array_elements_text(${JSON.stringify(opts.accountIds)}::jsonb))` : sql``;
  // Through the person's accounts (accounts_person): journey states have no person index.
  const byPerson = opts.personId ? sql`and account_id in (select id from accounts where tenant_id = ${opts.tenantId} and person_id = ${opts.personId})` : sql``;
  await q.execute(sql`update journey_states set next_eval_at = least(next_eval_at, ${opts.now}) where tenant_id = ${opts.tenantId} ${byAccounts} ${byPerson}`);
}
