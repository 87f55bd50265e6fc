import { bigint, boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { encryptedText } from '../../platform/crypto/index.js';

export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').$type<TenantKind>().notNull(),
  collectorRole: text('collector_role').$type<'original_creditor' | 'debt_collector'>().notNull(),
  state: text('state'),
  timeZone: text('time_zone').notNull(),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type TenantKind = 'provider' | 'nonprofit_hospital' | 'payer' | 'agency';

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().notNull(),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  totpSecret: encryptedText('totp_secret'),
  totpPendingSecret: encryptedText('totp_pending_secret'),
  totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  recoveryCodeHashes: text('recovery_code_hashes').array().notNull().default([]),
});

/** Encrypted columns of identity tables (key rotation re-encrypts them). */
export const IDENTITY_ENCRYPTED_TABLES: import('../../platform/crypto/index.js').EncryptedTable[] = [
  { table: 'users', key: 'id', text: ['totp_secret', 'totp_pending_secret'] },
  { table: 'tenant_sign_on', key: 'tenant_id', text: ['client_secret'] },
];

/** A tenant's OpenID Connect identity provider (single sign-on for staff). */
export const tenantSignOn = pgTable('tenant_sign_on', {
  tenantId: text('tenant_id').primaryKey(),
  displayName: text('display_name').notNull(),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: encryptedText('client_secret').notNull(),
  allowedDomains: text('allowed_domains').array().notNull(),
  roleClaim: text('role_claim'),
  roleMap: jsonb('role_map').$type<Record<string, string>>().notNull().default({}),
  enabled: boolean('enabled').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by'),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull(),
  tenantId: text('tenant_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
});

/** Failed sign-ins per account (keyed by a hash of the normalized email, known or not). */
export const signInThrottles = pgTable('sign_in_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lockouts: integer('lockouts').notNull().default(0),
});
