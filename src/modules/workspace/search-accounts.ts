import { sql, type SQL } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';
import { personDisplayName, personSearchIndexes, readPersonNames } from '../people/index.js';
import { RANK_KEY_SQL } from './worklist-priority.js';

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
  const cap = sql.raw(String(Math.trunc(limit)));
  const people = peopleMatchingSql(tenantId, raw, limit, sql``);
  // A union of index probes rather than one OR: with the OR (or a hash join on the persons found)
  // the planner reads every account of the tenant; here each person found is one probe of
  // accounts_person, and the probes stop at the limit. The persons are a UNION ALL so they stream
  // (a UNION would first read and de-duplicate every person of a common family name); a person
  // found twice yields the same account ids, which the outer UNION removes.
  return sql`(select ${columns} from accounts a where a.tenant_id = ${tenantId} and a.id = ${raw}
        union
        select ${columns} from accounts a where a.tenant_id = ${tenantId} and a.external_ref in (${raw}, ${raw.toUpperCase()})
        union
        (select a.* from (${people}) p(id)
         cross join lateral (select ${columns} from accounts a where a.tenant_id = ${tenantId} and a.person_id = p.id offset 0) a
         limit ${cap})
        limit ${cap})`;
}

/**
 * The people a search term finds, as one UNION ALL in the order their accounts are taken: by MRN,
 * then per blind index value (full name forms, then family name), then by phone or email. `extra`
 * adds columns of `p` to the name and MRN branches, and the same number of nulls to the contact
 * branch (written as `, x, y`).
 */
function peopleMatchingSql(tenantId: string, raw: string, limit: number, extra: SQL, nulls: SQL = sql``): SQL {
  const idx = personSearchIndexes(raw);
  const cap = sql.raw(String(Math.trunc(limit)));
  // The people with one blind index value, in the index's order (for equal keys, the rows' order
  // in the table). The first `limit` of them come from an index scan that stops there; the rest,
  // in the same order, are read only if those people hold fewer than `limit` accounts (some people
  // hold none). As one scan, a common family name (40,000 people at 1M) first built a bitmap of
  // every one of them.
  const byIndexValue = (column: 'name_bidx' | 'family_bidx', value: string) => {
    const where = sql`p.tenant_id = ${tenantId} and p.${sql.raw(column)} = ${value}`;
    return sql`(select p.id${extra} from persons p where ${where} limit ${cap}) union all (select p.id${extra} from persons p where ${where} offset ${cap})`;
  };
  const personQueries = [sql`select p.id${extra} from persons p where p.tenant_id = ${tenantId} and p.external_ref in (${raw}, ${raw.toUpperCase()})`];
  for (const v of idx.nameBidx) personQueries.push(byIndexValue('name_bidx', v));
  for (const v of idx.familyBidx) personQueries.push(byIndexValue('family_bidx', v));
  // One equality per value with its system, so the whole key of contact_points_lookup is bound: with
  // `value_bidx = any($n)` the generic plan of a prepared statement read all of contact_points (at
  // 1M, 250 ms, and in an order that varied from one search to the next).
  const contacts = [...idx.phoneBidx.map((v) => ['phone', v] as const), ...idx.emailBidx.map((v) => ['email', v] as const)];
  for (const [system, v] of contacts) personQueries.push(sql`select c.person_id${nulls} from contact_points c where c.tenant_id = ${tenantId} and c.system = ${system} and c.value_bidx = ${v}`);
  return sql.join(personQueries, sql` union all `);
}

/** RANK_KEY_SQL over an account `a` (kept in step with the trigger in migrations/0047). */
const RANK_KEY = sql.raw(RANK_KEY_SQL);

/**
 * The same accounts as accountsMatchingSql (the same people in the same order, the same cap),
 * ranked: rows (id, rank_key), the best `limit` by (rank key, id) after the keyset position `after`.
 * The accounts of people found by name or MRN come from the person row (its accounts' ids and rank
 * keys, kept by the accounts triggers of migrations/0047), so ranking 500 accounts reads no
 * `accounts` row; a person whose arrays are not known yet, and the people found by phone or
 * email, are read from accounts_person as before. Null when the text is empty.
 */
