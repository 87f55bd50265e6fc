import type { EncryptedTable, FieldCipher } from '../../../platform/crypto/index.js';
import type { CanonicalRecord } from '../types.js';

/**
 * How an ingested record is stored. The canonical record holds PHI (FHIR Patient names, birth
 * dates and addresses; 835/837 patient and subscriber names), so its JSON text is encrypted as a
 * whole (`data`, `kx1:` text). The few values SQL filters and joins on travel beside it in plain
 * `facts` (jsonb): claim status and amounts, claim identifiers and encounter keys. These are codes,
 * cents and the provider's own references, which are plain elsewhere too (accounts.external_ref,
 * ingested_claim_refs, the record key), never a name, a date of birth or an address.
 */
export interface RecordFacts {
  /** Remittance (835 CLP02). */
  claimStatusCode?: string;
  /** Remittance (835 CLP04, CLP03). */
  paidCents?: number;
  chargeCents?: number;
  /** Remittance (835 CLP01): matched against a claim's first identifier. */
  patientControlNumber?: string;
  /** Claim: its first identifier (837 CLM01), which a remittance's CLP01 answers. */
  claimRef?: string;
  /** Claim: the first encounter it bills (the account an EOB of this claim belongs to). */
  accountKey?: string;
}

/** The plain facts stored beside a record, or null for kinds SQL never looks into. */
export function recordFacts(record: CanonicalRecord): RecordFacts | null {
  if (record.kind === 'remittance') {
    return { claimStatusCode: record.claimStatusCode, paidCents: record.paidCents, chargeCents: record.chargeCents, patientControlNumber: record.patientControlNumber };
  }
  if (record.kind === 'claim') {
    const facts: RecordFacts = {};
    const ref = record.identifiers[0]?.value;
    if (ref !== null && ref !== undefined) facts.claimRef = ref;
    const account = record.encounterKeys[0];
    if (account !== undefined) facts.accountKey = account;
    return facts;
  }
  return null;
}

/** The stored form of a record's JSON text (what `data` holds). */
export function sealRecord(cipher: FieldCipher, json: string): string {
  return cipher.encrypt(json);
}

/**
 * The record a stored `data` value holds. Rows written before encryption hold plain JSON text (or,
 * on the driver that parses json columns, an object) until the start-up step encrypts them.
 */
export function openRecord<T>(cipher: FieldCipher, data: unknown): T {
  if (typeof data !== 'string') return data as T;
  return JSON.parse(cipher.decrypt(data)) as T;
}

/** The ingestion tables with encrypted columns (key maintenance walks them; docs/encryption.md). */
export const INGESTION_ENCRYPTED_TABLES: EncryptedTable[] = [
  { table: 'ingested_records', key: ['tenant_id', 'kind', 'key'], text: ['data'] },
  { table: 'ingested_record_history', key: 'id', keyType: 'bigint', text: ['data'] },
  { table: 'ingestion_rejections', key: 'id', text: ['raw', 'message', 'file'] },
  { table: 'ingestion_runs', key: 'id', text: ['files', 'summary'] },
];
