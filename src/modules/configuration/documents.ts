import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';
import { configDocuments, type DocumentKind } from './schema.js';

export interface PublishedDocument {
  kind: DocumentKind;
  name: string;
  version: number;
  body: unknown;
  note: string | null;
  publishedBy: string | null;
  publishedAt: string;
}

/** The newest published version of each of a tenant's documents. */
export async function currentDocuments(q: Queryable, tenantId: string): Promise<PublishedDocument[]> {
  const raw = await rows<{ kind: DocumentKind; name: string; version: number; body: unknown; note: string | null; published_by: string | null; published_at: Date | string }>(
    q,
    sql`select distinct on (kind, name) kind, name, version, body, note, published_by, published_at
          from config_documents where tenant_id = ${tenantId}
         order by kind, name, version desc`,
  );
  return raw.map((r) => ({
    kind: r.kind, name: r.name, version: Number(r.version), body: typeof r.body === 'string' ? JSON.parse(r.body) : r.body, note: r.note,
    publishedBy: r.published_by, publishedAt: new Date(r.published_at).toISOString(),
  }));
}

/**
 * The newest published version of one document (policies and dispositions are named `default`),
 * or null while the tenant has published none. The engines that use a policy read it here.
 */
export async function latestDocument(q: Queryable, tenantId: string, kind: DocumentKind, name = 'default'): Promise<{ version: number; body: unknown } | null> {
  const [r] = await rows<{ version: number; body: unknown }>(
    q,
    sql`select version, body from config_documents where tenant_id = ${tenantId} and kind = ${kind} and name = ${name} order by version desc limit 1`,
  );
  return latestDocumentFromRow(r ?? null);
}

/**
 * The same read as a jsonb expression (`{version, body}`, or null), for a statement that reads more
 * than the document; `latestDocumentFromRow` gives what latestDocument returns. `tenantId` is SQL.
 */
export function latestDocumentJsonSql(tenantId: SQL, kind: DocumentKind, name = 'default'): SQL {
  return sql`(select jsonb_build_object('version', d.version, 'body', d.body) from config_documents d
    where d.tenant_id = ${tenantId} and d.kind = ${kind} and d.name = ${name} order by d.version desc limit 1)`;
}

export function latestDocumentFromRow(r: { version: number | string; body: unknown } | null): { version: number; body: unknown } | null {
  return r ? { version: Number(r.version), body: typeof r.body === 'string' ? JSON.parse(r.body) : r.body } : null;
}

/** Every version of one document, newest first (the history the admin page lists). */
export async function documentVersions(q: Queryable, tenantId: string, kind: DocumentKind, name: string): Promise<PublishedDocument[]> {
  const list = await q
    .select()
    .from(configDocuments)
    .where(and(eq(configDocuments.tenantId, tenantId), eq(configDocuments.kind, kind), eq(configDocuments.name, name)))
    .orderBy(desc(configDocuments.version));
  return list.map((r) => ({ kind: r.kind, name: r.name, version: r.version, body: r.body, note: r.note, publishedBy: r.publishedBy, publishedAt: r.publishedAt.toISOString() }));
}
