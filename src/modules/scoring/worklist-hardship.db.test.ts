import { expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { listWorklist } from '../workspace/index.js';

const clock = new ManualClock('2026-11-24T16:00:00Z');

describeDb('the worklist and the hardship score', (getDb) => {
  it('lifts an account the hardship model flags above an otherwise identical one, and says why', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'worklist-hardship', name: 'Hillside Clinic', kind: 'provider', state: 'OH' });
    for (const id of ['older', 'flagged']) {
      await database.query(`insert into persons (id, tenant_id, external_ref, given_name, family_name, time_zone, state) values ($1, $2, $1, 'Pat', 'Hill', 'America/New_York', 'OH')`, [`p-${id}`, tenantId]);
      // "older" is due a day earlier: without scores it would come first.
      await database.query(
        `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, balance_cents, patient_due_cents, total_charges_cents) values ($1, $2, $3, $1, 'patient_due', $4::date, 30000, 30000, 30000)`,
        [id, tenantId, `p-${id}`, id === 'older' ? '2026-10-01' : '2026-10-02'],
      );
      await database.query(
        `insert into account_scores (tenant_id, account_id, pay_30, pay_90, hardship, model_version, scored_at) values ($1, $2, 0.3, 0.5, $3, 'test', $4)`,
        [tenantId, id, id === 'flagged' ? 0.85 : 0.2, clock.now()],
      );
    }
    const ctx = { tenantId, actor: { kind: 'user' as const, id: 'u1', roles: ['collections_coordinator'] }, purpose: 'collections' as const, clock };
    const page = await listWorklist(database.db, ctx, { limit: 10 });
    expect(page.items.map((i) => i.accountId)).toEqual(['flagged', 'older']);
    expect(page.items[0]!.signals).toEqual(['hardship_likely']);
    expect(page.items[0]!.priority - page.items[1]!.priority).toBe(120 - 2);
  }, 60_000);
});
