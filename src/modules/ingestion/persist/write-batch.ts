import { bulkInsert, rows, sqlFromText, type BulkColumn, type Queryable, type Tx } from '../../../platform/db/index.js';
import { fieldCipher } from '../../../platform/crypto/index.js';
import type { NewLedgerEntry } from '../../ledger/index.js';
import { contactBlindIndex, personBlindIndexes, personReportingKeys } from '../../people/index.js';
import { sealRecord, type RecordFacts } from './record-envelope.js';
import { deceasedHoldId, type AccountRow, type CoverageRow, type PersonRow } from './project-records.js';

/**
 * The rows one ingestion batch writes, already projected in JS. Each table is written with one
 * set-based statement whose columns travel as arrays (`unnest`, see bulkInsert): no per-row SQL
 * building in Node, and PostgreSQL parses an array literal about twice as fast as the same rows
 * as JSON objects (json_to_recordset), see docs/ingestion.md, "Throughput into the database".
 */
export interface BatchWrites {
  placeholderPersons: { id: string; externalRef: string }[];
  persons: PersonRow[];
  contacts: { id: string; personId: string; system: 'email' | 'phone'; value: string }[];
  deceased: string[];
  placeholderAccounts: { id: string; personId: string; externalRef: string; serviceDate: string | null }[];
  accounts: AccountRow[];
  entries: NewLedgerEntry[];
  claimRefs: { ref: string; accountId: string }[];
  /** The front desk's copies of the batch's Coverage records (their persons are among the above). */
  coverages: CoverageRow[];
}

/** One ingested record version: `data` is its JSON text (encrypted here), `facts` what SQL reads of it. */
export interface RecordWrite {
  kind: string;
  key: string;
  hash: string;
  data: string;
  facts: RecordFacts | null;
  personId: string | null;
  accountId: string | null;
}

/** Runs one raw statement in the batch's transaction (either driver). */
export function run<T = Record<string, unknown>>(tx: Tx, text: string, params: unknown[] = []): Promise<T[]> {
  return rows<T>(tx, sqlFromText(text, params));
}

const col = <T>(name: string, type: string, value: (row: T) => unknown): BulkColumn<T> => ({ name, type, value });

