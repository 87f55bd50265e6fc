import { bigint, date, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { PlanStatus, ServicedPlan } from './plan-state.js';

export const paymentPlans = pgTable('payment_plans', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  accountId: text('account_id').notNull(),
  personId: text('person_id').notNull(),
  status: text('status').$type<PlanStatus>().notNull(),
  timeZone: text('time_zone').notNull(),
  anchorDay: integer('anchor_day').notNull(),
  totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
  remainingCents: bigint('remaining_cents', { mode: 'number' }).notNull(),
  monthlyPaymentCents: bigint('monthly_payment_cents', { mode: 'number' }).notNull(),
  nextDueOn: date('next_due_on', { mode: 'string' }),
  state: jsonb('state').$type<ServicedPlan>().notNull(),
  autopayPaymentMethod: text('autopay_payment_method'),
  autopayCardBrand: text('autopay_card_brand'),
  autopayCardLast4: text('autopay_card_last4'),
  source: text('source').$type<'portal' | 'staff'>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  lastServicedOn: date('last_serviced_on', { mode: 'string' }),
  version: integer('version').notNull().default(1),
  /** The payment-policy document version the plan was set up under (0: settings or defaults; null: not recorded). */
  paymentPolicyVersion: integer('payment_policy_version'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
export type PaymentPlanRow = typeof paymentPlans.$inferSelect;

export const planInstallments = pgTable(
  'plan_installments',
  {
    planId: text('plan_id').notNull(),
    seq: integer('seq').notNull(),
    tenantId: text('tenant_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    paidCents: bigint('paid_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.planId, t.seq] })],
);

export const planHistory = pgTable('plan_history', {
  id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
  planId: text('plan_id').notNull(),
  tenantId: text('tenant_id').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  reason: text('reason').notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const planPaymentApplications = pgTable(
  'plan_payment_applications',
  {
    planId: text('plan_id').notNull(),
    ledgerEntryId: text('ledger_entry_id').notNull(),
    tenantId: text('tenant_id').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    unappliedCents: bigint('unapplied_cents', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.planId, t.ledgerEntryId] })],
);
