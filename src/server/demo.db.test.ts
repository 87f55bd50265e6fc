import { expect, it } from 'vitest';
import { ManualClock } from '../platform/clock/index.js';
import { describeDb } from '../platform/db/testing.js';
import { loadOutreachConfig, runOrchestrationPass } from '../modules/outreach/index.js';
import { DEMO_MEDICAID_PATIENTS, seedDemo } from './demo.js';

// A Tuesday at noon in Ohio: inside every contact window.
const NOW = new Date('2026-03-10T17:00:00Z');

describeDb('the demo that `npm start` seeds', (getDb) => {
  it('has Medicaid patients found by the screening, whose first message is the assistance offer, and re-seeding changes nothing', async () => {
    const database = getDb();
    const clock = new ManualClock(NOW);
    const first = await seedDemo(database, clock);
    expect(first.tenantCreated).toBe(true);
    expect(first.scored).toBeGreaterThan(0);
    expect(first.likelyEligible).toBeGreaterThanOrEqual(DEMO_MEDICAID_PATIENTS);
    const [{ id: tenantId } = { id: '' }] = await database.query<{ id: string }>(`select id from tenants where slug = 'riverbend'`);
    const medicaid = await database.query<{ account_id: string; status: string; basis: string }>(
      `select s.account_id, s.status, s.basis from account_screenings s
       where s.tenant_id = $1 and exists (select 1 from patient_coverages c where c.tenant_id = s.tenant_id and c.person_id = s.person_id and c.payer_name = 'Ohio Medicaid')`,
      [tenantId],
    );
    expect(new Set(medicaid.map((m) => m.status))).toEqual(new Set(['likely_eligible']));
    expect(medicaid.length).toBeGreaterThanOrEqual(DEMO_MEDICAID_PATIENTS);

    await runOrchestrationPass({ database, now: NOW, publicUrl: 'https://pay.example', config: loadOutreachConfig(), tenantId });
    const firstSteps = await database.query<{ account_id: string; step: string }>(
      `select distinct on (c.account_id) c.account_id, c.step from communications c
       where c.tenant_id = $1 and c.direction = 'outbound' and c.account_id = any($2::text[]) order by c.account_id, c.at, c.id`,
      [tenantId, medicaid.map((m) => m.account_id)],
    );
    // Every likely-eligible account that was contacted heard about assistance first.
    expect(firstSteps.length).toBeGreaterThan(0);
    for (const s of firstSteps) expect(s.step, s.account_id).toBe('assistance-offer');

    const again = await seedDemo(database, clock);
    expect(again.tenantCreated).toBe(false);
    const [covered] = await database.query<{ n: string | number }>(`select count(*) as n from patient_coverages where tenant_id = $1 and payer_name = 'Ohio Medicaid'`, [tenantId]);
    expect(Number(covered!.n)).toBe(DEMO_MEDICAID_PATIENTS);
  }, 180_000);
});
