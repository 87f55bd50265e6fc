import { sql } from 'drizzle-orm';
import { audit, auditInsertSql, type AccessContext } from '../../platform/audit/index.js';
import { fromJsonRow, rows, type Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { newId, stableId } from '../../platform/ids/index.js';
import { patientCoverages, type EligibilityResult } from '../claims/index.js';
import { listCoverageRecords } from '../ingestion/index.js';

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
 * The coverage on file for a patient: what ingestion received (FHIR Coverage, 837 subscriber
 * loops), copied once into the front desk's list so an eligibility answer can be kept on it, plus
 * cards entered at the desk. An audited PHI read.
 */
export async function listCoverages(opts: { q: Queryable; ctx: AccessContext; personId: string }): Promise<CoverageView[]> {
  const { q, ctx } = opts;
  const now = ctx.clock.now();
  for (const rec of await listCoverageRecords(q, ctx.tenantId, opts.personId)) {
    const c = rec.data;
    if (c.selfPay) continue;
    const memberId = c.memberId ?? c.subscriberId;
    if (!memberId || !c.payerName) continue;
    await q
      .insert(patientCoverages)
      .values({ id: stableId('coverage', ctx.tenantId, rec.key), tenantId: ctx.tenantId, personId: opts.personId, source: 'ingested', sourceKey: rec.key, payerId: c.payerKey?.replace(/^payer\|/, '') ?? null, payerName: c.payerName, memberId, groupId: c.groupId, planName: c.planName, relationship: c.relationship ?? 'self', priority: c.order ?? 1, createdAt: now })
      .onConflictDoNothing();
  }
  // The read and its audit row are one statement (the row counts the coverages read).
  const found = await rows<{ c: Record<string, unknown> }>(
    q,
    sql`with found as (select c.*, row_number() over (order by c.priority, c.created_at) as n from patient_coverages c where c.tenant_id = ${ctx.tenantId} and c.person_id = ${opts.personId}),
        audited as (${auditInsertSql(ctx, sql`(select 1) one`, { action: 'read', recordType: 'coverage', recordId: sql`${opts.personId}::text`, detailsSql: sql`jsonb_build_object('coverages', (select count(*) from found))` })})
        select to_jsonb(found) - 'n' as c from found order by n`,
  );
  return found.map((r) => coverageView(fromJsonRow(patientCoverages, r.c)));
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
