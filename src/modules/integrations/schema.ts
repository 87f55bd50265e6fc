import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { encryptedText, type EncryptedTable } from '../../platform/crypto/index.js';

/** A tenant's connection settings per kind; `secrets` is one encrypted JSON object. */
export const tenantIntegrations = pgTable(
  'tenant_integrations',
  {
    tenantId: text('tenant_id').notNull(),
    kind: text('kind').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    secrets: text('secrets'),
    secretsChanged: jsonb('secrets_changed').$type<Record<string, string>>().notNull(),
    updatedBy: text('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind] })],
);

export const dropFolderFiles = pgTable(
  'drop_folder_files',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    /** Encrypted: an export is often named after its patient. */
    name: encryptedText('name').notNull(),
    status: text('status').$type<'processed' | 'failed'>().notNull(),
    runId: text('run_id'),
    rejected: integer('rejected').notNull(),
    error: encryptedText('error'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    url: text('url').notNull(),
    events: text('events').array().notNull(),
    secret: text('secret').notNull(),
    active: boolean('active').notNull(),
    description: text('description'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    endpointId: text('endpoint_id').notNull(),
    eventId: text('event_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<'pending' | 'delivered' | 'failed'>().notNull(),
    attempts: integer('attempts').notNull(),
    responseStatus: integer('response_status'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** Columns this module stores encrypted (re-encrypted on key rotation). */
export const INTEGRATIONS_ENCRYPTED_TABLES: EncryptedTable[] = [
  { table: 'tenant_integrations', key: ['tenant_id', 'kind'], text: ['secrets'] },
  { table: 'webhook_endpoints', key: ['tenant_id', 'id'], text: ['secret'] },
  { table: 'drop_folder_files', key: ['tenant_id', 'id'], text: ['name', 'error'] },
];
