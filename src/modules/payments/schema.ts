import { bigint, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { LinkAction } from './link-token-format.js';

export const paymentLinks = pgTable('payment_links', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  accountId: text('account_id').notNull(),
  actions: text('actions').array().$type<LinkAction[]>().notNull(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdBy: text('created_by').notNull(),
  purpose: text('purpose'),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  revokedBy: text('revoked_by'),
  revokeReason: text('revoke_reason'),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  firstFailureAt: timestamp('first_failure_at', { withTimezone: true }),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lockouts: integer('lockouts').notNull().default(0),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
  lastOpenedAt: timestamp('last_opened_at', { withTimezone: true }),
  /** A message's link (id 'm' + its short code): the message it was minted for. */
  communicationId: text('communication_id'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const portalSessions = pgTable('portal_sessions', {
  tokenHash: text('token_hash').notNull(),
  linkId: text('link_id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  accountId: text('account_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.tokenHash] })]);

export type PaymentStatus = 'pending' | 'requires_action' | 'succeeded' | 'failed';
export type PaymentChannel = 'portal' | 'staff' | 'autopay';

export const payments = pgTable('payments', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  accountId: text('account_id').notNull(),
  personId: text('person_id').notNull(),
  idempotencyKey: text('idempotency_key').notNull(),
  fingerprint: text('fingerprint').notNull(),
  channel: text('channel').$type<PaymentChannel>().notNull(),
  linkId: text('link_id'),
  planId: text('plan_id'),
  gateway: text('gateway').notNull(),
  paymentMethod: text('payment_method'),
  amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  discountCents: bigint('discount_cents', { mode: 'number' }).notNull().default(0),
  discountKind: text('discount_kind'),
  status: text('status').$type<PaymentStatus>().notNull(),
  gatewayChargeId: text('gateway_charge_id'),
  cardBrand: text('card_brand'),
  cardLast4: text('card_last4'),
  failureCode: text('failure_code'),
  refundedCents: bigint('refunded_cents', { mode: 'number' }).notNull().default(0),
  receiptCommunicationId: text('receipt_communication_id'),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
export type PaymentRow = typeof payments.$inferSelect;

export const paymentRefunds = pgTable('payment_refunds', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  accountId: text('account_id').notNull(),
  paymentId: text('payment_id'),
  amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  reason: text('reason').notNull(),
  method: text('method').$type<'gateway' | 'check'>().notNull(),
  status: text('status').$type<'pending' | 'succeeded' | 'failed'>().notNull(),
  idempotencyKey: text('idempotency_key').notNull(),
  gatewayRefundId: text('gateway_refund_id'),
  sourceRef: text('source_ref'),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
export type RefundRow = typeof paymentRefunds.$inferSelect;

export const gatewayEvents = pgTable(
  'gateway_events',
  {
    gateway: text('gateway').notNull(),
    id: text('id').notNull(),
    tenantId: text('tenant_id'),
    type: text('type').notNull(),
    gatewayType: text('gateway_type').notNull(),
    chargeId: text('charge_id'),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    failureCode: text('failure_code'),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.gateway, t.id] })],
);
