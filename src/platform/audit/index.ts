import type { Clock } from '../clock/index.js';
import { sql, type SQL } from 'drizzle-orm';
import { bulkInsert, type Queryable } from '../db/index.js';
import { auditLog } from './schema.js';

export { auditLog };

/** Why PHI is touched (HIPAA: treatment, payment, operations; plus the patient's own access). */
export type Purpose = 'payment' | 'operations' | 'collections' | 'compliance_review' | 'patient_self_service' | 'system' | 'authentication';

export interface Actor {
  kind: 'user' | 'patient' | 'system';
  id: string;
  roles: readonly string[];
}

/**
 * Who is asking, for which tenant and why. All data access goes through one of these
 * (CONVENTIONS example 5); queries filter by tenantId and PHI access is audited with it.
 */
export interface AccessContext {
  tenantId: string;
  actor: Actor;
  purpose: Purpose;
  requestId?: string;
  clock: Clock;
}

export type AuditAction = 'read' | 'write' | 'denied' | 'login' | 'logout' | 'login_failed';

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId?: string | null;
  details?: Record<string, unknown>;
}

const BULK_AUDIT_ROWS = 20;

/** Writes audit rows; call it with the same transaction handle as the access it records. */
export async function audit(q: Queryable, ctx: AccessContext, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const at = ctx.clock.now();
  if (entries.length > BULK_AUDIT_ROWS) {
    // Bulk writers (ingestion, batch jobs) audit thousands of records at once: one statement with a
    // parameter per column (unnest) instead of a VALUES list with ten parameters a row.
    await bulkInsert(q, 'audit_log', [
      { name: 'tenant_id', type: 'text', value: () => ctx.tenantId },
      { name: 'at', type: 'timestamptz', value: () => at },
      { name: 'actor_kind', type: 'text', value: () => ctx.actor.kind },
      { name: 'actor_id', type: 'text', value: () => ctx.actor.id },
      { name: 'action', type: 'text', value: (e: AuditEntry) => e.action },
      { name: 'purpose', type: 'text', value: () => ctx.purpose },
      { name: 'record_type', type: 'text', value: (e) => e.recordType },
      { name: 'record_id', type: 'text', value: (e) => e.recordId ?? null },
      { name: 'request_id', type: 'text', value: () => ctx.requestId ?? null },
      { name: 'details', type: 'jsonb', value: (e) => e.details ?? {} },
    ], entries);
    return;
  }
  await q.insert(auditLog).values(
    entries.map((e) => ({
      tenantId: ctx.tenantId,
      at,
      actorKind: ctx.actor.kind,
      actorId: ctx.actor.id,
      action: e.action,
      purpose: ctx.purpose,
      recordType: e.recordType,
      recordId: e.recordId ?? null,
      requestId: ctx.requestId ?? null,
      details: e.details ?? {},
    })),
  );
}

/** An audit row whose record id is an SQL expression over the rows a statement reads. */
export interface AuditEntrySql {
  action: AuditAction;
  recordType: string;
  recordId: SQL;
  details?: Record<string, unknown>;
  /** Details computed by the statement itself (a jsonb expression), instead of `details`. */
  detailsSql?: SQL;
}

/**
 * The INSERT of audit rows for what a statement reads, to put in that statement as a data-modifying
 * CTE (`with r as (...), audited as (${auditInsertSql(...)}) select ... from r`): one row per entry
 * and per row of `from`, written in the same statement, so the read and its audit commit together
 * in one round trip, and nothing is returned that was not recorded.
 */
export function auditInsertSql(ctx: AccessContext, from: SQL, ...entries: AuditEntrySql[]): SQL {
  const at = ctx.clock.now();
  const values = sql.join(
    entries.map((e) => sql`(${e.action}::text, ${e.recordType}::text, (${e.recordId})::text, ${e.detailsSql ? sql`(${e.detailsSql})::jsonb` : sql`${JSON.stringify(e.details ?? {})}::jsonb`})`),
    sql`, `,
  );
  return sql`insert into audit_log (tenant_id, at, actor_kind, actor_id, action, purpose, record_type, record_id, request_id, details)
    select ${ctx.tenantId}::text, ${at.toISOString()}::timestamptz, ${ctx.actor.kind}::text, ${ctx.actor.id}::text, e.action, ${ctx.purpose}::text, e.record_type, e.record_id, ${ctx.requestId ?? null}::text, e.details
    from ${from} cross join lateral (values ${values}) e(action, record_type, record_id, details)
    returning 1`;
}
