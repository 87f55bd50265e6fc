import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { AccessContext } from '../../src/platform/audit/index.js';
import { ManualClock } from '../../src/platform/clock/index.js';
import { fieldCipher, installFieldEncryption, parseKeys, reencryptTables } from '../../src/platform/crypto/index.js';
import { TEST_ENCRYPTION_KEY } from '../../src/platform/crypto/testing.js';
import { describeDb } from '../../src/platform/db/testing.js';
import { assistanceApplications } from '../../src/modules/assistance/index.js';
import { listDenials } from '../../src/modules/claims/index.js';
import { listCoverages } from '../../src/modules/frontdesk/index.js';
import { createTenant } from '../../src/modules/identity/index.js';
import { getIngestedRecord, ingestFiles, ingestionRejections, ingestionRuns } from '../../src/modules/ingestion/index.js';
import type { PatientRecord } from '../../src/modules/ingestion/index.js';
import { getAccount } from '../../src/modules/workspace/index.js';
import { sharedDataDir } from '../../src/platform/shared-data/index.js';
import { ENCRYPTED_TABLES } from '../../src/server/encryption.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'src', 'modules', 'ingestion', 'fixtures');
// A Synthea bundle from the third-party data beside the repo; on a fresh clone (absent) the 837,
// 835 and NDJSON patients below still carry names, birth dates and addresses.
const SHARED = sharedDataDir(process.env.KINDLY_SHARED_DATA);
const SYNTHEA = SHARED ? join(SHARED, 'synthea', 'Assunta351_Dickens475_3d195286-ce77-f5b3-b64f-3eacfb9c273e.json') : null;
const ROTATED = `rot3:${Buffer.alloc(32, 3).toString('base64')}`;

// What the sources say about the patients (Synthea bundle, the 837 and 835 fixtures, a corrected
// NDJSON patient and a refused one): none of it may be readable in these tables without the key.
const SEEDED = [
  'Dickens', 'Assunta', 'Reinger', '1993-05-02', '611 Gibson Pathway', '555-523-6967',
  'TESTPATIENT', '19800214', '1980-02-14',
  'Quimby', 'Zephyrine', '1947-03-09', '12 Old Mill Lane', '77 New Mill Lane',
  'Ottoline', 'Vashti', '19390230', '4 Larkspur Row',
];
const INCOME = 4_321_987;

/**
 * The text around kx1: envelopes: a plain-text value is searched whole, but an envelope's
 * base64url ciphertext is random, and a long one can spell a short word ("...MOldrowq...") by chance.
 */
const outsideCiphertext = (v: string): string => v.replace(/kx\d+:[A-Za-z0-9]+:[A-Za-z0-9_-]+/g, '');

/** The stored text of every column that used to hold ingested PHI in plain text, value by value (nulls left out). */
async function storedText(q: { query: <T>(sql: string, params?: unknown[]) => Promise<T[]> }): Promise<Record<string, string[]>> {
  const read = async (table: string, column: string) => (await q.query<{ v: string | null }>(`select ${column}::text as v from ${table}`)).flatMap((r) => (r.v === null ? [] : [r.v]));
  return {
    'ingested_records.data': await read('ingested_records', 'data'),
    'ingested_record_history.data': await read('ingested_record_history', 'data'),
    'ingestion_rejections.raw': await read('ingestion_rejections', 'raw'),
    'ingestion_rejections.message': await read('ingestion_rejections', 'message'),
    'ingestion_rejections.file': await read('ingestion_rejections', 'file'),
    // File names (the Synthea file is named after its patient) and the runs' error lines.
    'ingestion_runs.files': await read('ingestion_runs', 'files'),
    'ingestion_runs.summary': await read('ingestion_runs', 'summary'),
    'assistance_applications.household': await read('assistance_applications', 'household'),
  };
}

