import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installFieldEncryption, parseKeys } from '../../../platform/crypto/index.js';
import { TEST_BLIND_INDEX_SECRET, TEST_ENCRYPTION_KEY } from '../../../platform/crypto/testing.js';
import { closeTestDatabase, DB_TARGETS } from '../../../platform/db/testing.js';
import { migrate, MIGRATIONS_DIR, openDatabase, type Database } from '../../../platform/db/index.js';
import { parseFile } from '../parse-file.js';
import type { CanonicalRecord } from '../types.js';
import { recordVersion } from './project-records.js';
import { listRemittancesForReview, listUnremittedClaims } from './read-records.js';
import { INGESTION_ENCRYPTED_TABLES, recordFacts } from './record-envelope.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ENVELOPE = '0022_ingested_phi_encryption.sql';

async function records(file: string): Promise<CanonicalRecord[]> {
  const out: CanonicalRecord[] = [];
  for await (const e of parseFile(join(FIXTURES, file))) if (e.kind === 'claim' || e.kind === 'remittance' || e.kind === 'patient') out.push(e);
  return out;
}

// A database that ingested records before they were encrypted: its JSON goes through the
// migration (which derives the plain facts in SQL) and then the start-up step (which encrypts).
for (const kind of DB_TARGETS) {
  describe(`an installation upgraded from plain ingested records [${kind}]`, () => {
    let database: Database | undefined;
    // Every migration before the envelope's: the schema of an installation that ingested in plain text.
    beforeAll(async () => {
      const before = mkdtempSync(join(tmpdir(), 'kindly-migrations-'));
      for (const f of readdirSync(MIGRATIONS_DIR)) if (f.endsWith('.sql') && f < ENVELOPE) copyFileSync(join(MIGRATIONS_DIR, f), join(before, f));
      database = kind === 'postgresql' ? await openDatabase({ url: process.env.DATABASE_URL, schema: `t_${randomBytes(5).toString('hex')}`, maxConnections: 3 }) : await openDatabase();
      await migrate(database, before);
    });
    afterAll(async () => {
      if (database) await closeTestDatabase(database);
    });

    it('gets the same facts from the migration as new ingestion writes, and reads its denials and open claims after encryption', async () => {
      if (!database) throw new Error('database not ready');
      const recs = [...(await records('claims-bad-lines.837')), ...(await records('remit-denial.835'))];
      expect(recs.filter((r) => r.kind === 'remittance').length).toBe(2);
      await database.query(`insert into tenants (id, slug, name, kind) values ('t1', 't1', 'Upgraded', 'provider')`);
      for (const r of recs) {
        await database.query(`insert into ingested_records (tenant_id, kind, key, content_hash, data, created_at) values ('t1', $1, $2, 'h', $3::json, '2026-10-01T00:00:00Z')`, [r.kind, r.key, recordVersion(r).json]);
      }
      await migrate(database);
      const stored = await database.query<{ kind: string; key: string; facts: unknown; data: string }>('select kind, key, facts, data from ingested_records');
      for (const r of recs) {
        const row = stored.find((s) => s.kind === r.kind && s.key === r.key)!;
        expect(row.facts ?? null).toEqual(recordFacts(r));
      }
      await installFieldEncryption(database, { keyring: parseKeys(TEST_ENCRYPTION_KEY), tables: INGESTION_ENCRYPTED_TABLES, newBlindIndexSecret: TEST_BLIND_INDEX_SECRET });
      const after = await database.query<{ data: string }>('select data from ingested_records');
      expect(after.every((r) => r.data.startsWith('kx1:test1:') && !r.data.includes('TESTPATIENT'))).toBe(true);
      const review = await listRemittancesForReview(database.db, 't1');
      expect(review.map((r) => [r.data.patientControlNumber, r.data.claimStatusCode])).toContainEqual(['RB-1001', '4']);
      // Both claims are answered by the 835 (CLP01 = CLM01): no claim is left waiting.
      const waiting = await listUnremittedClaims(database.db, 't1', new Date('2027-01-01T00:00:00Z'));
      expect(waiting).toEqual([]);
      await database.query(`delete from ingested_records where kind = 'remittance'`);
      expect((await listUnremittedClaims(database.db, 't1', new Date('2027-01-01T00:00:00Z'))).map((c) => c.data.identifiers[0]!.value).sort()).toEqual(['RB-1001', 'RB-1005']);
    });
  });
}
