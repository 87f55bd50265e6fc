import { boolean, date, doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { encryptedBytes, encryptedJson, encryptedText } from '../../platform/crypto/index.js';
import type { MissingItem } from './check-application-completeness.js';
import type { Household } from './fap-policy.schema.js';

export type ApplicationStatus = 'submitted' | 'incomplete' | 'approved' | 'denied' | 'withdrawn';

export const assistanceApplications = pgTable('assistance_applications', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  accountId: text('account_id'),
  status: text('status').$type<ApplicationStatus>().notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  /** Household size, incomes and assets, encrypted (JSON text). */
  household: encryptedJson<Household>('household').notNull(),
  noIncomeAttestation: boolean('no_income_attestation').notNull(),
  signedOn: date('signed_on', { mode: 'string' }),
  /** The name typed as a signature, encrypted. */
  signatureName: encryptedText('signature_name'),
  language: text('language').$type<'en' | 'es'>().notNull(),
  channel: text('channel').$type<'portal' | 'staff'>().notNull(),
  holdId: text('hold_id'),
  missing: jsonb('missing').$type<MissingItem[]>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
export type ApplicationRow = typeof assistanceApplications.$inferSelect;

export const assistanceDocuments = pgTable('assistance_documents', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  applicationId: text('application_id').notNull(),
  kind: text('kind').notNull(),
  /** The uploaded file's name (it often names the person), encrypted. */
  fileName: encryptedText('file_name').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  /** The document, encrypted (Drizzle decrypts on select). */
  content: encryptedBytes('content').notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  uploadedBy: text('uploaded_by').notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const assistanceDecisions = pgTable('assistance_decisions', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  applicationId: text('application_id').notNull(),
  decision: text('decision').$type<'approved' | 'denied' | 'incomplete'>().notNull(),
  discountPct: doublePrecision('discount_pct').notNull(),
  agbPct: doublePrecision('agb_pct'),
  reasons: text('reasons').array().notNull(),
  missing: jsonb('missing').$type<MissingItem[]>().notNull(),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
  validThrough: date('valid_through', { mode: 'string' }),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  decidedBy: text('decided_by').notNull(),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
export type DecisionRow = typeof assistanceDecisions.$inferSelect;
