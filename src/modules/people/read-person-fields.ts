import { sql } from 'drizzle-orm';
import { fieldCipher, type EncryptedTable } from '../../platform/crypto/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';
import { contactBlindIndex, personBlindIndexes, personReportingKeys } from './blind-indexes.js';

/**
 * Reading persons' PHI. Drizzle queries on `persons` / `contactPoints` decrypt by themselves; code
 * that reads these columns with raw SQL (joins in other modules' read models) passes each row, or
 * each value, through the functions here, the only place that knows which columns are encrypted.
 */

const PERSON_FIELDS = new Set([
  'given_name', 'family_name', 'birth_date', 'address_line', 'city', 'postal_code',
  'givenName', 'familyName', 'birthDate', 'addressLine', 'postalCode',
]);

/**
 * Decrypts, in place, the person PHI fields a raw-SQL row carries under their column names
 * (`given_name`...) or camelCase aliases (`givenName`...), and returns the row.
 */
export function decryptPersonFields<T extends object>(row: T): T {
  const cipher = fieldCipher();
  const r = row as Record<string, unknown>;
  for (const k of Object.keys(r)) if (PERSON_FIELDS.has(k) && typeof r[k] === 'string') r[k] = cipher.decrypt(r[k] as string);
  return row;
}

/** "Given Family" from the two stored (encrypted) name columns. */
export function personDisplayName(givenNameStored: string, familyNameStored: string): string {
  const cipher = fieldCipher();
  return `${cipher.decrypt(givenNameStored)} ${cipher.decrypt(familyNameStored)}`;
}

/** A stored contact value (phone, email, or a message's to-address copied from one), decrypted. */
export function decryptContactValue(stored: string): string;
export function decryptContactValue(stored: string | null): string | null;
export function decryptContactValue(stored: string | null): string | null {
  return fieldCipher().decryptNullable(stored);
}

/** A revocation's stored text (the person's own words), decrypted. */
export function decryptRevocationText(stored: string | null): string | null {
  return fieldCipher().decryptNullable(stored);
}

export interface PersonName {
  givenName: string;
  familyName: string;
  /** "Given Family" */
  name: string;
}

/** The names of some persons of a tenant, by id: the read function for code that shows who someone is. */
export async function readPersonNames(q: Queryable, tenantId: string, personIds: readonly string[]): Promise<Map<string, PersonName>> {
  const out = new Map<string, PersonName>();
  if (personIds.length === 0) return out;
  const found = await rows<{ id: string; given_name: string; family_name: string }>(
    q,
    sql`select id, given_name, family_name from persons where tenant_id = ${tenantId} and id = any(${sql.param([...new Set(personIds)])}::text[])`,
  );
  const cipher = fieldCipher();
  for (const r of found) {
    const givenName = cipher.decrypt(r.given_name);
    const familyName = cipher.decrypt(r.family_name);
    out.set(r.id, { givenName, familyName, name: `${givenName} ${familyName}` });
  }
  return out;
}

/** The people module's encrypted columns, for key maintenance (start-up encryption, `kindly keys rotate`). */
export const PEOPLE_ENCRYPTED_TABLES: EncryptedTable[] = [
  {
    table: 'persons',
    key: 'id',
    text: ['given_name', 'family_name', 'birth_date', 'address_line', 'city', 'postal_code'],
    blindIndexes: (r, cipher) => {
      const b = personBlindIndexes({ givenName: r.given_name ?? '', familyName: r.family_name ?? '', birthDate: r.birth_date ?? null }, cipher);
      const k = personReportingKeys({ birthDate: r.birth_date ?? null, postalCode: r.postal_code ?? null });
      return { name_bidx: b.nameBidx, family_bidx: b.familyBidx, birth_bidx: b.birthBidx, birth_year: k.birthYear, zip3: k.zip3 };
    },
  },
  {
    table: 'contact_points',
    key: 'id',
    text: ['value'],
    plainContext: ['system'],
    blindIndexes: (r, cipher) => ({ value_bidx: contactBlindIndex(r.system as 'phone' | 'email', r.value ?? '', cipher) }),
  },
  { table: 'revocations', key: 'id', text: ['text'] },
];
