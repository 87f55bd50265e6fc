import { sql } from 'drizzle-orm';
import { rows, textArray, type Queryable } from '../../platform/db/index.js';

/*
 * Every query of the workspace that reads person names or contact values lives in this file, so a
 * change in how they are stored (for example encrypted at rest with blind indexes) is made here.
 * The folded-name and contact indexes these queries use are in migrations/0020_worklist.sql.
 */

const ACCENTED = 'áàâäãåéèêëíìîïóòôöõúùûüñçý';
const PLAIN = 'aaaaaaeeeeiiiiooooouuuuncy';
const FOLD_FAMILY = sql.raw(`translate(lower(p.family_name), '${ACCENTED}', '${PLAIN}')`);
const FOLD_FULL = sql.raw(`translate(lower(p.given_name || ' ' || p.family_name), '${ACCENTED}', '${PLAIN}')`);

/** Lower case without accents ("Martínez" -> "martinez"), the same folding the indexes use. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so a search for "50%" means those characters. */
function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Account ids matching a free-text search: account id or number, MRN (the person's record number),
 * email, phone (last 10 digits), last name or full name (prefix, accents and case ignored).
 */
export async function findAccountIdsMatching(q: Queryable, tenantId: string, text: string, limit = 500): Promise<string[]> {
  const raw = text.trim();
  if (!raw) return [];
  const folded = foldName(raw);
  const digits = raw.replace(/\D/g, '');
  const personQueries = [
    sql`select p.id from persons p where p.tenant_id = ${tenantId} and p.external_ref in (${raw}, ${raw.toUpperCase()})`,
    sql`select p.id from persons p where p.tenant_id = ${tenantId} and ${FOLD_FAMILY} like ${likePrefix(folded)}`,
    sql`select p.id from persons p where p.tenant_id = ${tenantId} and ${FOLD_FULL} like ${likePrefix(folded)}`,
  ];
  if (raw.includes('@')) {
    personQueries.push(sql`select c.person_id from contact_points c where c.tenant_id = ${tenantId} and c.system = 'email' and lower(c.value) = ${raw.toLowerCase()}`);
  }
  if (digits.length >= 10) {
    personQueries.push(
      sql`select c.person_id from contact_points c where c.tenant_id = ${tenantId} and c.system = 'phone' and right(regexp_replace(c.value, '[^0-9]', '', 'g'), 10) = ${digits.slice(-10)}`,
    );
  }
  const found = await rows<{ id: string }>(
    q,
    sql`select a.id from accounts a
        where a.tenant_id = ${tenantId}
          and (a.id = ${raw} or a.external_ref in (${raw}, ${raw.toUpperCase()})
               or a.person_id in (${sql.join(personQueries, sql` union `)}))
        limit ${limit}`,
  );
  return found.map((r) => r.id);
}

/** Display names of persons, by id. */
export async function loadPersonNames(q: Queryable, tenantId: string, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const found = await rows<{ id: string; given_name: string; family_name: string }>(
    q,
    sql`select p.id, p.given_name, p.family_name from persons p where p.tenant_id = ${tenantId} and p.id = any(${textArray([...new Set(personIds)])})`,
  );
  return new Map(found.map((r) => [r.id, `${r.given_name} ${r.family_name}`]));
}