describeDb('security: ingested records, the quarantine and assistance households are encrypted at rest', (getDb) => {
  const clock = new ManualClock('2026-10-20T15:00:00Z');
  let ctx: AccessContext;
  let dir: string;

  beforeAll(async () => {
    const { tenantId } = await createTenant(getDb().db, { slug: 'phi-at-rest', name: 'Riverbend Clinic', kind: 'provider' });
    ctx = { tenantId, actor: { kind: 'user', id: 'billing-1', roles: ['billing_specialist'] }, purpose: 'operations', clock };
    dir = mkdtempSync(join(tmpdir(), 'kindly-phi-at-rest-'));
  });

  const patient = (address: string) =>
    JSON.stringify({ resourceType: 'Patient', id: 'qz-1', name: [{ family: 'Quimby', given: ['Zephyrine'] }], birthDate: '1947-03-09', address: [{ line: [address], city: 'Columbus', state: 'OH', postalCode: '43215' }] });
  const refused = JSON.stringify({ resourceType: 'Patient', id: 'ov-1', name: [{ family: 'Vashti', given: ['Ottoline'] }], birthDate: '19390230', address: [{ line: ['4 Larkspur Row'], state: 'OH' }] });

  it('ingests a Synthea bundle, an 837, an 835, a corrected patient and a refused one', async () => {
    const first = join(dir, 'first.ndjson');
    const second = join(dir, 'second.ndjson');
    writeFileSync(first, patient('12 Old Mill Lane') + '\n' + refused + '\n');
    writeFileSync(second, patient('77 New Mill Lane') + '\n');
    const s = await ingestFiles(getDb(), ctx, [...(SYNTHEA ? [SYNTHEA] : []), join(FIXTURES, 'claims-bad-lines.837'), first]);
    expect(s.patients).toBe(SYNTHEA ? 3 : 2);
    expect(s.rejected).toBeGreaterThanOrEqual(4);
    clock.set('2026-11-20T15:00:00Z');
    const r = await ingestFiles(getDb(), ctx, [join(FIXTURES, 'remit-denial.835'), second]);
    expect(r.remittances).toMatchObject({ claims: 2, unmatched: 0 });
    expect(r.updated).toBe(1);
    const [person] = await getDb().query<{ person_id: string }>(`select person_id from ingested_records where tenant_id = $1 and kind = 'patient' and key = 'Patient/qz-1'`, [ctx.tenantId]);
    await getDb().db.insert(assistanceApplications).values({
      id: 'app-phi', tenantId: ctx.tenantId, personId: person!.person_id, status: 'submitted', receivedOn: '2026-11-20',
      household: { size: 3, annualIncomeCents: INCOME, state: 'OH', presumptive: [] }, noIncomeAttestation: false, language: 'en', channel: 'staff',
      missing: [], createdBy: 'billing-1', createdAt: clock.now(), updatedAt: clock.now(),
    });
  });

  it('no seeded name, birth date, address, phone or income is readable with SQL; every value is kx1: ciphertext', async () => {
    const stored = await storedText(getDb());
    expect(stored['ingested_records.data']!.length).toBeGreaterThan(SYNTHEA ? 100 : 10);
    expect(stored['ingested_record_history.data']!.length).toBe(1);
    expect(stored['ingestion_rejections.message']!.length).toBeGreaterThanOrEqual(4);
    expect(stored['ingestion_rejections.raw']!.length).toBeGreaterThanOrEqual(1);
    expect(stored['assistance_applications.household']!.length).toBe(1);
    expect(stored['ingestion_runs.summary']!.length).toBe(2);
    const hits: string[] = [];
    const notCiphertext: string[] = [];
    for (const [column, values] of Object.entries(stored)) {
      for (const v of values) {
        for (const s of [...SEEDED, String(INCOME)]) if (outsideCiphertext(v).includes(s)) hits.push(`${column}: ${s}`);
        if (!v.startsWith('kx1:test1:')) notCiphertext.push(`${column}: ${v.slice(0, 40)}`);
      }
    }
    expect(hits).toEqual([]);
    expect(notCiphertext).toEqual([]);
    // Nor in the plain facts kept beside the records.
    const facts = (await getDb().query<{ f: string }>('select facts::text f from ingested_records where facts is not null')).map((r) => r.f).join('\n');
    expect(SEEDED.filter((s) => facts.includes(s))).toEqual([]);
    // The check sees plain text where there is some: the facts SQL needs are beside the record.
    const [remit] = await getDb().query<{ facts: { claimStatusCode: string; patientControlNumber: string } }>(
      `select facts from ingested_records where tenant_id = $1 and kind = 'remittance' and facts->>'patientControlNumber' = 'RB-1001'`,
      [ctx.tenantId],
    );
    expect(remit!.facts).toMatchObject({ claimStatusCode: '4', patientControlNumber: 'RB-1001' });
  });

  it('the account 360, the denials worklist, coverages, stored records and the quarantine still read the values', async () => {
    const q = getDb().db;
    if (SYNTHEA) {
      const rec = await getIngestedRecord<PatientRecord>(q, ctx.tenantId, 'patient', 'Patient/3d195286-ce77-f5b3-b64f-3eacfb9c273e');
      expect(rec!.data.birthDate).toBe('1993-05-02');
      const [acct] = await getDb().query<{ id: string }>('select id from accounts where tenant_id = $1 and person_id = $2 order by id limit 1', [ctx.tenantId, rec!.personId]);
      const detail = await getAccount(q, ctx, acct!.id);
      expect(detail.person).toMatchObject({ familyName: expect.stringContaining('Dickens'), birthDate: '1993-05-02' });
    }
    const denial = (await listDenials({ q, ctx })).groups.flatMap((g) => g.items).find((i) => i.claimControlNumber === 'RB-1001');
    expect(denial).toMatchObject({ kind: 'denied', patientName: 'ALMA TESTPATIENT', payerName: 'PRAIRIE HEALTH PLAN' });
    const alma = await getDb().query<{ person_id: string }>(`select person_id from ingested_records where tenant_id = $1 and kind = 'coverage' and person_id is not null limit 1`, [ctx.tenantId]);
    const coverages = await listCoverages({ q, ctx, personId: alma[0]!.person_id });
    expect(coverages.map((c) => c.memberId)).toContain('MEM1001');
    const corrected = await getIngestedRecord<PatientRecord>(q, ctx.tenantId, 'patient', 'Patient/qz-1');
    expect(JSON.stringify(corrected!.data)).toContain('77 New Mill Lane');
    const [history] = await getDb().query<{ data: string }>('select data from ingested_record_history');
    expect(fieldCipher().decrypt(history!.data)).toContain('12 Old Mill Lane');
    const quarantine = await q.select().from(ingestionRejections);
    expect(quarantine.some((r) => (r.raw ?? '').includes('Vashti') && r.message.includes('19390230'))).toBe(true);
    const runs = await q.select().from(ingestionRuns);
    expect(runs.flatMap((r) => r.files).some((f) => f.endsWith('first.ndjson'))).toBe(true);
    expect(JSON.stringify(runs.map((r) => r.summary))).toContain('19390230');
    const [app] = await q.select().from(assistanceApplications);
    expect(app!.household).toMatchObject({ size: 3, annualIncomeCents: INCOME });
  });

  it('rows stored in plain text before encryption are encrypted at the next start, and keys rotate walks every table', async () => {
    const database = getDb();
    const legacy = JSON.stringify({ kind: 'patient', key: 'Patient/legacy', name: 'Legacyperson Oldrow', birthDate: '1950-01-01' });
    await database.query(
      `insert into ingested_records (tenant_id, kind, key, content_hash, data) values ($1, 'patient', 'Patient/legacy', 'h', $2)`,
      [ctx.tenantId, legacy],
    );
    await database.query(`insert into ingested_record_history (tenant_id, kind, key, content_hash, data, replaced_at) values ($1, 'patient', 'Patient/legacy', 'h0', $2, now())`, [ctx.tenantId, legacy]);
    await database.query(`insert into ingestion_rejections (id, tenant_id, run_id, file, message, raw, status, created_at) values ('rej-legacy', $1, 'r', 'f', 'birthDate "1950-02-30" is not a date', $2, 'open', now())`, [ctx.tenantId, legacy]);
    await database.query(`update assistance_applications set household = $1`, [JSON.stringify({ size: 2, annualIncomeCents: 1_234_567 })]);
    await database.query(`delete from app_settings where key = 'field_encryption'`);
    const started = await installFieldEncryption(database, { keyring: parseKeys(TEST_ENCRYPTION_KEY), tables: ENCRYPTED_TABLES });
    expect(started.backfill).toMatchObject({
      ingested_records: { encrypted: 1 }, ingested_record_history: { encrypted: 1 }, ingestion_rejections: { encrypted: 1 }, assistance_applications: { encrypted: 1 },
    });
    const after = Object.values(await storedText(database)).flat();
    expect(after.map(outsideCiphertext).filter((v) => v.includes('Oldrow') || v.includes('1950-0') || v.includes('1234567'))).toEqual([]);
    expect((await getIngestedRecord<{ name: string }>(database.db, ctx.tenantId, 'patient', 'Patient/legacy'))!.data.name).toBe('Legacyperson Oldrow');

    // Rotation pages through the composite key (tenant, kind, key) in small batches.
    const total = (await database.query<{ n: number }>('select count(*)::int n from ingested_records'))[0]!.n;
    const rotated = await installFieldEncryption(database, { keyring: parseKeys(`${TEST_ENCRYPTION_KEY},${ROTATED}`), tables: [] });
    const counts = await reencryptTables(database, rotated.cipher, ENCRYPTED_TABLES, 'rotate', 7);
    expect(counts.ingested_records!.reencrypted).toBe(total);
    expect(counts.ingested_record_history!.reencrypted).toBe(2);
    expect(counts.ingestion_rejections!.reencrypted).toBeGreaterThanOrEqual(5);
    expect(counts.assistance_applications!.reencrypted).toBe(1);
    expect(Object.values(await storedText(database)).flat().filter((v) => !v.startsWith('kx1:rot3:'))).toEqual([]);
    await installFieldEncryption(database, { keyring: parseKeys(ROTATED), tables: [] });
    expect((await getIngestedRecord<{ name: string }>(database.db, ctx.tenantId, 'patient', 'Patient/legacy'))!.data.name).toBe('Legacyperson Oldrow');
    expect((await listDenials({ q: database.db, ctx })).groups.flatMap((g) => g.items).map((i) => i.patientName)).toContain('ALMA TESTPATIENT');
    expect((await database.db.select().from(assistanceApplications))[0]!.household).toMatchObject({ annualIncomeCents: 1_234_567 });
  });
});

// Keeps the fixture honest: the Synthea patient above is the one in the file.
it.skipIf(!SYNTHEA)('the Synthea fixture holds the seeded patient', () => {
  const text = readFileSync(SYNTHEA!, 'utf8');
  for (const s of ['Dickens475', 'Assunta351', '1993-05-02', '611 Gibson Pathway']) expect(text).toContain(s);
});
