import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/index.js';
import { ACCOUNT_CHANGED, consumeEvents, type AccountChanged } from '../../platform/events/index.js';

/** Asks for accounts to be looked at again at `now` (after a reply, a payment, a hold...). */
export async function requestReevaluation(q: Queryable, opts: { tenantId: string; accountIds?: string[]; personId?: string; now: Date }): Promise<void> {
  const byAccounts = opts.accountIds ? sql`and account_id in (select jsonb_array_elements_text(${JSON.stringify(opts.accountIds)}::jsonb))` : sql``;
  // Through the person's accounts (accounts_person): journey states have no person index.
  const byPerson = opts.personId ? sql`and account_id in (select id from accounts where tenant_id = ${opts.tenantId} and person_id = ${opts.personId})` : sql``;
  await q.execute(sql`update journey_states set next_eval_at = least(next_eval_at, ${opts.now}) where tenant_id = ${opts.tenantId} ${byAccounts} ${byPerson}`);
}

/**
 * Outreach's subscription to `account.changed`: every pending event of the tenant makes its
 * accounts due at the time it happened, so the pass that follows decides them again. Runs in `q`
 * (consumption and its effect commit together). Returns how many events it applied.
 */
export async function applyAccountChanges(q: Queryable, opts: { tenantId: string; now: Date }): Promise<number> {
  let applied = 0;
  for (;;) {
    const events = await consumeEvents<Omit<AccountChanged, 'tenantId' | 'at'>>(q, { tenantId: opts.tenantId, type: ACCOUNT_CHANGED, now: opts.now, limit: 1000 });
    if (events.length === 0) return applied;
    // The earliest time per account and per person, then one update for each kind.
    const byAccount = new Map<string, number>();
    const byPerson = new Map<string, number>();
    const earliest = (m: Map<string, number>, key: string, at: number) => m.set(key, Math.min(m.get(key) ?? at, at));
    for (const e of events) {
      const at = e.occurredAt.getTime();
      for (const id of e.payload.accountIds ?? []) earliest(byAccount, id, at);
      if (e.payload.personId) earliest(byPerson, e.payload.personId, at);
    }
    const pairs = (m: Map<string, number>) => JSON.stringify([...m].map(([key, at]) => ({ key, at: new Date(at).toISOString() })));
    if (byAccount.size) {
      await q.execute(sql`update journey_states j set next_eval_at = least(j.next_eval_at, c.at)
        from jsonb_to_recordset(${pairs(byAccount)}::jsonb) as c(key text, at timestamptz)
        where j.tenant_id = ${opts.tenantId} and j.account_id = c.key`);
    }
    if (byPerson.size) {
      await q.execute(sql`update journey_states j set next_eval_at = least(j.next_eval_at, c.at)
        from jsonb_to_recordset(${pairs(byPerson)}::jsonb) as c(key text, at timestamptz)
        join accounts a on a.tenant_id = ${opts.tenantId} and a.person_id = c.key
        where j.tenant_id = ${opts.tenantId} and j.account_id = a.id`);
    }
    applied += events.length;
  }
}
