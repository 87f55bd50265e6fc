import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';

/*
 * Every read of patients' names and birth dates for the front desk is in this one file, so that
 * field encryption of those columns changes one place (a search on encrypted names needs a blind
 * index, not ILIKE).
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
const match = (r: Row): PatientMatch => ({ personId: r.id, name: `${r.given_name} ${r.family_name}`, birthDate: iso(r.birth_date), mrn: r.external_ref, language: r.language });

/**
 * Finds patients by any of: name (each word must match the given or family name), date of birth
 * (exact), MRN (exact). At least one is required; at most 25 results. An audited PHI read.
 */
export async function findPatients(opts: { q: Queryable; ctx: AccessContext; name?: string; birthDate?: string; mrn?: string }): Promise<PatientMatch[]> {
  const { q, ctx } = opts;
  const words = (opts.name ?? '').trim().split(/\s+/).filter((w) => w.length > 0).slice(0, 4);
  const conditions = [sql`p.tenant_id = ${ctx.tenantId}`];
  for (const w of words) {
    const like = `%${w.replace(/[%_\\]/g, '')}%`;
    conditions.push(sql`(p.given_name ilike ${like} or p.family_name ilike ${like})`);
  }
  if (opts.birthDate) conditions.push(sql`p.birth_date = ${opts.birthDate}::date`);
  if (opts.mrn) conditions.push(sql`p.external_ref = ${opts.mrn.trim()}`);
  if (conditions.length === 1) return [];
  const found = await rows<Row>(
    q,
    sql`select p.id, p.given_name, p.family_name, p.birth_date, p.external_ref, p.language from persons p
        where ${sql.join(conditions, sql` and `)} order by p.family_name, p.given_name, p.id limit 25`,
  );
  await audit(q, ctx, ...found.map((r) => ({ action: 'read' as const, recordType: 'person', recordId: r.id, details: { view: 'front_desk_search' } })));
  return found.map(match);
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
  return { ...match(r), email: r.email, phone: r.phone };
}
