import { expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';
import { loadOutreachConfig, runOrchestrationPass } from '../outreach/index.js';
import { screenBook } from './index.js';

// 12:00 in Ohio. Accounts due 3 days ago (the first past-due step) and 110 days ago (final notice).
const NOW = new Date('2026-03-10T17:00:00Z');

describeDb('presumptive screening comes before collection', (getDb) => {
  it('a patient with Medicaid on file gets the assistance offer before any past-due step, and no escalation', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'presumptive-first', name: 'Lakeside Hospital', kind: 'nonprofit_hospital', state: 'OH' });
    const people = [
      { id: 'medicaid-late', due: '2026-03-07', medicaid: true },
      { id: 'medicaid-old', due: '2025-11-20', medicaid: true },
      { id: 'commercial-late', due: '2026-03-07', medicaid: false },
    ];
    for (const p of people) {
      await database.query(`insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone, state) values ($1, $2, $1, 'Pat', 'Lake', 'en', 'America/New_York', 'OH')`, [p.id, tenantId]);
      await database.query(`insert into contact_points (id, tenant_id, person_id, system, value, use, rank, verified) values ($1, $2, $3, 'email', $4, 'home', 1, true)`, [`${p.id}-e`, tenantId, p.id, `${p.id}@example.test`]);
      await database.query(
        `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, balance_cents, patient_due_cents, total_charges_cents)
         values ($1, $2, $3, $1, 'patient_due', $4::date, $4::date - 30, 42000, 42000, 90000)`,
        [`acct-${p.id}`, tenantId, p.id, p.due],
      );
      await database.query(
        `insert into patient_coverages (id, tenant_id, person_id, source, payer_name, member_id, created_at) values ($1, $2, $3, 'ingested', $4, 'M1', $5)`,
        [`cov-${p.id}`, tenantId, p.id, p.medicaid ? 'Ohio Medicaid' : 'Acme Health', NOW],
      );
    }
    const screened = await screenBook({ database, tenantId, now: NOW });
    expect(screened.byStatus).toEqual({ likely_eligible: 2, not_indicated: 1 });
    expect(screened.tasksCreated).toBe(2);
    const tasks = await database.query<{ account_id: string; kind: string }>(`select account_id, kind from agent_tasks where tenant_id = $1 order by account_id`, [tenantId]);
    expect(tasks).toEqual([
      { account_id: 'acct-medicaid-late', kind: 'presumptive_assistance' },
      { account_id: 'acct-medicaid-old', kind: 'presumptive_assistance' },
    ]);

    const config = loadOutreachConfig();
    const pass = (now: Date) => runOrchestrationPass({ database, now, publicUrl: 'https://pay.example', config, tenantId, batchSize: 10 });
    await pass(NOW);
    const steps = async () =>
      Object.fromEntries(
        (await database.query<{ account_id: string; steps: string[] }>(
          `select account_id, array_agg(step order by at) as steps from communications where tenant_id = $1 and direction = 'outbound' group by account_id`,
          [tenantId],
        )).map((r) => [r.account_id, r.steps]),
      );
    expect(await steps()).toEqual({
      'acct-medicaid-late': ['assistance-offer'],
      'acct-medicaid-old': ['assistance-offer'],
      'acct-commercial-late': ['gentle-reminder'],
    });
    // Days later the account past day 105 is still not sent the final notice (its escalation waits).
    for (const days of [2, 5, 9]) await pass(new Date(NOW.getTime() + days * 86_400_000));
    const later = await steps();
    expect(later['acct-medicaid-old']).not.toContain('final-notice');
    expect(later['acct-medicaid-old']?.[0]).toBe('assistance-offer');
    expect(later['acct-medicaid-late']?.[0]).toBe('assistance-offer');
  }, 60_000);
});
