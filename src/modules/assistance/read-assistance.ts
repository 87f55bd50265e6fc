import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { fromJsonRow, rows, type Queryable } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { persons } from '../people/index.js';
import type { MissingItem } from './check-application-completeness.js';
import { assistanceApplications, assistanceDecisions, assistanceDocuments, type ApplicationStatus } from './schema.js';

/** An application as the patient and counselors see it (documents listed, never their bytes). */
export interface ApplicationView {
  id: string;
  personId: string;
  accountId: string | null;
  status: ApplicationStatus;
  receivedOn: string;
  household: { size: number | null; annualIncomeCents: number | null; assetsCents: number | null; state: string | null; presumptive: Array<{ kind: string; on?: string }> };
  noIncomeAttestation: boolean;
  signed: boolean;
  language: 'en' | 'es';
  channel: 'portal' | 'staff';
  missing: MissingItem[];
  documents: Array<{ id: string; kind: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; uploadedAt: string }>;
  decision: { id: string; decision: string; discountPct: number; agbPct: number | null; reasons: string[]; decidedOn: string; validThrough: string | null; details: Record<string, unknown> } | null;
  holdActive: boolean;
  createdAt: string;
}

type DocumentRow = Pick<typeof assistanceDocuments.$inferSelect, 'id' | 'kind' | 'fileName' | 'contentType' | 'sizeBytes' | 'sha256' | 'uploadedAt'>;

async function view(q: Queryable, app: typeof assistanceApplications.$inferSelect): Promise<ApplicationView> {
  const docs = await q
    .select({ id: assistanceDocuments.id, kind: assistanceDocuments.kind, fileName: assistanceDocuments.fileName, contentType: assistanceDocuments.contentType, sizeBytes: assistanceDocuments.sizeBytes, sha256: assistanceDocuments.sha256, uploadedAt: assistanceDocuments.uploadedAt })
    .from(assistanceDocuments)
    .where(eq(assistanceDocuments.applicationId, app.id))
    .orderBy(asc(assistanceDocuments.uploadedAt));
  const [decision] = await q.select().from(assistanceDecisions).where(eq(assistanceDecisions.applicationId, app.id)).orderBy(desc(assistanceDecisions.decidedAt)).limit(1);
  return viewOf(app, docs, decision ?? null);
}

function viewOf(app: typeof assistanceApplications.$inferSelect, docs: DocumentRow[], decision: typeof assistanceDecisions.$inferSelect | null): ApplicationView {
  return {
    id: app.id,
    personId: app.personId,
    accountId: app.accountId,
    status: app.status,
    receivedOn: app.receivedOn,
    household: {
      size: app.household.size ?? null,
      annualIncomeCents: app.household.annualIncomeCents ?? null,
      assetsCents: app.household.assetsCents ?? null,
      state: app.household.state ?? null,
      presumptive: (app.household.presumptive ?? []).map((p) => ({ kind: p.kind, ...(p.on ? { on: p.on } : {}) })),
    },
    noIncomeAttestation: app.noIncomeAttestation,
    signed: app.signedOn !== null,
    language: app.language,
    channel: app.channel,
    missing: app.missing,
    documents: docs.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
    decision: decision
      ? { id: decision.id, decision: decision.decision, discountPct: decision.discountPct, agbPct: decision.agbPct, reasons: decision.reasons, decidedOn: decision.decidedOn, validThrough: decision.validThrough, details: decision.details }
      : null,
    holdActive: app.status === 'submitted' || app.status === 'incomplete',
    createdAt: app.createdAt.toISOString(),
  };
}

/**
 * The person's most recent application with its documents (no content) and latest decision as one
 * jsonb value (null without one), for a statement that reads more (the account page, the portal's
 * bill); `latestApplicationFromJson` makes the view. Both arguments are SQL expressions.
 */
export function latestApplicationJsonSql(tenantId: SQL, personId: SQL): SQL {
  return sql`(select jsonb_build_object('app', to_jsonb(x),
        'documents', (select coalesce(jsonb_agg(jsonb_build_object('id', d.id, 'kind', d.kind, 'file_name', d.file_name, 'content_type', d.content_type, 'size_bytes', d.size_bytes, 'sha256', d.sha256, 'uploaded_at', d.uploaded_at) order by d.uploaded_at), '[]'::jsonb)
                      from assistance_documents d where d.application_id = x.id),
        'decision', (select to_jsonb(c) from assistance_decisions c where c.application_id = x.id order by c.decided_at desc limit 1))
      from assistance_applications x where x.tenant_id = ${tenantId} and x.person_id = ${personId} order by x.created_at desc limit 1)`;
}

type JsonRow = Record<string, unknown>;

