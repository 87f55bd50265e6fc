import { bigint, date, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const accounts = pgTable('accounts', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  guarantorId: text('guarantor_id'),
  externalRef: text('external_ref').notNull(),
  facility: text('facility'),
  status: text('status').notNull(),
  serviceDate: date('service_date', { mode: 'string' }),
  dischargeDate: date('discharge_date', { mode: 'string' }),
  firstStatementOn: date('first_statement_on', { mode: 'string' }),
  dueOn: date('due_on', { mode: 'string' }),
  delinquentSince: date('delinquent_since', { mode: 'string' }),
  totalChargesCents: bigint('total_charges_cents', { mode: 'number' }).notNull(),
  balanceCents: bigint('balance_cents', { mode: 'number' }).notNull(),
  insurancePendingCents: bigint('insurance_pending_cents', { mode: 'number' }).notNull(),
  patientDueCents: bigint('patient_due_cents', { mode: 'number' }).notNull(),
  lastPaymentAt: timestamp('last_payment_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const ledgerEntries = pgTable('ledger_entries', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  accountId: text('account_id').notNull(),
  kind: text('kind').notNull(),
  amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  bucket: text('bucket').$type<'insurance' | 'patient'>().notNull(),
  effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
  postedAt: timestamp('posted_at', { withTimezone: true }).notNull(),
  source: text('source').notNull(),
  sourceRef: text('source_ref').notNull(),
  memo: text('memo'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
