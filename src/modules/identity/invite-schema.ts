import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const userInvites = pgTable('user_invites', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull(),
  tenantId: text('tenant_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  /** `invite` (a new account) or `reset` (an administrator's password reset). */
  purpose: text('purpose').$type<'invite' | 'reset'>().notNull().default('invite'),
});
