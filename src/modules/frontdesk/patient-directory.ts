import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { birthDateBlindIndex, decryptContactValue, decryptPersonFields, personSearchIndexes } from '../people/index.js';

/*
 * Every read of patients' names and birth dates for the front desk is in this one file. Those
 * columns are encrypted at rest, so a search goes through their blind indexes (exact match on the
 * normalized full name or family name, accents and case ignored; exact date of birth) and the rows
 * found are decrypted here.
 */

export interface PatientMatch {
  personId: string;
  name: string;
  birthDate: string | null;
  /** The provider's patient identifier (MRN) as ingested. */
  mrn: string;
  language: string;
}

export interface PatientHeader extends PatientMatch {
  email: string | null;
  phone: string | null;
}

type Row = { id: string; given_name: string; family_name: string; birth_date: string | Date | null; external_ref: string; language: string };
const iso = (d: string | Date | null) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
const match = (stored: Row): PatientMatch => {
  const r = decryptPersonFields({ ...stored });
  return { personId: r.id, name: `${r.given_name} ${r.family_name}`, birthDate: iso(r.birth_date), mrn: r.external_ref, language: r.language };
};

/**
 * Finds patients by any of: name (the full name, "Family, Given" or the family name alone, accents
 * and case ignored), date of birth (exact), MRN (exact). At least one is required; at most 25
 * results. An audited PHI read.
 */
export async function findPatients(opts: { q: Queryable; ctx: AccessContext; name?: string; birthDate?: string; mrn?: string }): Promise<PatientMatch[]> {
  const { q, ctx } = opts;
  const conditions = [sql`p.tenant_id = ${ctx.tenantId}`];
  const name = (opts.name ?? '').trim();
  if (name) {
    const idx = personSearchIndexes(name);
    const anyOf = [
      ...(idx.nameBidx.length ? [sql`p.name_bidx = any(${sql.param(idx.nameBidx)}::text[])`] : []),
      ...(idx.familyBidx.length ? [sql`p.family_bidx = any(${sql.param(idx.familyBidx)}::text[])`] : []),
    ];
    // A name with nothing to look up by (only punctuation) finds nobody rather than everybody.
    conditions.push(anyOf.length ? sql`(${sql.join(anyOf, sql` or `)})` : sql`false`);
  }
  if (opts.birthDate) conditions.push(sql`p.birth_bidx = ${birthDateBlindIndex(opts.birthDate) ?? ''}`);
  if (opts.mrn) conditions.push(sql`p.external_ref = ${opts.mrn.trim()}`);
  if (conditions.length === 1) return [];
  const found = await rows<Row>(
    q,
    sql`select p.id, p.given_name, p.family_name, p.birth_date, p.external_ref, p.language from persons p
        where ${sql.join(conditions, sql` and `)} order by p.id limit 25`,
  );
  await audit(q, ctx, ...found.map((r) => ({ action: 'read' as const, recordType: 'person', recordId: r.id, details: { view: 'front_desk_search' } })));
  // Ordered by name after decryption (the stored names are ciphertext).
  return found.map(match).sort((a, b) => a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId));
}

/** One patient's name, birth date, MRN and contact points (an audited PHI read). */
export async function getPatientHeader(opts: { q: Queryable; ctx: AccessContext; personId: string }): Promise<PatientHeader> {
  const { q, ctx } = opts;
  const [r] = await rows<Row & { email: string | null; phone: string | null }>(
    q,
    sql`select p.id, p.given_name, p.family_name, p.birth_date, p.external_ref, p.language,
          (select value from contact_points c where c.tenant_id = p.tenant_id and c.person_id = p.id and c.system = 'email' order by rank limit 1) as email,
          (select value from contact_points c where c.tenant_id = p.tenant_id and c.person_id = p.id and c.system = 'phone' order by rank limit 1) as phone
        from persons p where p.tenant_id = ${ctx.tenantId} and p.id = ${opts.personId}`,
  );
  if (!r) throw notFound('patient');
  await audit(q, ctx, { action: 'read', recordType: 'person', recordId: r.id, details: { view: 'front_desk' } });
  return { ...match(r), email: decryptContactValue(r.email), phone: decryptContactValue(r.phone) };
}