export async function writeDomainRows(tx: Tx, tenantId: string, w: BatchWrites, now: Date, fallbackZone: string): Promise<void> {
  const tenant = { name: 'tenant_id', type: 'text', value: () => tenantId };
  const at = (name: string) => ({ name, type: 'timestamptz', value: () => now });
  // PHI is encrypted here, in one pass over the batch, with the process's cipher (keys reused).
  const cipher = fieldCipher();
  const unknown = personBlindIndexes({ givenName: 'Unknown', familyName: 'Unknown' }, cipher);
  // Referenced-but-unseen patients get a placeholder the Patient record fills in later.
  await bulkInsert<BatchWrites['placeholderPersons'][number]>(tx, 'persons', [
    col('id', 'text', (p) => p.id), tenant, col('external_ref', 'text', (p) => p.externalRef),
    col('kind', 'text', () => 'patient'), col('given_name', 'text', () => cipher.encrypt('Unknown')), col('family_name', 'text', () => cipher.encrypt('Unknown')),
    col('name_bidx', 'text', () => unknown.nameBidx), col('family_bidx', 'text', () => unknown.familyBidx),
    col('language', 'text', () => 'en'), col('time_zone', 'text', () => fallbackZone),
  ], w.placeholderPersons, { onConflict: 'do nothing' });
  const persons = w.persons.map((p) => ({
    p,
    givenName: cipher.encrypt(p.givenName),
    familyName: cipher.encrypt(p.familyName),
    birthDate: cipher.encryptNullable(p.birthDate),
    addressLine: cipher.encryptNullable(p.addressLine),
    city: cipher.encryptNullable(p.city),
    postalCode: cipher.encryptNullable(p.postalCode),
    ...personBlindIndexes(p, cipher),
    ...personReportingKeys(p),
  }));
  await bulkInsert<(typeof persons)[number]>(tx, 'persons', [
    col('id', 'text', (e) => e.p.id), tenant, col('external_ref', 'text', (e) => e.p.externalRef), col('kind', 'text', () => 'patient'),
    col('given_name', 'text', (e) => e.givenName), col('family_name', 'text', (e) => e.familyName), col('birth_date', 'text', (e) => e.birthDate),
    col('name_bidx', 'text', (e) => e.nameBidx), col('family_bidx', 'text', (e) => e.familyBidx), col('birth_bidx', 'text', (e) => e.birthBidx),
    col('birth_year', 'text', (e) => e.birthYear), col('zip3', 'text', (e) => e.zip3),
    col('sex', 'text', (e) => e.p.sex), col('language', 'text', (e) => e.p.language), col('address_line', 'text', (e) => e.addressLine),
    col('city', 'text', (e) => e.city), col('state', 'text', (e) => e.p.state), col('postal_code', 'text', (e) => e.postalCode),
    col('time_zone', 'text', (e) => e.p.timeZone), col('extra_time_zones', 'text', (e) => `{${e.p.extraTimeZones.map((z) => `"${z}"`).join(',')}}`),
    col('deceased', 'boolean', (e) => e.p.deceased), at('updated_at'),
  ], persons, {
    onConflict: `(tenant_id, id) do update set given_name = excluded.given_name, family_name = excluded.family_name, birth_date = excluded.birth_date, sex = excluded.sex,
      name_bidx = excluded.name_bidx, family_bidx = excluded.family_bidx, birth_bidx = excluded.birth_bidx, birth_year = excluded.birth_year, zip3 = excluded.zip3,
      language = excluded.language, address_line = excluded.address_line, city = excluded.city, state = excluded.state, postal_code = excluded.postal_code,
      time_zone = excluded.time_zone, extra_time_zones = excluded.extra_time_zones, deceased = excluded.deceased, updated_at = excluded.updated_at`,
    cast: { extra_time_zones: 'text[]' },
  });
  await bulkInsert<BatchWrites['contacts'][number]>(tx, 'contact_points', [
    col('id', 'text', (c) => c.id), tenant, col('person_id', 'text', (c) => c.personId), col('system', 'text', (c) => c.system),
    col('value', 'text', (c) => cipher.encrypt(c.value)), col('value_bidx', 'text', (c) => contactBlindIndex(c.system, c.value, cipher)),
    col('use', 'text', () => 'home'), col('rank', 'int', () => 1), col('verified', 'boolean', () => false),
  ], w.contacts, { onConflict: 'do nothing' });
  await bulkInsert<string>(tx, 'holds', [
    col('id', 'text', (personId) => deceasedHoldId(personId)), tenant, col('person_id', 'text', (personId) => personId), col('type', 'text', () => 'deceased'),
    at('since'), col('reason', 'text', () => 'Source record says the patient has died'), col('created_by', 'text', () => 'ingestion'),
  ], w.deceased, { onConflict: 'do nothing' });
  // Accounts only referenced by claims/EOBs so far; the Encounter fills them in.
  await bulkInsert<BatchWrites['placeholderAccounts'][number]>(tx, 'accounts', [
    col('id', 'text', (a) => a.id), tenant, col('person_id', 'text', (a) => a.personId),
    col('external_ref', 'text', (a) => a.externalRef), col('status', 'text', () => 'open'), col('service_date', 'date', (a) => a.serviceDate),
  ], w.placeholderAccounts, { onConflict: 'do nothing' });
  await bulkInsert<AccountRow>(tx, 'accounts', [
    col('id', 'text', (a) => a.id), tenant, col('person_id', 'text', (a) => a.personId), col('external_ref', 'text', (a) => a.externalRef),
    col('facility', 'text', (a) => a.facility), col('status', 'text', () => 'open'), col('service_date', 'date', (a) => a.serviceDate),
    col('discharge_date', 'date', (a) => a.dischargeDate), at('updated_at'),
  ], w.accounts, {
    onConflict: `(tenant_id, id) do update set facility = excluded.facility, service_date = excluded.service_date, discharge_date = excluded.discharge_date,
      person_id = excluded.person_id, updated_at = excluded.updated_at`,
  });
  await bulkInsert<NewLedgerEntry>(tx, 'ledger_entries', [
    col('id', 'text', (e) => e.id), tenant, col('account_id', 'text', (e) => e.accountId), col('kind', 'text', (e) => e.kind),
    col('amount_cents', 'bigint', (e) => e.amountCents), col('bucket', 'text', (e) => e.bucket), col('effective_on', 'date', (e) => e.effectiveOn),
    at('posted_at'), col('source', 'text', () => 'ingest'), col('source_ref', 'text', (e) => e.sourceRef), col('memo', 'text', (e) => e.memo ?? null),
  ], w.entries, { onConflict: 'do nothing' });
  await insertCoverages(tx, tenantId, w.coverages, now);
  await bulkInsert<BatchWrites['claimRefs'][number]>(tx, 'ingested_claim_refs', [tenant, col('ref', 'text', (r) => r.ref), col('account_id', 'text', (r) => r.accountId)], w.claimRefs, {
    onConflict: 'do nothing',
  });
}

