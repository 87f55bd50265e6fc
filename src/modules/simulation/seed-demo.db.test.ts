import { expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from './index.js';

describeDb('the demo tenant', (getDb) => {
  const clock = new ManualClock('2026-11-23T15:00:00Z');

  it('is seeded from the synthetic population with balances derived from ledger entries', async () => {
    const { db, query } = getDb();
    const first = await seedDemoTenant(db, clock, { persons: 40 });
    expect(first.tenantCreated).toBe(true);
    expect(first.persons).toBe(40);
    expect(first.accounts).toBeGreaterThanOrEqual(40);
    const [mismatch] = await query<{ n: number }>(`
      select count(*)::int as n from accounts a
      left join (select account_id, sum(amount_cents) s from ledger_entries group by account_id) e on e.account_id = a.id
      where a.balance_cents <> coalesce(e.s, 0)`);
    expect(mismatch?.n).toBe(0);
    const [pending] = await query<{ n: number }>(`select count(*)::int as n from accounts where status = 'insurance_pending' and patient_due_cents <> 0 and insurance_pending_cents = balance_cents`);
    expect(pending?.n).toBe(0);
  });

  it('changes nothing when run again', async () => {
    const again = await seedDemoTenant(getDb().db, clock, { persons: 40 });
    expect(again).toEqual({ tenantCreated: false, persons: 0, accounts: 0, ledgerEntries: 0 });
  });
});
