import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { AccessContext } from '../../../platform/audit/index.js';
import { ManualClock } from '../../../platform/clock/index.js';
import { describeDb } from '../../../platform/db/testing.js';
import { createTenant } from '../../identity/index.js';
import { verifyLedger } from '../../ledger/index.js';
import { ingestFiles } from './index.js';
import { decryptPersonFields, personBlindIndexes } from '../../people/index.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const files = ['small-bundle.json', 'balances.csv', 'remit.835'].map((f) => join(FIXTURES, f));

describeDb('ingesting FHIR, X12 835 and CSV balances into the ledger', (getDb) => {
  let ctx: AccessContext;
  beforeAll(async () => {
    const { tenantId } = await createTenant(getDb().db, { slug: 'ingest-test', name: 'Ingest Test', kind: 'provider' });
    ctx = { tenantId, actor: { kind: 'user', id: 'billing-1', roles: ['billing_specialist'] }, purpose: 'operations', clock: new ManualClock('2026-11-01T12:00:00Z') };
  });

  const account = async (ref: string) =>
    (await getDb().query<{ status: string; balance_cents: number; insurance_pending_cents: number; patient_due_cents: number }>(
      'select status, balance_cents, insurance_pending_cents, patient_due_cents from accounts where tenant_id = $1 and external_ref = $2',
      [ctx.tenantId, ref],
    ))[0];

  it('keeps every valid record, reports each bad one precisely, and balances the ledger', async () => {
    const s = await ingestFiles(getDb(), ctx, files);
    expect({ patients: s.patients, encounters: s.encounters, claims: s.claims, eobs: s.eobs, balances: s.balances }).toEqual({ patients: 1, encounters: 2, claims: 2, eobs: 1, balances: 2 });
    expect(s.remittances).toMatchObject({ files: 1, claims: 2, paidCents: 15000, patientResponsibilityCents: 10000, unmatched: 1 });
    expect(s.remittances.adjustmentsCents).toEqual({ CO: 80000, PR: 10000, OA: 0, PI: 0, CR: 0 });
    expect(s.rejected).toBe(3);
    expect(s.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: files[1], line: 4, field: expect.stringMatching(/charges/i) }),
        expect.objectContaining({ file: files[1], line: 5, field: 'balance' }),
        expect.objectContaining({ file: files[2], field: 'CLP04' }),
      ]),
    );
    // The MRI visit: insurance paid, the contract took some off, deductible + copay are the patient's.
    expect(await account('Encounter/e-1')).toEqual({ status: 'patient_due', balance_cents: 30000, insurance_pending_cents: 0, patient_due_cents: 30000 });
    // The ER visit was waiting on insurance until the 835 paid it (matched by patient control number).
    expect(await account('Encounter/e-2')).toEqual({ status: 'patient_due', balance_cents: 10000, insurance_pending_cents: 0, patient_due_cents: 10000 });
    expect(await account('A-100')).toMatchObject({ patient_due_cents: 20000 });
    // The first statement (the 501(r) clock) is marked once the patient owes and no insurer is pending.
    const dates = await getDb().query<{ external_ref: string; first_statement_on: string | null; due_on: string | null }>(
      `select external_ref, first_statement_on, due_on from accounts where tenant_id = $1 and external_ref in ('A-100', 'Encounter/e-1') order by external_ref`, [ctx.tenantId]);
    expect(dates).toEqual([
      { external_ref: 'A-100', first_statement_on: '2026-11-01', due_on: '2026-12-01' },
      { external_ref: 'Encounter/e-1', first_statement_on: '2026-11-01', due_on: '2026-12-01' },
    ]);
    expect((await verifyLedger(getDb(), ctx.tenantId)).ok).toBe(true);
    // Names are stored encrypted: the person is found by the blind index of the family name.
    const [ana] = await getDb().query<{ language: string; time_zone: string; family_name: string }>(
      `select language, time_zone, family_name from persons where tenant_id = $1 and family_bidx = $2`, [ctx.tenantId, personBlindIndexes({ givenName: '', familyName: 'RIVERA' }).familyBidx]);
    expect(ana).toMatchObject({ language: 'es', time_zone: 'America/Phoenix' });
    expect(ana!.family_name).not.toContain('Rivera');
    expect(decryptPersonFields(ana!).family_name).toBe('Rivera');
    const quarantine = await getDb().query<{ n: number }>(`select count(*)::int n from ingestion_rejections where tenant_id = $1 and status = 'open'`, [ctx.tenantId]);
    expect(quarantine[0]?.n).toBe(3);
    const writes = await getDb().query<{ n: number }>(`select count(*)::int n from audit_log where tenant_id = $1 and action = 'write' and record_type = 'person'`, [ctx.tenantId]);
    expect(writes[0]?.n).toBeGreaterThanOrEqual(3);
  });

  it('changes nothing when the same files come again', async () => {
    const before = await getDb().query<{ n: number }>('select count(*)::int n from ledger_entries');
    const s = await ingestFiles(getDb(), ctx, files);
    expect(s.created).toBe(0);
    expect(s.updated).toBe(0);
    expect(s.unchanged).toBeGreaterThan(0);
    expect((await getDb().query<{ n: number }>('select count(*)::int n from ledger_entries'))[0]?.n).toBe(before[0]?.n);
  });

  it('updates a corrected record in place, keeps its history and moves the ledger by reversal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindly-ingest-'));
    const corrected = join(dir, 'balances.csv');
    writeFileSync(corrected, readFileSync(files[1]!, 'utf8').replace('A-101,Kim,Park,1981-05-06,08/15/2026,500.00,0,0,100.00,400.00', 'A-101,Kim,Park,1981-05-06,08/15/2026,500.00,0,0,200.00,300.00'));
    const s = await ingestFiles(getDb(), ctx, [corrected]);
    expect(s.updated).toBe(1);
    expect(s.created).toBe(0);
    expect(await account('A-101')).toMatchObject({ patient_due_cents: 30000 });
    const history = await getDb().query<{ n: number }>(`select count(*)::int n from ingested_record_history where tenant_id = $1 and key like 'balance|A-101%'`, [ctx.tenantId]);
    expect(history[0]?.n).toBe(1);
    expect((await verifyLedger(getDb(), ctx.tenantId)).ok).toBe(true);
  });
});