/**
 * Copies ingested coverage into the front desk's list (`patient_coverages`), where an eligibility
 * answer can be kept on it. A copy is made once: a later version of the record, or a re-run,
 * leaves the row (and any eligibility answer on it) as it is. `existingPersonsOnly` skips a row
 * whose person was never written (the start-up backfill meets records whose patient never came).
 */
export async function insertCoverages(q: Queryable, tenantId: string, coverages: readonly CoverageRow[], createdAt: Date | ((c: CoverageRow) => Date), opts: { existingPersonsOnly?: boolean } = {}): Promise<number> {
  const inserted = await bulkInsert<CoverageRow, { id: string }>(q, 'patient_coverages', [
    col('id', 'text', (c) => c.id), { name: 'tenant_id', type: 'text', value: () => tenantId }, col('person_id', 'text', (c) => c.personId),
    col('source', 'text', () => 'ingested'), col('source_key', 'text', (c) => c.sourceKey), col('payer_id', 'text', (c) => c.payerId),
    col('payer_name', 'text', (c) => c.payerName), col('member_id', 'text', (c) => c.memberId), col('group_id', 'text', (c) => c.groupId),
    col('plan_name', 'text', (c) => c.planName), col('relationship', 'text', (c) => c.relationship), col('priority', 'int', (c) => c.priority),
    col('created_at', 'timestamptz', (c) => (typeof createdAt === 'function' ? createdAt(c) : createdAt)),
  ], coverages, {
    onConflict: 'do nothing',
    returning: 'id',
    ...(opts.existingPersonsOnly ? { where: 'exists (select 1 from persons p where p.tenant_id = x.tenant_id and p.id = x.person_id)' } : {}),
  });
  return inserted.length;
}

/**
 * Writes the batch's changed record versions: the replaced versions move to history first, then
 * one upsert by natural key.
 */
export async function writeRecordVersions(tx: Tx, tenantId: string, runId: string, records: RecordWrite[], updatedKeys: { kind: string; key: string }[], now: Date): Promise<void> {
  if (updatedKeys.length) {
    await run(tx, `insert into ingested_record_history (tenant_id, kind, key, content_hash, data, replaced_at, replaced_by_run)
      select r.tenant_id, r.kind, r.key, r.content_hash, r.data, $4, $5
      from unnest($2::text[], $3::text[]) as x(kind, key) join ingested_records r on r.tenant_id = $1 and r.kind = x.kind and r.key = x.key`,
      [tenantId, updatedKeys.map((k) => k.kind), updatedKeys.map((k) => k.key), now.toISOString(), runId]);
  }
  // The history copy above moves the ciphertext as it is (rotation re-encrypts history too).
  const cipher = fieldCipher();
  await bulkInsert<RecordWrite>(tx, 'ingested_records', [
    col('tenant_id', 'text', () => tenantId), col('kind', 'text', (r) => r.kind), col('key', 'text', (r) => r.key),
    col('content_hash', 'text', (r) => r.hash), col('data', 'text', (r) => sealRecord(cipher, r.data)),
    col('facts', 'jsonb', (r) => r.facts), col('person_id', 'text', (r) => r.personId),
    col('account_id', 'text', (r) => r.accountId), col('first_run_id', 'text', () => runId), col('last_run_id', 'text', () => runId),
    col('created_at', 'timestamptz', () => now), col('updated_at', 'timestamptz', () => now),
  ], records, {
    onConflict: `(tenant_id, kind, key) do update set content_hash = excluded.content_hash, data = excluded.data, facts = excluded.facts, person_id = excluded.person_id,
      account_id = excluded.account_id, last_run_id = excluded.last_run_id, updated_at = excluded.updated_at`,
  });
}
