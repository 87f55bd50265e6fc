import { bigint, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { encryptedText } from '../../platform/crypto/index.js';

export const conversations = pgTable('conversations', {
  id: text('id').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  accountId: text('account_id'),
  channel: text('channel').$type<'chat' | 'sms' | 'call'>().notNull(),
  agentId: text('agent_id'),
  language: text('language').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  endedAt: timestamp('ended_at', { withTimezone: true }),
});

export const conversationUtterances = pgTable('conversation_utterances', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  tenantId: text('tenant_id').notNull(),
  conversationId: text('conversation_id').notNull(),
  speaker: text('speaker').$type<'agent' | 'patient'>().notNull(),
  /** What was said, encrypted. */
  text: encryptedText('text').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  analysis: jsonb('analysis'),
  applied: jsonb('applied').$type<AppliedEffect[]>().notNull(),
});

export interface AppliedEffect {
  intent: string;
  kind: 'revocation' | 'hold' | 'task';
  detail: string;
}
