import { expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../simulation/index.js';
import { verifyLedger } from './verify-ledger.js';

describeDb('kindly ledger verify', (getDb) => {
  it('passes on a ledger whose balances come from its entries', async () => {
    await seedDemoTenant(getDb().db, new ManualClock('2026-11-23T15:00:00Z'), { persons: 20 });
    const v = await verifyLedger(getDb());
    expect(v.ok).toBe(true);
    expect(v.entries).toBeGreaterThan(20);
  });

  it('names the account and field when a cached balance drifts from the entries', async () => {
    const [a] = await getDb().query<{ id: string }>('select id from accounts order by id limit 1');
    await getDb().query('update accounts set balance_cents = balance_cents + 1 where id = $1', [a!.id]);
    const v = await verifyLedger(getDb());
    expect(v.ok).toBe(false);
    expect(v.balanceMismatches).toEqual([expect.objectContaining({ accountId: a!.id, field: 'balanceCents' })]);
  });
});