/** The view of an application read by latestApplicationJsonSql. */
export function latestApplicationFromJson(found: { app: JsonRow; documents: JsonRow[]; decision: JsonRow | null } | null): ApplicationView | null {
  if (!found) return null;
  const docs = found.documents.map((d) => {
    const r = fromJsonRow(assistanceDocuments, d);
    return { id: r.id, kind: r.kind, fileName: r.fileName, contentType: r.contentType, sizeBytes: r.sizeBytes, sha256: r.sha256, uploadedAt: r.uploadedAt };
  });
  return viewOf(fromJsonRow(assistanceApplications, found.app), docs, found.decision ? fromJsonRow(assistanceDecisions, found.decision) : null);
}

/** The person's most recent application (the portal shows its status), or null: one statement. */
export async function getLatestApplication(q: Queryable, opts: { tenantId: string; personId: string }): Promise<ApplicationView | null> {
  const [found] = await rows<{ a: Parameters<typeof latestApplicationFromJson>[0] }>(q, sql`select ${latestApplicationJsonSql(sql`${opts.tenantId}`, sql`${opts.personId}`)} as a`);
  return latestApplicationFromJson(found?.a ?? null);
}

/** One application for a counselor (an audited PHI read). */
export async function getApplication(q: Queryable, ctx: AccessContext, applicationId: string): Promise<ApplicationView & { personName: string }> {
  const [row] = await q
    .select({ app: assistanceApplications, givenName: persons.givenName, familyName: persons.familyName })
    .from(assistanceApplications)
    .innerJoin(persons, eq(persons.id, assistanceApplications.personId))
    .where(and(eq(assistanceApplications.tenantId, ctx.tenantId), eq(assistanceApplications.id, applicationId)));
  if (!row) throw notFound('application');
  await audit(q, ctx, { action: 'read', recordType: 'assistance_application', recordId: applicationId });
  return { ...(await view(q, row.app)), personName: `${row.givenName} ${row.familyName}` };
}

/** The counselor's work queue: applications by status, oldest first (names shown: audited). */
export async function listApplications(q: Queryable, ctx: AccessContext, opts: { status?: ApplicationStatus; limit?: number } = {}) {
  const found = await q
    .select({ app: assistanceApplications, givenName: persons.givenName, familyName: persons.familyName })
    .from(assistanceApplications)
    .innerJoin(persons, eq(persons.id, assistanceApplications.personId))
    .where(and(eq(assistanceApplications.tenantId, ctx.tenantId), opts.status ? eq(assistanceApplications.status, opts.status) : undefined))
    .orderBy(asc(assistanceApplications.receivedOn), asc(assistanceApplications.createdAt))
    .limit(Math.min(opts.limit ?? 100, 500));
  await audit(q, ctx, ...found.map((r) => ({ action: 'read' as const, recordType: 'assistance_application', recordId: r.app.id, details: { view: 'list' } })));
  return found.map((r) => ({
    id: r.app.id,
    personId: r.app.personId,
    personName: `${r.givenName} ${r.familyName}`,
    accountId: r.app.accountId,
    status: r.app.status,
    receivedOn: r.app.receivedOn,
    channel: r.app.channel,
    missing: r.app.missing.map((m) => m.item),
  }));
}

/** A document's bytes for a counselor (an audited PHI read). */
export async function getAssistanceDocument(q: Queryable, ctx: AccessContext, opts: { applicationId: string; documentId: string }) {
  const [doc] = await q
    .select()
    .from(assistanceDocuments)
    .where(and(eq(assistanceDocuments.tenantId, ctx.tenantId), eq(assistanceDocuments.applicationId, opts.applicationId), eq(assistanceDocuments.id, opts.documentId)));
  if (!doc) throw notFound('document');
  await audit(q, ctx, { action: 'read', recordType: 'assistance_document', recordId: doc.id, details: { applicationId: opts.applicationId } });
  return doc;
}

/**
 * The person's latest application in the compliance contract's `fapApplication` shape, for ECA
 * questions: while it is pending (complete or not) the engine blocks escalation.
 */
export async function fapApplicationForCompliance(q: Queryable, opts: { tenantId: string; personId: string }): Promise<{ receivedOn: string; complete: boolean; decision: 'pending' | 'approved' | 'denied'; decidedOn: string | null } | null> {
  const [app] = await q
    .select()
    .from(assistanceApplications)
    .where(and(eq(assistanceApplications.tenantId, opts.tenantId), eq(assistanceApplications.personId, opts.personId)))
    .orderBy(desc(assistanceApplications.createdAt))
    .limit(1);
  if (!app || app.status === 'withdrawn') return null;
  const pending = app.status === 'submitted' || app.status === 'incomplete';
  return {
    receivedOn: app.receivedOn,
    complete: app.missing.length === 0,
    decision: pending ? 'pending' : (app.status as 'approved' | 'denied'),
    decidedOn: pending || !app.decidedAt ? null : app.decidedAt.toISOString().slice(0, 10),
  };
}
