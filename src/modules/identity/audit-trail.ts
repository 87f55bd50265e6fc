import { sql, type SQL } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';

/** HIPAA keeps documentation six years (45 CFR 164.316(b)(2)); a tenant may keep it longer. */
export const DEFAULT_AUDIT_RETENTION_YEARS = 6;

/** The record type under which reading the audit log is itself audited. */
export const AUDIT_VIEW_RECORD = 'audit_log';

export interface AuditFilters {
  actorId?: string;
  /** A patient: rows about the person and about any of their accounts. */
  personId?: string;
  recordType?: string;
  recordId?: string;
  action?: string;
  purpose?: string;
  from?: Date;
  to?: Date;
  /** Rows recording that someone read the audit log; hidden unless asked for, so a viewer's own paging does not fill the list. */
  includeAuditViews?: boolean;
}

export interface AuditRow {
  id: number;
  at: string;
  actorKind: string;
  actorId: string;
  /** The staff member's name (users), else null (a patient, the system). */
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  purpose: string;
  recordType: string;
  recordId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  items: AuditRow[];
  /** Pass as `before` for the next (older) page; null at the end. */
  nextBefore: number | null;
}

function conditions(tenantId: string, f: AuditFilters): SQL {
  const parts: SQL[] = [sql`l.tenant_id = ${tenantId}`];
  if (f.actorId) parts.push(sql`l.actor_id = ${f.actorId}`);
  if (f.recordType) parts.push(sql`l.record_type = ${f.recordType}`);
  // A list view (the worklist, a search) writes one row naming the accounts it showed in
  // `details.accounts`: a record's reads include the lists it was shown in.
  if (f.recordId) parts.push(sql`(l.record_id = ${f.recordId} or l.details->'accounts' ? ${f.recordId})`);
  if (f.action) parts.push(sql`l.action = ${f.action}`);
  if (f.purpose) parts.push(sql`l.purpose = ${f.purpose}`);
  if (f.from) parts.push(sql`l.at >= ${f.from.toISOString()}::timestamptz`);
  if (f.to) parts.push(sql`l.at < ${f.to.toISOString()}::timestamptz`);
  if (f.personId) {
    parts.push(sql`((l.record_type = 'person' and l.record_id = ${f.personId})
      or (l.record_type = 'account' and l.record_id in (select a.id from accounts a where a.tenant_id = ${tenantId} and a.person_id = ${f.personId}))
      or l.details->>'personId' = ${f.personId}
      or l.details->'accounts' ?| array(select a.id from accounts a where a.tenant_id = ${tenantId} and a.person_id = ${f.personId}))`);
  }
  if (!f.includeAuditViews && f.recordType !== AUDIT_VIEW_RECORD) parts.push(sql`l.record_type <> ${AUDIT_VIEW_RECORD}`);
  return sql.join(parts, sql` and `);
}

interface RawRow {
  id: string | number;
  at: Date | string;
  actor_kind: string;
  actor_id: string;
  actor_name: string | null;
  actor_email: string | null;
  action: string;
  purpose: string;
  record_type: string;
  record_id: string | null;
  request_id: string | null;
  details: Record<string, unknown> | string;
}

function toRow(r: RawRow): AuditRow {
  return {
    id: Number(r.id), at: new Date(r.at).toISOString(), actorKind: r.actor_kind, actorId: r.actor_id, actorName: r.actor_name, actorEmail: r.actor_email,
    action: r.action, purpose: r.purpose, recordType: r.record_type, recordId: r.record_id, requestId: r.request_id,
    details: typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, unknown>) : r.details,
  };
}

/**
 * One page of the tenant's audit log, newest first, with the staff member's name beside each
 * row. Keyset paging on the id (`before`): a page costs the same at row 10 and row 10 million.
 */
