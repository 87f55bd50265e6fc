import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Kinds of configuration a tenant edits as versioned documents. */
export const DOCUMENT_KINDS = ['templates', 'journey', 'fap_policy', 'payment_policy', 'dispositions'] as const;
/** Kinds with one document per tenant, always named `default`. */
export const POLICY_KINDS = ['fap_policy', 'payment_policy', 'dispositions'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Every published version of a tenant's configuration documents; the newest one is in use. */
export const configDocuments = pgTable(
  'config_documents',
  {
    tenantId: text('tenant_id').notNull(),
    kind: text('kind').$type<DocumentKind>().notNull(),
    /** A language (`en`) for templates, a journey id for journeys, `default` for policies and dispositions. */
    name: text('name').notNull(),
    version: integer('version').notNull(),
    body: jsonb('body').notNull(),
    note: text('note'),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind, t.name, t.version] })],
);
