import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';
import { personSearchIndexes, readPersonNames } from '../people/index.js';

/*
 * Every query of the workspace that reads person names or contact values lives in this file. Those
 * columns are encrypted at rest, so a search goes through their blind indexes (people module):
 * exact match on the normalized full name, "Family, Given" or family name (accents, case, spaces
 * and hyphens ignored), the phone's digits or the email address. There is no prefix search on
 * encrypted names; account numbers, ids and MRNs are plain and match as typed.
 */

/** Lower case without accents ("Martínez" -> "martinez"). */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Account ids matching a free-text search: account id or number, MRN (the person's record number),
 * email, phone, last name or full name (accents and case ignored).
 */
export async function findAccountIdsMatching(q: Queryable, tenantId: string, text: string, limit = 500): Promise<string[]> {
  const raw = text.trim();
  if (!raw) return [];
  const idx = personSearchIndexes(raw);
  const personQueries = [sql`select p.id from persons p where p.tenant_id = ${tenantId} and p.external_ref in (${raw}, ${raw.toUpperCase()})`];
  if (idx.nameBidx.length) personQueries.push(sql`select p.id from persons p where p.tenant_id = ${tenantId} and p.name_bidx = any(${sql.param(idx.nameBidx)}::text[])`);
  if (idx.familyBidx.length) personQueries.push(sql`select p.id from persons p where p.tenant_id = ${tenantId} and p.family_bidx = any(${sql.param(idx.familyBidx)}::text[])`);
  const contacts = [...idx.phoneBidx, ...idx.emailBidx];
  if (contacts.length) personQueries.push(sql`select c.person_id from contact_points c where c.tenant_id = ${tenantId} and c.value_bidx = any(${sql.param(contacts)}::text[])`);
  const found = await rows<{ id: string }>(
    q,
    // A union of index probes rather than one OR: with the OR (or a hash join on the persons found)
    // the planner reads every account of the tenant; here each person found is one probe of
    // accounts_person, and the probes stop at the limit.
    sql`select a.id from accounts a where a.tenant_id = ${tenantId} and a.id = ${raw}
        union
        select a.id from accounts a where a.tenant_id = ${tenantId} and a.external_ref in (${raw}, ${raw.toUpperCase()})
        union
        (select a.id from (${sql.join(personQueries, sql` union `)}) p(id)
         cross join lateral (select a.id from accounts a where a.tenant_id = ${tenantId} and a.person_id = p.id offset 0) a
         limit ${limit})
        limit ${limit}`,
  );
  return found.map((r) => r.id);
}

/** Display names of persons, by id. */
export async function loadPersonNames(q: Queryable, tenantId: string, personIds: string[]): Promise<Map<string, string>> {
  const names = await readPersonNames(q, tenantId, personIds);
  return new Map([...names].map(([id, n]) => [id, n.name]));
}
