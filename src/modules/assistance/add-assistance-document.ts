import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Database } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { DOCUMENT_KINDS, type DocumentKind } from './application.schema.js';
import { localDate } from '../../platform/time/index.js';
import { assistanceApplications, assistanceDocuments } from './schema.js';
import { documentScanner, type DocumentScanner } from './document-scanner.js';
import { checkAssistanceApplication } from './submit-assistance-application.js';
import type { MissingItem } from './check-application-completeness.js';

/** Kinds of file accepted: PDFs and phone photos. */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/webp'] as const;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/heic': (b) => b.subarray(4, 8).toString('latin1') === 'ftyp',
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

export interface AddAssistanceDocumentOptions {
  database: Database;
  ctx: AccessContext;
  applicationId: string;
  kind: string;
  fileName: string;
  contentType: string;
  content: Buffer;
  language?: 'en' | 'es';
  /** The virus-scan hook (default: the process's configured scanner). */
  scanner?: DocumentScanner;
}

/**
 * Stores an uploaded document in the database (bytea) under a random id with its sha256, after
 * checking its kind, type, size and that the bytes are what the type says. The file name is kept
 * only as a label (path parts stripped). Nothing of it goes to logs. Re-checks completeness.
 */
export async function addAssistanceDocument(opts: AddAssistanceDocumentOptions): Promise<{ documentId: string; sha256: string; missing: MissingItem[] }> {
  const { database, ctx } = opts;
  const es = opts.language === 'es';
  const bad = (path: string, message: string, userMessage: string) => new AppError('validation_failed', { message: `${path}: ${message}`, userMessage, issues: [{ path, message }] });
  if (!DOCUMENT_KINDS.includes(opts.kind as DocumentKind)) throw bad('kind', `one of ${DOCUMENT_KINDS.join(', ')}`, es ? 'Elija qué tipo de documento es.' : 'Please choose what kind of document this is.');
  const type = opts.contentType.split(';')[0]!.trim().toLowerCase();
  if (!(DOCUMENT_CONTENT_TYPES as readonly string[]).includes(type)) {
    throw bad('contentType', `one of ${DOCUMENT_CONTENT_TYPES.join(', ')}`, es ? 'Suba un PDF o una foto (JPG, PNG, HEIC).' : 'Please upload a PDF or a photo (JPG, PNG, HEIC).');
  }
  if (opts.content.length === 0 || opts.content.length > MAX_DOCUMENT_BYTES) {
    throw bad('content', `1..${MAX_DOCUMENT_BYTES} bytes`, es ? 'El archivo debe pesar menos de 10 MB.' : 'The file must be smaller than 10 MB.');
  }
  if (!MAGIC[type]!(opts.content)) throw bad('content', `bytes are not ${type}`, es ? 'Este archivo no parece un PDF o una foto. Inténtelo con otro.' : 'This file does not look like a PDF or a photo. Please try another.');
  // Every file goes through the virus-scan hook before anything is stored; a scanner that cannot
  // answer fails the upload (the patient is asked to try again) rather than letting a file in unscanned.
  const verdict = await (opts.scanner ?? documentScanner()).scan(opts.content).catch((err: Error) => {
    throw new AppError('unavailable', { message: err.message, userMessage: es ? 'No pudimos revisar su archivo en este momento. Inténtelo de nuevo en unos minutos.' : 'We could not check your file just now. Please try again in a few minutes.' });
  });
  if (!verdict.clean) {
    await audit(database.db, ctx, { action: 'denied', recordType: 'assistance_application', recordId: opts.applicationId, details: { reason: 'virus_scan', threat: verdict.threat } });
    throw bad('content', `rejected by the virus scan (${verdict.threat})`, es ? 'Este archivo no pasó nuestra revisión de seguridad. Suba otra copia, por ejemplo una foto nueva.' : 'This file did not pass our safety check. Please upload another copy, for example a new photo.');
  }
  const sha256 = createHash('sha256').update(opts.content).digest('hex');
  const fileName = (opts.fileName.split(/[\\/]/).pop() ?? 'document').replace(/[^\w. -]/g, '_').slice(0, 120) || 'document';
  const now = ctx.clock.now();
  const documentId = newId();
  await database.db.transaction(async (tx) => {
    const [app] = await tx.select().from(assistanceApplications).where(and(eq(assistanceApplications.tenantId, ctx.tenantId), eq(assistanceApplications.id, opts.applicationId)));
    if (!app) throw notFound('application');
    if (app.status !== 'submitted' && app.status !== 'incomplete') {
      throw new AppError('conflict', { message: `application is ${app.status}`, userMessage: es ? 'Esta solicitud ya fue decidida.' : 'This application has already been decided.' });
    }
    await tx.insert(assistanceDocuments).values({
      id: documentId,
      tenantId: ctx.tenantId,
      applicationId: app.id,
      kind: opts.kind,
      fileName,
      contentType: type,
      sizeBytes: opts.content.length,
      sha256,
      content: opts.content,
      receivedOn: localDate(now, 'UTC'),
      uploadedAt: now,
      uploadedBy: `${ctx.actor.kind}:${ctx.actor.id}`,
    });
    // A counselor checks what arrived: one open task per application, reopened by a later upload.
    await tx.execute(sql`insert into agent_tasks (id, tenant_id, person_id, account_id, kind, status, reason, priority, created_at, detail)
      values (${`review-documents-${app.id}`}, ${ctx.tenantId}, ${app.personId}, ${app.accountId}, 'review_documents', 'open', 'documents_uploaded', 60, ${now}, ${JSON.stringify({ applicationId: app.id })}::jsonb)
      on conflict (tenant_id, id) do update set status = 'open', completed_at = null, outcome = null, created_at = excluded.created_at where agent_tasks.status <> 'open'`);
    await audit(tx, ctx, { action: 'write', recordType: 'assistance_document', recordId: documentId, details: { applicationId: app.id, kind: opts.kind, sizeBytes: opts.content.length, sha256 } });
  });
  const checked = await checkAssistanceApplication({ database, ctx, applicationId: opts.applicationId, markIncomplete: false });
  return { documentId, sha256, missing: checked.missing };
}
