import { sql, type SQL } from 'drizzle-orm';
import { audit, auditInsertSql, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';

/** A dispute as staff see it (the queue, the account page, the export). No document bytes. */
export interface DisputeView {
  id: string;
  accountId: string;
  accountRef: string;
  personId: string;
  source: string;
  category: string;
  description: string;
  language: string;
  hasDocument: boolean;
  documentName: string | null;
  status: 'open' | 'resolved';
  receivedAt: string;
  dueAt: string;
  ageDays: number;
  overdue: boolean;
  holdId: string;
  taskId: string;
  acknowledgementId: string | null;
  resolution: string | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  letterId: string | null;
  letterMailedAt: string | null;
  collectionResumedAt: string | null;
}

interface Row {
  id: string;
  account_id: string;
  external_ref: string;
  person_id: string;
  source: string;
  category: string;
  description: string;
  language: string;
  has_document: boolean;
  document_name: string | null;
  status: 'open' | 'resolved';
  received_at: Date | string;
  due_at: Date | string;
  hold_id: string;
  task_id: string;
  acknowledgement_id: string | null;
  resolution: string | null;
  resolution_note: string | null;
  resolved_at: Date | string | null;
  resolved_by: string | null;
  letter_id: string | null;
  letter_mailed_at: Date | string | null;
  collection_resumed_at: Date | string | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function view(r: Row, now: Date): DisputeView {
  const received = new Date(r.received_at);
  const due = new Date(r.due_at);
  const end = r.resolved_at ? new Date(r.resolved_at) : now;
  return {
    id: r.id,
    accountId: r.account_id,
    accountRef: r.external_ref,
    personId: r.person_id,
    source: r.source,
    category: r.category,
    description: r.description,
    language: r.language,
    hasDocument: r.has_document,
    documentName: r.document_name,
    status: r.status,
    receivedAt: received.toISOString(),
    dueAt: due.toISOString(),
    ageDays: Math.floor((end.getTime() - received.getTime()) / 86_400_000),
    overdue: r.status === 'open' && due.getTime() < now.getTime(),
    holdId: r.hold_id,
    taskId: r.task_id,
    acknowledgementId: r.acknowledgement_id,
    resolution: r.resolution,
    resolutionNote: r.resolution_note,
    resolvedAt: iso(r.resolved_at),
    resolvedBy: r.resolved_by,
    letterId: r.letter_id,
    letterMailedAt: iso(r.letter_mailed_at),
    collectionResumedAt: iso(r.collection_resumed_at),
  };
}

const COLUMNS = sql`d.id, d.account_id, a.external_ref, d.person_id, d.source, d.category, d.description, d.language, d.document is not null as has_document, d.document_name,
  d.status, d.received_at, d.due_at, d.hold_id, d.task_id, d.acknowledgement_id, d.resolution, d.resolution_note, d.resolved_at, d.resolved_by, d.letter_id,
  d.letter_mailed_at, d.collection_resumed_at`;

/**
 * The disputes of one account as rows of the columns listDisputes reads (open first, oldest due
 * first), for a statement that reads more than the disputes and writes their audit row itself (the
 * account page); `disputesFromRows` makes the views. Both arguments are SQL expressions.
 */
export function accountDisputesSql(tenantId: SQL, accountId: SQL): SQL {
  return sql`select ${COLUMNS} from disputes d join accounts a on a.id = d.account_id
    where d.tenant_id = ${tenantId} and d.account_id = ${accountId}
    order by d.status = 'resolved', d.due_at, d.id limit 500`;
}

/** The views of dispute rows read as JSON (accountDisputesSql inside a larger statement). */
export function disputesFromRows(found: Array<Record<string, unknown>>, now: Date): DisputeView[] {
  return (found as unknown as Row[]).map((x) => view(x, now));
}

/** The compliance officer's queue and the export: open first (oldest due first), then resolved. An audited PHI read. */
export async function listDisputes(q: Queryable, ctx: AccessContext, opts: { status?: 'open' | 'resolved'; accountId?: string; limit?: number } = {}): Promise<DisputeView[]> {
  // The read and its audit row are one statement (the row counts what the read found).
  const r = await rows<Row>(
    q,
    sql`with r as (select ${COLUMNS} from disputes d join accounts a on a.id = d.account_id
          where d.tenant_id = ${ctx.tenantId} ${opts.status ? sql`and d.status = ${opts.status}` : sql``} ${opts.accountId ? sql`and d.account_id = ${opts.accountId}` : sql``}
          order by d.status = 'resolved', d.due_at, d.id limit ${Math.min(opts.limit ?? 500, 5000)}),
        audited as (${auditInsertSql(ctx, sql`(select 1) one`, { action: 'read', recordType: 'dispute', recordId: sql`${opts.accountId ?? '*'}::text`, detailsSql: sql`jsonb_build_object('count', (select count(*) from r))` })})
        select r.* from r order by r.status = 'resolved', r.due_at, r.id`,
  );
  const now = ctx.clock.now();
  return r.map((x) => view(x, now));
}

export async function getDispute(q: Queryable, ctx: AccessContext, disputeId: string): Promise<DisputeView> {
  const [r] = await rows<Row>(q, sql`select ${COLUMNS} from disputes d join accounts a on a.id = d.account_id where d.tenant_id = ${ctx.tenantId} and d.id = ${disputeId}`);
  if (!r) throw notFound('dispute');
  await audit(q, ctx, { action: 'read', recordType: 'dispute', recordId: disputeId });
  return view(r, ctx.clock.now());
}

/** The patient's attached document, for billing to look at. An audited PHI read. */
export async function getDisputeDocument(q: Queryable, ctx: AccessContext, disputeId: string): Promise<{ name: string; type: string; content: Buffer }> {
  const [r] = await rows<{ document_name: string | null; document_type: string | null; document: Buffer | Uint8Array | null }>(
    q,
    sql`select document_name, document_type, document from disputes where tenant_id = ${ctx.tenantId} and id = ${disputeId}`,
  );
  if (!r?.document) throw notFound('document');
  await audit(q, ctx, { action: 'read', recordType: 'dispute_document', recordId: disputeId });
  return { name: r.document_name ?? 'document', type: r.document_type ?? 'application/octet-stream', content: Buffer.from(r.document) };
}

/** The open holds on a person (for the compliance officer's release), with any release already made. */
export async function listHolds(q: Queryable, ctx: AccessContext, personId: string) {
  const r = await rows<{ id: string; type: string; account_id: string | null; since: Date; resolved_at: Date | null; reason: string | null; released_by: string | null; release_reason: string | null }>(
    q,
    sql`select h.id, h.type, h.account_id, h.since, h.resolved_at, h.reason, r.released_by, r.reason as release_reason
        from holds h left join hold_releases r on r.hold_id = h.id
        where h.tenant_id = ${ctx.tenantId} and h.person_id = ${personId} order by h.since desc`,
  );
  await audit(q, ctx, { action: 'read', recordType: 'hold', recordId: personId });
  return r.map((h) => ({ id: h.id, type: h.type, accountId: h.account_id, since: iso(h.since), resolvedAt: iso(h.resolved_at), reason: h.reason, releasedBy: h.released_by, releaseReason: h.release_reason }));
}

/** Disputes as CSV (the export); the description is quoted, never interpreted. */
export function disputesCsv(list: DisputeView[]): string {
  const cols: Array<keyof DisputeView> = ['id', 'accountRef', 'accountId', 'status', 'source', 'category', 'receivedAt', 'dueAt', 'ageDays', 'overdue', 'resolution', 'resolvedAt', 'letterMailedAt', 'collectionResumedAt', 'description'];
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    // Quote everything, and defuse spreadsheet formulas (a description may start with = + - @).
    return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
  };
  return [cols.join(','), ...list.map((d) => cols.map((c) => cell(d[c])).join(','))].join('\n') + '\n';
}
