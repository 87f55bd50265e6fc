import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { encryptedText } from '../../platform/crypto/index.js';

export interface PersonPreferences {
  channel?: 'sms' | 'email' | 'call' | 'letter';
  /** Consumer-stated inconvenient times, local 'HH:MM' ranges (Reg F §1006.6(b)(1)(i)). */
  inconvenientTimes?: Array<{ from: string; to: string }>;
  tone?: 'warm' | 'informative' | 'urgent_but_kind';
  sendHour?: number;
  /** No paper letters (set by the patient in the portal); required written notices still go by mail. */
  paperless?: boolean;
}

export const persons = pgTable('persons', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  externalRef: text('external_ref').notNull(),
  kind: text('kind').$type<'patient' | 'member' | 'guarantor'>().notNull(),
  // PHI columns are stored encrypted (Drizzle decrypts on select); raw SQL reads go through
  // decryptPersonFields / readPersonNames in this module. Search uses the blind indexes below.
  givenName: encryptedText('given_name').notNull(),
  familyName: encryptedText('family_name').notNull(),
  /** 'YYYY-MM-DD', encrypted. */
  birthDate: encryptedText('birth_date'),
  sex: text('sex'),
  language: text('language').notNull(),
  addressLine: encryptedText('address_line'),
  city: encryptedText('city'),
  // The state stays plain: compliance rules and time zones are decided by it in SQL.
  state: text('state'),
  postalCode: encryptedText('postal_code'),
  /** Blind index of the normalized first given name + family name (see personBlindIndexes). */
  nameBidx: text('name_bidx'),
  familyBidx: text('family_bidx'),
  /** Blind index of the date of birth (YYYY-MM-DD). */
  birthBidx: text('birth_bidx'),
  /** Plain reporting keys (see personReportingKeys). */
  birthYear: text('birth_year'),
  zip3: text('zip3'),
  timeZone: text('time_zone').notNull(),
  extraTimeZones: text('extra_time_zones').array().notNull(),
  deceased: boolean('deceased').notNull().default(false),
  preferences: jsonb('preferences').$type<PersonPreferences>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const contactPoints = pgTable('contact_points', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  system: text('system').$type<'phone' | 'email'>().notNull(),
  /** The phone number or email address, encrypted; found by valueBidx (contactBlindIndex). */
  value: encryptedText('value').notNull(),
  valueBidx: text('value_bidx'),
  use: text('use').$type<'mobile' | 'home' | 'work' | 'landline'>().notNull(),
  rank: integer('rank').notNull(),
  verified: boolean('verified').notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const consents = pgTable('consents', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  channel: text('channel').$type<'call' | 'sms' | 'email'>().notNull(),
  type: text('type').$type<'prior_express' | 'call_window'>().notNull(),
  givenTo: text('given_to').$type<'creditor' | 'collector'>().notNull(),
  givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
  until: timestamp('until', { withTimezone: true }),
  source: text('source'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export const revocations = pgTable('revocations', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  channel: text('channel').$type<'call' | 'sms' | 'email' | 'all'>().notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  means: text('means').notNull(),
  /** The person's own words (an SMS or email reply), encrypted. */
  text: encryptedText('text'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

export type HoldType = 'dispute' | 'cease_communication' | 'attorney' | 'bankruptcy' | 'deceased' | 'assistance_pending' | 'insurance_pending';

export const holds = pgTable('holds', {
  id: text('id').notNull(),
  tenantId: text('tenant_id').notNull(),
  personId: text('person_id').notNull(),
  accountId: text('account_id'),
  type: text('type').$type<HoldType>().notNull(),
  since: timestamp('since', { withTimezone: true }).notNull(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  reason: text('reason'),
  createdBy: text('created_by'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
