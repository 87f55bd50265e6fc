import { bigint, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { encryptedJson, encryptedText } from '../../../platform/crypto/index.js';
import type { RecordFacts } from './record-envelope.js';

export const ingestionRuns = pgTable('ingestion_runs', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  actorId: text('actor_id').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  status: text('status').notNull(),
  /** The files' names as uploaded (a file is often named after its patient), encrypted JSON. */
  files: encryptedJson<string[]>('files').notNull(),
  /** Counts and up to 100 error lines, which may quote a refused value: encrypted JSON. */
  summary: encryptedJson<unknown>('summary'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const ingestedRecords = pgTable(
  'ingested_records',
  {
    tenantId: text('tenant_id').notNull(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    contentHash: text('content_hash').notNull(),
    /** The record's JSON text, encrypted: read it through read-records.ts (record-envelope.ts). */
    data: text('data').notNull(),
    /** The plain, non-PHI values SQL filters and joins on (record-envelope.ts). */
    facts: jsonb('facts').$type<RecordFacts>(),
    personId: text('person_id'),
    accountId: text('account_id'),
    firstRunId: text('first_run_id'),
    lastRunId: text('last_run_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind, t.key] })],
);

export const ingestedRecordHistory = pgTable('ingested_record_history', {
  id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
  tenantId: text('tenant_id').notNull(),
  kind: text('kind').notNull(),
  key: text('key').notNull(),
  contentHash: text('content_hash').notNull(),
  /** Encrypted like ingested_records.data. */
  data: text('data').notNull(),
  replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull(),
  replacedByRun: text('replaced_by_run'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

/** Claim identifiers (an 835's patient control number may be one) and the account they point to. */
export const ingestedClaimRefs = pgTable(
  'ingested_claim_refs',
  {
    tenantId: text('tenant_id').notNull(),
    ref: text('ref').notNull(),
    accountId: text('account_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.ref, t.accountId] })],
);

export const ingestionRejections = pgTable('ingestion_rejections', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  runId: text('run_id').notNull(),
  /** The file's name as uploaded, encrypted (see ingestion_runs.files). */
  file: encryptedText('file').notNull(),
  line: integer('line'),
  entry: integer('entry'),
  segment: integer('segment'),
  field: text('field'),
  /** Encrypted: a message may quote the value it refused (a malformed birth date). */
  message: encryptedText('message').notNull(),
  recordKind: text('record_kind'),
  /** The refused input (a FHIR resource, a CSV row), encrypted. */
  raw: encryptedText('raw'),
  status: text('status').$type<'open' | 'resubmitted' | 'dismissed'>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  resolvedBy: text('resolved_by'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
