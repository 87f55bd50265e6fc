import { sql, type SQL } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';
import { personDisplayName, personSearchIndexes, readPersonNames } from '../people/index.js';

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
 * A SELECT of the accounts matching a free-text search: account id or number, MRN (the person's
 * record number), email, phone, last name or full name (accents and case ignored), at most `limit`
 * of them. `columns` is the select list over the matched account `a` (default: its id); a caller
 * that lists the accounts selects what it shows here, so `accounts` is read once. Null when the
 * text is empty. To use as a subquery, so the search and what it lists are one statement.
 */
export function accountsMatchingSql(tenantId: string, text: string, columns: SQL = sql`a.id`, limit = 500): SQL | null {
  const raw = text.trim();
  if (!raw) return null;
  const idx = personSearchIndexes(raw);
  const personQueries = [sql`select p.id from persons p where p.tenant_id = ${tenantId} and p.external_ref in (${raw}, ${raw.toUpperCase()})`];
  if (idx.nameBidx.length) personQueries.push(sql`select p.id from persons p where p.tenant_id = ${tenantId} and p.name_bidx = any(${sql.param(idx.nameBidx)}::text[])`);
  if (idx.familyBidx.length) personQueries.push(sql`select p.id from persons p where p.tenant_id = ${tenantId} and p.family_bidx = any(${sql.param(idx.familyBidx)}::text[])`);
  const contacts = [...idx.phoneBidx, ...idx.emailBidx];
  if (contacts.length) personQueries.push(sql`select c.person_id from contact_points c where c.tenant_id = ${tenantId} and c.value_bidx = any(${sql.param(contacts)}::text[])`);
  // A union of index probes rather than one OR: with the OR (or a hash join on the persons found)
  // the planner reads every account of the tenant; here each person found is one probe of
  // accounts_person, and the probes stop at the limit. The persons are a UNION ALL so they stream
  // (a UNION would first read and de-duplicate every person of a common family name); a person
  // found twice yields the same account ids, which the outer UNION removes.
  return sql`(select ${columns} from accounts a where a.tenant_id = ${tenantId} and a.id = ${raw}
        union
        select ${columns} from accounts a where a.tenant_id = ${tenantId} and a.external_ref in (${raw}, ${raw.toUpperCase()})
        union
        (select a.* from (${sql.join(personQueries, sql` union all `)}) p(id)
         cross join lateral (select ${columns} from accounts a where a.tenant_id = ${tenantId} and a.person_id = p.id offset 0) a
         limit ${sql.raw(String(Math.trunc(limit)))})
        limit ${sql.raw(String(Math.trunc(limit)))})`;
}

/** Account ids matching a free-text search (see accountsMatchingSql). */
export async function findAccountIdsMatching(q: Queryable, tenantId: string, text: string, limit = 500): Promise<string[]> {
  const matching = accountsMatchingSql(tenantId, text, sql`a.id`, limit);
  if (!matching) return [];
  return (await rows<{ id: string }>(q, sql`select id from ${matching} m`)).map((r) => r.id);
}

/**
 * Display names and languages of the persons shown on a page, read in the same statement that
 * writes the page's audit rows (`audit`, an INSERT from auditInsertSql): one round trip.
 */
export async function loadPersonNamesAudited(q: Queryable, tenantId: string, personIds: string[], audit: SQL): Promise<Map<string, { name: string; language: string }>> {
  const found = await rows<{ id: string; given_name: string; family_name: string; language: string }>(
    q,
    sql`with audited as (${audit})
        select p.id, p.given_name, p.family_name, p.language, (select count(*) from audited) as audited
        from persons p where p.tenant_id = ${tenantId} and p.id = any(${sql.param([...new Set(personIds)])}::text[])`,
  );
  const out = new Map<string, { name: string; language: string }>();
  for (const r of found) out.set(r.id, { name: personDisplayName(r.given_name, r.family_name), language: r.language });
  return out;
}

/** Display names of persons, by id. */
export async function loadPersonNames(q: Queryable, tenantId: string, personIds: string[]): Promise<Map<string, string>> {
  const names = await readPersonNames(q, tenantId, personIds);
  return new Map([...names].map(([id, n]) => [id, n.name]));
}
