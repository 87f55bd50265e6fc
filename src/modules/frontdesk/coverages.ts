import { sql, type SQL } from 'drizzle-orm';
import { audit, auditInsertSql, type AccessContext } from '../../platform/audit/index.js';
import { fromJsonRow, rows, type Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { patientCoverages, type EligibilityResult } from '../claims/index.js';

export interface CoverageView {
  id: string;
  source: 'ingested' | 'front_desk';
  payerName: string;
  payerId: string | null;
  memberId: string;
  groupId: string | null;
  planName: string | null;
  priority: number;
  eligibility: (EligibilityResult & { checkedAt: string }) | null;
}

type CoverageRow = typeof patientCoverages.$inferSelect;
export const coverageView = (c: CoverageRow): CoverageView => ({
  id: c.id,
  source: c.source,
  payerName: c.payerName,
  payerId: c.payerId,
  memberId: c.memberId,
  groupId: c.groupId,
  planName: c.planName,
  priority: c.priority,
  eligibility: c.eligibility && c.eligibilityCheckedAt ? { ...(c.eligibility as EligibilityResult), checkedAt: c.eligibilityCheckedAt.toISOString() } : null,
});

/**
 * A person's coverages as one jsonb array (in the order the front desk lists them), for a read
 * that wants them as a column of its own statement; `coveragesFromJson` maps it back.
 */
export const personCoveragesJsonSql = (tenantId: SQL, personId: SQL) =>
  sql`(select coalesce(jsonb_agg(to_jsonb(c) order by c.priority, c.created_at, c.id), '[]'::jsonb) from patient_coverages c where c.tenant_id = ${tenantId} and c.person_id = ${personId})`;

/** How many coverages a person has, for the `coverage` audit row of a read that lists them. */
export const personCoveragesCountSql = (tenantId: SQL, personId: SQL) => sql`(select count(*) from patient_coverages c where c.tenant_id = ${tenantId} and c.person_id = ${personId})`;

/** The coverages of personCoveragesJsonSql, exactly as listCoverages returns them. */
export const coveragesFromJson = (found: Array<Record<string, unknown>>): CoverageView[] => found.map((c) => coverageView(fromJsonRow(patientCoverages, c)));

/**
 * The coverage on file for a patient: what ingestion received (FHIR Coverage, 837 subscriber
 * loops), copied into the front desk's list when it was ingested so an eligibility answer can be
 * kept on it, plus cards entered at the desk. An audited PHI read.
 */
export async function listCoverages(opts: { q: Queryable; ctx: AccessContext; personId: string }): Promise<CoverageView[]> {
  const { q, ctx } = opts;
  const personId = sql`${opts.personId}::text`;
  // The read and its audit row are one statement (the row counts the coverages read).
  const [found] = await rows<{ coverages: Array<Record<string, unknown>> }>(
    q,
    sql`with audited as (${auditInsertSql(ctx, sql`(select 1) one`, { action: 'read', recordType: 'coverage', recordId: personId, detailsSql: sql`jsonb_build_object('coverages', ${personCoveragesCountSql(sql`${ctx.tenantId}`, personId)})` })})
        select ${personCoveragesJsonSql(sql`${ctx.tenantId}`, personId)} as coverages, (select count(*) from audited) as audited`,
  );
  return coveragesFromJson(found!.coverages);
}

/** Records the insurance card the patient shows at the desk. */
export async function addCoverage(opts: { q: Queryable; ctx: AccessContext; personId: string; payerName: string; payerId?: string | null; memberId: string; groupId?: string | null; planName?: string | null; priority?: number }): Promise<CoverageView> {
  const { q, ctx } = opts;
  const issues = [];
  if (!opts.payerName.trim()) issues.push({ path: 'payerName', message: 'the insurance company name is required' });
  if (!/^[A-Za-z0-9-]{2,30}$/.test(opts.memberId.trim())) issues.push({ path: 'memberId', message: 'the member ID is 2 to 30 letters, digits or dashes, as printed on the card' });
  if (issues.length) throw new AppError('validation_failed', { message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues });
  const id = newId();
  const [row] = await q
    .insert(patientCoverages)
    .values({ id, tenantId: ctx.tenantId, personId: opts.personId, source: 'front_desk', payerName: opts.payerName.trim(), payerId: opts.payerId?.trim() || null, memberId: opts.memberId.trim(), groupId: opts.groupId?.trim() || null, planName: opts.planName?.trim() || null, relationship: 'self', priority: opts.priority ?? 1, createdBy: ctx.actor.id, createdAt: ctx.clock.now() })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError('conflict', { message: 'this card is already on file', userMessage: 'This insurance card is already on file for the patient.' });
  await audit(q, ctx, { action: 'write', recordType: 'coverage', recordId: id, details: { personId: opts.personId } });
  return coverageView(row);
}
