import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const communications = pgTable('communications', {
  id: text('id').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  accountId: text('account_id'),
  direction: text('direction').$type<'outbound' | 'inbound'>().notNull(),
  channel: text('channel').$type<'call' | 'sms' | 'email' | 'letter' | 'voicemail' | 'chat' | 'portal'>().notNull(),
  status: text('status').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  toAddress: text('to_address'),
  subject: text('subject'),
  body: text('body'),
  journey: text('journey'),
  step: text('step'),
  outcome: text('outcome'),
  reasons: text('reasons').array().notNull(),
  decision: jsonb('decision'),
  ruleSetVersion: text('rule_set_version'),
  externalId: text('external_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
