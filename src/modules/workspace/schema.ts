import { bigint, boolean, date, doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { encryptedText } from '../../platform/crypto/index.js';

export const conversations = pgTable('conversations', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  accountId: text('account_id'),
  channel: text('channel').$type<'chat' | 'sms' | 'call' | 'email'>().notNull(),
  agentId: text('agent_id'),
  language: text('language').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  endedAt: timestamp('ended_at', { withTimezone: true }),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const conversationUtterances = pgTable('conversation_utterances', {
  id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
  tenantId: text('tenant_id').notNull(),
  conversationId: text('conversation_id').notNull(),
  speaker: text('speaker').$type<'agent' | 'patient'>().notNull(),
  /** What was said, encrypted. */
  text: encryptedText('text').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  analysis: jsonb('analysis'),
  applied: jsonb('applied').$type<AppliedEffect[]>().notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export interface AppliedEffect {
  intent: string;
  /** 'proposal': outreach paused and a review opened (detail: the review id). */
  kind: 'revocation' | 'hold' | 'task' | 'proposal';
  detail: string;
}

/** A critical intent heard in free text, waiting for (or decided by) a person. */
export const intentReviews = pgTable('intent_reviews', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  accountId: text('account_id'),
  conversationId: text('conversation_id'),
  utteranceId: bigint('utterance_id', { mode: 'number' }),
  intent: text('intent').notNull(),
  probability: doublePrecision('probability'),
  evidence: jsonb('evidence').notNull(),
  channels: jsonb('channels'),
  status: text('status').$type<'proposed' | 'confirmed' | 'dismissed'>().notNull(),
  pauseHoldId: text('pause_hold_id'),
  taskId: text('task_id'),
  /** The inbound SMS or email the proposal came from (null for a live conversation). */
  communicationId: text('communication_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  decidedBy: text('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  note: text('note'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

/** A person's word on what an utterance meant: labeled examples for the next training run. */
export const intentLabels = pgTable('intent_labels', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  utteranceId: bigint('utterance_id', { mode: 'number' }).notNull(),
  intent: text('intent').notNull(),
  present: boolean('present').notNull(),
  source: text('source').$type<'review_confirmed' | 'review_dismissed'>().notNull(),
  reviewId: text('review_id'),
  labeledBy: text('labeled_by'),
  labeledAt: timestamp('labeled_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

/** What came of one contact: the disposition, the agent's note (encrypted), a promise to pay. */
export const accountOutcomes = pgTable('account_outcomes', {
  tenantId: text('tenant_id').notNull(),
  id: text('id').notNull(),
  accountId: text('account_id').notNull(),
  personId: text('person_id').notNull(),
  agentId: text('agent_id').notNull(),
  disposition: text('disposition').notNull(),
  reached: boolean('reached').notNull(),
  resolved: boolean('resolved').notNull(),
  note: encryptedText('note'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  handleSeconds: integer('handle_seconds').notNull(),
  communicationId: text('communication_id'),
  callbackAt: timestamp('callback_at', { withTimezone: true }),
  promiseAmountCents: bigint('promise_amount_cents', { mode: 'number' }),
  promiseDueOn: date('promise_due_on', { mode: 'string' }),
  promiseStatus: text('promise_status').$type<'pending' | 'kept' | 'broken'>(),
  promiseSettledAt: timestamp('promise_settled_at', { withTimezone: true }),
});
