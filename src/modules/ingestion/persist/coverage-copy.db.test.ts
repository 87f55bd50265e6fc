import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { AccessContext } from '../../../platform/audit/index.js';
import { ManualClock } from '../../../platform/clock/index.js';
import { describeDb } from '../../../platform/db/testing.js';
import { createTenant } from '../../identity/index.js';
import { copyIngestedCoverages, ingestFiles } from './index.js';

/** A FHIR bundle: a patient with a commercial plan and a self-pay marker, and a coverage whose patient comes in a later file. */
const bundle = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    { fullUrl: 'urn:uuid:p-1', resource: { resourceType: 'Patient', id: 'p-1', name: [{ family: 'Rivera', given: ['Ana'] }], birthDate: '1980-02-03' } },
    {
      fullUrl: 'urn:uuid:cov-1',
      resource: {
        resourceType: 'Coverage', id: 'cov-1', status: 'active', beneficiary: { reference: 'urn:uuid:p-1' }, subscriberId: 'W11122333', order: 1,
        payor: [{ display: 'Blue Valley Health Plan' }], class: [{ type: { coding: [{ code: 'group' }] }, value: 'G-77' }, { type: { coding: [{ code: 'plan' }] }, value: 'P-1', name: 'Gold PPO' }],
      },
    },
    { fullUrl: 'urn:uuid:cov-2', resource: { resourceType: 'Coverage', id: 'cov-2', status: 'active', beneficiary: { reference: 'urn:uuid:p-1' }, payor: [{ display: 'NO_INSURANCE' }] } },
    { fullUrl: 'urn:uuid:cov-3', resource: { resourceType: 'Coverage', id: 'cov-3', status: 'active', beneficiary: { reference: 'Patient/p-2' }, subscriberId: 'M-555', order: 2, payor: [{ display: 'Medicare' }] } },
  ],
};

describeDb('ingested coverage reaches the front desk when it is ingested', (getDb) => {
  let ctx: AccessContext;
  let file: string;
  const coverages = () =>
    getDb().query<{ person_id: string; source: string; source_key: string; payer_name: string; member_id: string; group_id: string | null; plan_name: string | null; priority: number; created_at: Date }>(
      `select c.person_id, c.source, c.source_key, c.payer_name, c.member_id, c.group_id, c.plan_name, c.priority, c.created_at from patient_coverages c where c.tenant_id = $1 order by c.source_key`,
      [ctx.tenantId],
    );
  beforeAll(async () => {
    const { tenantId } = await createTenant(getDb().db, { slug: 'coverage-copy', name: 'Coverage Copy', kind: 'provider' });
    ctx = { tenantId, actor: { kind: 'user', id: 'billing-1', roles: ['billing_specialist'] }, purpose: 'operations', clock: new ManualClock('2026-11-01T12:00:00Z') };
    file = join(mkdtempSync(join(tmpdir(), 'kindly-coverage-')), 'bundle.json');
    writeFileSync(file, JSON.stringify(bundle));
  });

  it('copies each billable coverage once at ingestion (not the self-pay marker), even before its patient arrives', async () => {
    const s = await ingestFiles(getDb(), ctx, [file]);
    expect(s.coverages).toBe(3);
    const rows = await coverages();
    expect(rows.map((r) => ({ ...r, person_id: r.person_id.length > 0, created_at: new Date(r.created_at).toISOString() }))).toEqual([
      { person_id: true, source: 'ingested', source_key: 'Coverage/cov-1', payer_name: 'Blue Valley Health Plan', member_id: 'W11122333', group_id: 'G-77', plan_name: 'Gold PPO', priority: 1, created_at: '2026-11-01T12:00:00.000Z' },
      { person_id: true, source: 'ingested', source_key: 'Coverage/cov-3', payer_name: 'Medicare', member_id: 'M-555', group_id: null, plan_name: null, priority: 2, created_at: '2026-11-01T12:00:00.000Z' },
    ]);
    // The coverage of the patient not yet received hangs on a placeholder the Patient record fills in later.
    const [placeholder] = await getDb().query<{ external_ref: string }>(`select p.external_ref from persons p join patient_coverages c on c.tenant_id = p.tenant_id and c.person_id = p.id where c.source_key = 'Coverage/cov-3'`);
    expect(placeholder?.external_ref).toBe('Patient/p-2');
  });

  it('adds nothing when the same file comes again, or when a corrected version of a coverage comes', async () => {
    await ingestFiles(getDb(), ctx, [file]);
    const changed = structuredClone(bundle);
    (changed.entry[1]!.resource as { subscriberId?: string }).subscriberId = 'W99999999';
    const again = join(mkdtempSync(join(tmpdir(), 'kindly-coverage-')), 'bundle.json');
    writeFileSync(again, JSON.stringify(changed));
    expect((await ingestFiles(getDb(), ctx, [again])).updated).toBe(1);
    // The copy is made once: an eligibility answer kept on it stays with the card the desk checked.
    expect((await coverages()).map((r) => [r.source_key, r.member_id])).toEqual([['Coverage/cov-1', 'W11122333'], ['Coverage/cov-3', 'M-555']]);
  });

  it('copies coverage ingested before copies were made at ingestion, dated when it was received, and is safe to run twice', async () => {
    const [received] = await getDb().query<{ created_at: Date }>(`select created_at from ingested_records where tenant_id = $1 and key = 'Coverage/cov-3'`, [ctx.tenantId]);
    await getDb().query(`delete from patient_coverages where tenant_id = $1`, [ctx.tenantId]);
    expect(await copyIngestedCoverages(getDb().db, { pageSize: 1 })).toBe(2);
    const rows = await coverages();
    expect(rows.map((r) => [r.source_key, r.member_id])).toEqual([['Coverage/cov-1', 'W99999999'], ['Coverage/cov-3', 'M-555']]);
    expect(new Date(rows[1]!.created_at).toISOString()).toBe(new Date(received!.created_at).toISOString());
    expect(await copyIngestedCoverages(getDb().db)).toBe(0);
    expect(await coverages()).toHaveLength(2);
  });
});
