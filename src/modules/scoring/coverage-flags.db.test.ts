import { expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { createTenant } from '../identity/index.js';

describeDb('the payer flags of a coverage', (getDb) => {
  it('are set when a coverage is written and follow later changes of its payer and plan names', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'coverage-flags', name: 'Flag Clinic', kind: 'provider', state: 'OH' });
    await database.query(`insert into persons (id, tenant_id, external_ref, given_name, family_name, time_zone, state) values ('p-flags', $1, 'p-flags', 'Pat', 'Hill', 'America/New_York', 'OH')`, [tenantId]);
    const coverages: Array<[string, string, string | null]> = [
      ['c-caid', 'Ohio MEDICAID', null],
      ['c-medical', 'Medi-Cal', null],
      ['c-plan', 'Acme Health', 'Acme Medicaid Managed Care'],
      ['c-care', 'Medicare Part B', null],
      ['c-care-plan', 'Acme Health', 'Medicare Advantage'],
      ['c-plain', 'Acme Health', null],
    ];
    for (const [id, payer, plan] of coverages) {
      await database.query(
        `insert into patient_coverages (id, tenant_id, person_id, source, payer_name, member_id, plan_name, created_at) values ($1, $2, 'p-flags', 'front_desk', $3, $1, $4, now())`,
        [id, tenantId, payer, plan],
      );
    }
    // An eligibility check may fill in the plan name afterwards.
    await database.query(`update patient_coverages set plan_name = 'Buckeye Medicaid' where tenant_id = $1 and id = 'c-plain'`, [tenantId]);
    const rows = await database.query<{ id: string; names_medicaid: boolean; names_medicare: boolean }>(
      `select id, names_medicaid, names_medicare from patient_coverages where tenant_id = $1 order by id`,
      [tenantId],
    );
    expect(rows).toEqual([
      { id: 'c-caid', names_medicaid: true, names_medicare: false },
      { id: 'c-care', names_medicaid: false, names_medicare: true },
      { id: 'c-care-plan', names_medicaid: false, names_medicare: true },
      { id: 'c-medical', names_medicaid: true, names_medicare: false },
      { id: 'c-plain', names_medicaid: true, names_medicare: false },
      { id: 'c-plan', names_medicaid: true, names_medicare: false },
    ]);
  });
});
