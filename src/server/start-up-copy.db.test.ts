import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ManualClock } from '../platform/clock/index.js';
import { describeDb } from '../platform/db/testing.js';
import { createTenant } from '../modules/identity/index.js';
import { ingestFiles } from '../modules/ingestion/index.js';
import { copyPendingData } from './runtime.js';

describeDb('the start-up step copies what migration 0045 marked pending', (getDb) => {
  it('copies coverage ingested before copies were made at ingestion, once, then marks the work done', async () => {
    const database = getDb();
    const { tenantId } = await createTenant(database.db, { slug: 'start-up-copy', name: 'Start-up Copy', kind: 'provider' });
    const ctx = { tenantId, actor: { kind: 'user' as const, id: 'billing-1', roles: ['billing_specialist' as const] }, purpose: 'operations' as const, clock: new ManualClock('2026-11-01T12:00:00Z') };
    const file = join(mkdtempSync(join(tmpdir(), 'kindly-start-up-')), 'bundle.json');
    writeFileSync(file, JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [
      { fullUrl: 'urn:uuid:p-1', resource: { resourceType: 'Patient', id: 'p-1', name: [{ family: 'Okafor', given: ['Ada'] }] } },
      { fullUrl: 'urn:uuid:cov-1', resource: { resourceType: 'Coverage', id: 'cov-1', beneficiary: { reference: 'urn:uuid:p-1' }, subscriberId: 'W123', payor: [{ display: 'Blue Valley Health Plan' }] } },
    ] }));
    await ingestFiles(database, ctx, [file]);
    // As a database looked before: the record ingested, no copy yet, the migration's marker pending.
    await database.query(`delete from patient_coverages where tenant_id = $1`, [tenantId]);
    await database.query(`insert into app_settings (key, value) values ('ingested_coverage_copy', 'pending') on conflict (key) do update set value = 'pending'`);
    const copies = () => database.query<{ member_id: string }>(`select member_id from patient_coverages where tenant_id = $1`, [tenantId]);
    await copyPendingData(database);
    expect(await copies()).toEqual([{ member_id: 'W123' }]);
    expect(await database.query(`select value from app_settings where key = 'ingested_coverage_copy'`)).toEqual([{ value: 'done' }]);
    // Done means done: later starts do not look again.
    await database.query(`delete from patient_coverages where tenant_id = $1`, [tenantId]);
    await copyPendingData(database);
    expect(await copies()).toEqual([]);
  });
});
