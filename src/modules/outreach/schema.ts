import { date, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { encryptedText } from '../../platform/crypto/index.js';

export const communications = pgTable('communications', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  accountId: text('account_id'),
  direction: text('direction').$type<'outbound' | 'inbound'>().notNull(),
  channel: text('channel').$type<'call' | 'sms' | 'email' | 'letter' | 'voicemail' | 'chat' | 'portal'>().notNull(),
  status: text('status').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  // Encrypted (the address is a phone or email; subject and body are the message): raw SQL reads
  // them through decryptMessageFields.
  toAddress: encryptedText('to_address'),
  subject: encryptedText('subject'),
  body: encryptedText('body'),
  journey: text('journey'),
  step: text('step'),
  outcome: text('outcome'),
  reasons: text('reasons').array().notNull(),
  decision: jsonb('decision'),
  ruleSetVersion: text('rule_set_version'),
  externalId: text('external_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  language: text('language'),
  tone: text('tone'),
  purpose: text('purpose'),
  template: text('template'),
  verifyCode: text('verify_code'),
  letterBatchId: text('letter_batch_id'),
  taskId: text('task_id'),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  /** The version of the tenant's templates the message was written from (0: the shipped files). */
  templateVersion: integer('template_version'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const journeyStates = pgTable('journey_states', {
  accountId: text('account_id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  journey: text('journey'),
  journeyVersion: integer('journey_version'),
  status: text('status').$type<'new' | 'active' | 'paused' | 'completed'>().notNull(),
  pausedReason: text('paused_reason'),
  attempts: jsonb('attempts').$type<Record<string, { n: number; lastAt: string }>>().notNull(),
  totalAttempts: integer('total_attempts').notNull(),
  lastContactAt: timestamp('last_contact_at', { withTimezone: true }),
  paymentMarker: timestamp('payment_marker', { withTimezone: true }),
  manualPause: jsonb('manual_pause').$type<{ reason: string; until: string } | null>(),
  lastSignature: text('last_signature'),
  enteredAt: timestamp('entered_at', { withTimezone: true }),
  nextEvalAt: timestamp('next_eval_at', { withTimezone: true }).notNull(),
  history: jsonb('history').$type<unknown[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.accountId] })]);

export const agentTasks = pgTable('agent_tasks', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  accountId: text('account_id'),
  communicationId: text('communication_id'),
  kind: text('kind').notNull(),
  status: text('status').$type<'open' | 'done' | 'cancelled'>().notNull(),
  reason: text('reason'),
  windowStart: timestamp('window_start', { withTimezone: true }),
  windowEnd: timestamp('window_end', { withTimezone: true }),
  compliance: jsonb('compliance'),
  priority: integer('priority').notNull(),
  outcome: text('outcome'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  assignedTo: text('assigned_to'),
  snoozedUntil: timestamp('snoozed_until', { withTimezone: true }),
  dueAt: timestamp('due_at', { withTimezone: true }),
  detail: jsonb('detail'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const letterBatches = pgTable('letter_batches', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  batchDate: date('batch_date', { mode: 'string' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
