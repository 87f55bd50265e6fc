import { and, eq, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Db, Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { checkDocument, type CheckDeps, type DraftDocument } from './check-document.js';
import { configDocuments } from './schema.js';

export interface PublishOptions extends DraftDocument {
  note?: string;
  /** The version the editor started from: publishing fails if someone published since (0: none yet). */
  baseVersion?: number;
}

/**
 * Publishes a document as the tenant's next version after the full check; the old versions stay.
 * Nothing is written when any problem is found: the error lists every one.
 */
export async function publishDocument(db: Db, ctx: AccessContext, opts: PublishOptions, deps: Omit<CheckDeps, 'now'>): Promise<{ version: number }> {
  const now = ctx.clock.now();
  const { issues } = await checkDocument(db, ctx.tenantId, opts, { ...deps, now });
  if (issues.length) {
    throw new AppError('validation_failed', {
      message: `cannot publish ${opts.kind} ${opts.name}: ${issues.length} problem(s): ` + issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      userMessage: `This cannot be published yet: ${issues.length === 1 ? 'one problem needs' : `${issues.length} problems need`} fixing first.`,
      issues,
    });
  }
  return db.transaction((tx) => writeDocumentVersion(tx, ctx, opts));
}

/**
 * Writes a checked document as the tenant's next version, with its audit row, in the caller's
 * transaction (publish and import check first; this only stores).
 */
export async function writeDocumentVersion(tx: Queryable, ctx: AccessContext, opts: PublishOptions): Promise<{ version: number }> {
  const [cur] = await tx
    .select({ v: sql<number>`coalesce(max(${configDocuments.version}), 0)::int` })
    .from(configDocuments)
    .where(and(eq(configDocuments.tenantId, ctx.tenantId), eq(configDocuments.kind, opts.kind), eq(configDocuments.name, opts.name)));
  const current = Number(cur?.v ?? 0);
  if (opts.baseVersion !== undefined && opts.baseVersion !== current) {
    throw new AppError('conflict', { message: `version ${current} was published since ${opts.baseVersion}`, userMessage: `Someone published version ${current} while you were editing. Reload to see it, then make your change again.` });
  }
  const version = current + 1;
  await tx.insert(configDocuments).values({ tenantId: ctx.tenantId, kind: opts.kind, name: opts.name, version, body: opts.body, note: opts.note ?? null, publishedBy: ctx.actor.id, publishedAt: ctx.clock.now() });
  await audit(tx, ctx, { action: 'write', recordType: 'config_document', recordId: `${opts.kind}/${opts.name}`, details: { version, note: opts.note ?? null } });
  return { version };
}