export async function queryAuditLog(q: Queryable, tenantId: string, f: AuditFilters, page: { before?: number; limit: number }): Promise<AuditPage> {
  const where = conditions(tenantId, f);
  const before = page.before !== undefined ? sql` and l.id < ${page.before}` : sql``;
  const raw = await rows<RawRow>(
    q,
    sql`select l.id, l.at, l.actor_kind, l.actor_id, u.display_name as actor_name, u.email as actor_email, l.action, l.purpose,
               l.record_type, l.record_id, l.request_id, l.details
          from audit_log l
          left join users u on l.actor_kind = 'user' and u.id = l.actor_id and u.tenant_id = l.tenant_id
         where ${where}${before}
         order by l.id desc
         limit ${page.limit + 1}`,
  );
  const items = raw.slice(0, page.limit).map(toRow);
  return { items, nextBefore: raw.length > page.limit ? items[items.length - 1]!.id : null };
}

/** Records that someone read the audit log (with the filters they used), as HIPAA asks of every access. */
export async function recordAuditView(q: Queryable, ctx: AccessContext, view: string, f: AuditFilters): Promise<void> {
  const filters: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== false) filters[k] = v instanceof Date ? v.toISOString() : String(v);
  await audit(q, ctx, { action: 'read', recordType: AUDIT_VIEW_RECORD, recordId: f.personId ?? f.recordId ?? null, details: { view, filters } });
}

const CSV_COLUMNS = ['id', 'at', 'actor_kind', 'actor_id', 'actor_name', 'actor_email', 'action', 'purpose', 'record_type', 'record_id', 'request_id', 'details'] as const;

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The filtered log as CSV, newest first, streamed page by page (keyset) so an export of millions
 * of rows holds one page in memory.
 */
export async function* auditLogCsv(q: Queryable, tenantId: string, f: AuditFilters, pageSize = 5000): AsyncGenerator<string> {
  yield CSV_COLUMNS.join(',') + '\n';
  let before: number | undefined;
  for (;;) {
    const page = await queryAuditLog(q, tenantId, f, { before, limit: pageSize });
    if (page.items.length) {
      yield page.items
        .map((r) => [r.id, r.at, r.actorKind, r.actorId, r.actorName, r.actorEmail, r.action, r.purpose, r.recordType, r.recordId, r.requestId, r.details].map(csvCell).join(',') + '\n')
        .join('');
    }
    if (page.nextBefore === null) return;
    before = page.nextBefore;
  }
}

/** The tenant's audit retention in years (tenant setting `auditRetentionYears`, else six). */
export async function auditRetentionYears(q: Queryable, tenantId: string): Promise<number> {
  const [r] = await rows<{ years: unknown }>(q, sql`select settings->'auditRetentionYears' as years from tenants where id = ${tenantId}`);
  const y = Number(r?.years);
  return Number.isInteger(y) && y >= DEFAULT_AUDIT_RETENTION_YEARS ? y : DEFAULT_AUDIT_RETENTION_YEARS;
}

/** Sets the retention; shorter than six years is refused (HIPAA's floor for documentation). */
export async function setAuditRetentionYears(q: Queryable, ctx: AccessContext, years: number): Promise<void> {
  await q.execute(sql`update tenants set settings = settings || jsonb_build_object('auditRetentionYears', ${years}::int) where id = ${ctx.tenantId}`);
  await audit(q, ctx, { action: 'write', recordType: 'tenant_setting', recordId: 'auditRetentionYears', details: { years } });
}

/**
 * Deletes audit rows older than the retention (run by an operator or a scheduled job); returns how
 * many went. Rows inside the retention are never touched.
 */
export async function pruneAuditLog(q: Queryable, tenantId: string, now: Date): Promise<number> {
  const years = await auditRetentionYears(q, tenantId);
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  const gone = await rows<{ n: number }>(q, sql`with d as (delete from audit_log where tenant_id = ${tenantId} and at < ${cutoff.toISOString()}::timestamptz returning 1) select count(*)::int as n from d`);
  return gone[0]?.n ?? 0;
}
