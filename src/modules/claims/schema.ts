import { bigint, date, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const patientCoverages = pgTable('patient_coverages', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  source: text('source').$type<'ingested' | 'front_desk'>().notNull(),
  sourceKey: text('source_key'),
  payerId: text('payer_id'),
  payerName: text('payer_name').notNull(),
  memberId: text('member_id').notNull(),
  groupId: text('group_id'),
  planName: text('plan_name'),
  relationship: text('relationship').notNull(),
  priority: integer('priority').notNull(),
  eligibility: jsonb('eligibility'),
  eligibilityCheckedAt: timestamp('eligibility_checked_at', { withTimezone: true }),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const eligibilityChecks = pgTable('eligibility_checks', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  coverageId: text('coverage_id').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
  requestedBy: text('requested_by').notNull(),
  clearinghouse: text('clearinghouse').notNull(),
  trace: text('trace').notNull(),
  status: text('status').$type<'active' | 'inactive' | 'error'>().notNull(),
  result: jsonb('result').notNull(),
  requestX12: text('request_x12').notNull(),
  responseX12: text('response_x12'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const claimStatusChecks = pgTable('claim_status_checks', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  claimKey: text('claim_key').notNull(),
  accountId: text('account_id'),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
  requestedBy: text('requested_by').notNull(),
  clearinghouse: text('clearinghouse').notNull(),
  trace: text('trace').notNull(),
  categoryCode: text('category_code'),
  statusCode: text('status_code'),
  result: jsonb('result').notNull(),
  requestX12: text('request_x12').notNull(),
  responseX12: text('response_x12'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const claimAppeals = pgTable('claim_appeals', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  remittanceKey: text('remittance_key').notNull(),
  accountId: text('account_id').notNull(),
  personId: text('person_id').notNull(),
  holdId: text('hold_id'),
  status: text('status').$type<'open' | 'won' | 'lost' | 'withdrawn'>().notNull(),
  deadline: date('deadline', { mode: 'string' }),
  note: text('note'),
  openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
  openedBy: text('opened_by').notNull(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closedBy: text('closed_by'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const payerAppealWindows = pgTable(
  'payer_appeal_windows',
  {
    tenantId: text('tenant_id').notNull(),
    payerId: text('payer_id').notNull(),
    days: integer('days').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.payerId] })],
);

export const frontDeskVisits = pgTable('front_desk_visits', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  coverageId: text('coverage_id'),
  visitType: text('visit_type').$type<'office' | 'outpatient' | 'emergency' | 'inpatient'>().notNull(),
  serviceCode: text('service_code'),
  checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull(),
  checkedInBy: text('checked_in_by').notNull(),
  copayCents: bigint('copay_cents', { mode: 'number' }),
  paymentId: text('payment_id'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
