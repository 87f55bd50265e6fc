import { sql } from 'drizzle-orm';
import { fieldCipher } from '../../../platform/crypto/index.js';
import { rows, type Queryable } from '../../../platform/db/index.js';
import { openRecord } from './record-envelope.js';
import type { ClaimRecord, CoverageRecord, RemittanceRecord } from '../types.js';

export interface StoredRecord<T> {
  key: string;
  data: T;
  accountId: string | null;
  personId: string | null;
  receivedAt: Date;
}

type Row = { key: string; data: unknown; account_id: string | null; person_id: string | null; created_at: Date | string };
/** Every read of an ingested record goes through here: `data` is encrypted (record-envelope.ts). */
const stored = <T>(r: Row): StoredRecord<T> => ({
  key: r.key,
  data: openRecord<T>(fieldCipher(), r.data),
  accountId: r.account_id,
  personId: r.person_id,
  receivedAt: new Date(r.created_at),
});

/**
 * 835 claim payments that may need the billing office: denied (CLP02 4) or paid less than charged.
 * Newest first; `accountId`/`personId` are set when the payment matched an account.
 */
export async function listRemittancesForReview(q: Queryable, tenantId: string, opts: { limit?: number } = {}): Promise<Array<StoredRecord<RemittanceRecord>>> {
  const found = await rows<Row>(
    q,
    sql`select r.key, r.data, r.account_id, a.person_id, r.created_at
     from ingested_records r left join accounts a on a.tenant_id = r.tenant_id and a.id = r.account_id
     where r.tenant_id = ${tenantId} and r.kind = 'remittance'
       and (r.facts->>'claimStatusCode' = '4' or (r.facts->>'paidCents')::bigint < coalesce((r.facts->>'chargeCents')::bigint, 0))
     order by r.created_at desc, r.key limit ${opts.limit ?? 2000}`,
  );
  return found.map((r) => stored<RemittanceRecord>(r));
}

/** One stored 835 claim payment by key (null when absent). */
export async function getRemittance(q: Queryable, tenantId: string, key: string): Promise<StoredRecord<RemittanceRecord> | null> {
  const found = await rows<Row>(
    q,
    sql`select r.key, r.data, r.account_id, a.person_id, r.created_at
     from ingested_records r left join accounts a on a.tenant_id = r.tenant_id and a.id = r.account_id
     where r.tenant_id = ${tenantId} and r.kind = 'remittance' and r.key = ${key}`,
  );
  return found[0] ? stored<RemittanceRecord>(found[0]) : null;
}

/**
 * X12 837 claims received before `receivedBefore` that no 835 claim payment has answered yet
 * (matched by CLM01 = CLP01). Oldest first.
 */
export async function listUnremittedClaims(q: Queryable, tenantId: string, receivedBefore: Date, opts: { limit?: number; key?: string } = {}): Promise<Array<StoredRecord<ClaimRecord>>> {
  const only = opts.key === undefined ? sql`` : sql`and c.key = ${opts.key}`;
  const found = await rows<Row>(
    q,
    sql`select c.key, c.data, c.account_id, c.person_id, c.created_at
     from ingested_records c
     where c.tenant_id = ${tenantId} and c.kind = 'claim' and c.key like '837|%' and c.created_at <= ${receivedBefore.toISOString()}::timestamptz ${only}
       and not exists (
         select 1 from ingested_records r
         where r.tenant_id = c.tenant_id and r.kind = 'remittance'
           and r.facts->>'patientControlNumber' = c.facts->>'claimRef')
     order by c.created_at, c.key limit ${opts.limit ?? 2000}`,
  );
  return found.map((r) => stored<ClaimRecord>(r));
}

/** One stored record of any kind by key (null when absent). */
export async function getIngestedRecord<T>(q: Queryable, tenantId: string, kind: string, key: string): Promise<StoredRecord<T> | null> {
  const found = await rows<Row>(
    q,
    sql`select key, data, account_id, person_id, created_at from ingested_records where tenant_id = ${tenantId} and kind = ${kind} and key = ${key}`,
  );
  return found[0] ? stored<T>(found[0]) : null;
}

/**
 * Every tenant's ingested coverage records that name a person, in (tenant, key) order, the page
 * after `after` (the start-up copy into the front desk's list pages through them).
 */
export async function pageCoverageRecords(q: Queryable, after: { tenantId: string; key: string }, limit: number): Promise<Array<StoredRecord<CoverageRecord> & { tenantId: string }>> {
  const found = await rows<Row & { tenant_id: string }>(
    q,
    sql`select tenant_id, key, data, account_id, person_id, created_at from ingested_records
        where kind = 'coverage' and person_id is not null and (tenant_id, key) > (${after.tenantId}, ${after.key})
        order by tenant_id, key limit ${limit}`,
  );
  return found.map((r) => ({ ...stored<CoverageRecord>(r), tenantId: r.tenant_id }));
}