export function rankedAccountsMatchingSql(tenantId: string, text: string, after: { k: number; id: string } | null, limit: number, cap = 500): SQL | null {
  const raw = text.trim();
  if (!raw) return null;
  const max = sql.raw(String(Math.trunc(cap)));
  const people = peopleMatchingSql(tenantId, raw, cap, sql`, p.search_account_ids, p.search_rank_keys`, sql`, null::text[], null::bigint[]`);
  const past = after ? sql`where (m.rank_key, m.id) > (${after.k}::bigint, ${after.id})` : sql``;
  return sql`select m.id, m.rank_key from (
        select a.id, ${RANK_KEY} as rank_key from accounts a where a.tenant_id = ${tenantId} and a.id = ${raw}
        union
        select a.id, ${RANK_KEY} from accounts a where a.tenant_id = ${tenantId} and a.external_ref in (${raw}, ${raw.toUpperCase()})
        union
        (select c.id, c.rank_key from (${people}) p(id, account_ids, rank_keys)
         cross join lateral (
           select s.id, s.k from unnest(p.account_ids, p.rank_keys) s(id, k) where p.account_ids is not null
           union all
           select a.id, ${RANK_KEY} from accounts a where p.account_ids is null and a.tenant_id = ${tenantId} and a.person_id = p.id) c(id, rank_key)
         limit ${max})
        limit ${max}) m
      ${past}
      order by m.rank_key, m.id
      limit ${sql.raw(String(Math.trunc(limit)))}`;
}

/** Account ids matching a free-text search (see accountsMatchingSql). */
export async function findAccountIdsMatching(q: Queryable, tenantId: string, text: string, limit = 500): Promise<string[]> {
  const matching = accountsMatchingSql(tenantId, text, sql`a.id`, limit);
  if (!matching) return [];
  return (await rows<{ id: string }>(q, sql`select id from ${matching} m`)).map((r) => r.id);
}

/**
 * A statement that lists accounts (`listing`: rows with `id` and `person_id`; `order`: its order,
 * over the alias `r`) extended to return each row's person's stored name and language and to write
 * the audit rows (`audit`, an INSERT from auditInsertSql over the source it is given) of the first
 * `shown` rows, the ones the page shows: the page's read, its names and its audit in one statement.
 * `extra`: more select-list columns over the row `r` and its persons row `p` (e.g. what the call
 * check reads). Read the names with personNameOf.
 */
export function withPersonNamesAuditedSql(tenantId: string, listing: SQL, order: SQL, shown: number, audit: (from: SQL) => SQL, extra?: SQL): SQL {
  return sql`with r as materialized (${listing}),
      audited as (${audit(sql`(select r.id from r order by ${order} limit ${sql.raw(String(Math.trunc(shown)))}) shown`)})
    select r.*, p.given_name as person_given_name, p.family_name as person_family_name, p.language as person_language${extra ? sql`, ${extra}` : sql``}
    from r left join persons p on p.tenant_id = ${tenantId} and p.id = r.person_id
    order by ${order}`;
}

/** The columns withPersonNamesAuditedSql adds to each row. */
export interface PersonNameColumns {
  person_given_name: string | null;
  person_family_name: string | null;
  person_language: string | null;
}

/** The display name and language of a row of withPersonNamesAuditedSql (null: no such person). */
export function personNameOf(row: PersonNameColumns): { name: string; language: string } | null {
  if (row.person_given_name === null || row.person_family_name === null) return null;
  return { name: personDisplayName(row.person_given_name, row.person_family_name), language: row.person_language ?? 'en' };
}

/** Display names of persons, by id. */
export async function loadPersonNames(q: Queryable, tenantId: string, personIds: string[]): Promise<Map<string, string>> {
  const names = await readPersonNames(q, tenantId, personIds);
  return new Map([...names].map(([id, n]) => [id, n.name]));
}
