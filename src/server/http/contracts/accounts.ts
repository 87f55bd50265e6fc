import { z } from 'zod';
import { Account } from './workspace.js';

const Cents = z.number().int();

/** One row of the accounts list: who owes what, and how old it is. */
export const AccountSummary = z.object({
  id: z.string(),
  externalRef: z.string(),
  personId: z.string(),
  personName: z.string(),
  status: z.string(),
  serviceDate: z.string().nullable(),
  dueOn: z.string().nullable(),
  balanceCents: Cents,
  insurancePendingCents: Cents,
  patientDueCents: Cents,
  aging: z.string(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const AccountPage = z.object({ items: z.array(AccountSummary), next: z.string().nullable() });
export type AccountPage = z.infer<typeof AccountPage>;

/** The person on an account as stored (decrypted; the search keys never leave the server). */
const PersonRecord = z.object({
  id: z.string(),
  tenantId: z.string(),
  externalRef: z.string(),
  kind: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  sex: z.string().nullable(),
  language: z.string(),
  addressLine: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  postalCode: z.string().nullable(),
  timeZone: z.string(),
  extraTimeZones: z.array(z.string()),
  deceased: z.boolean(),
  /** The person's stated preferences; other keys the record carries pass through as stored. */
  preferences: z.looseObject({
    channel: z.string().optional(),
    inconvenientTimes: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
    tone: z.string().optional(),
    sendHour: z.number().int().optional(),
    paperless: z.boolean().optional(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const ContactPointRecord = z.object({ id: z.string(), tenantId: z.string(), personId: z.string(), system: z.string(), value: z.string(), use: z.string(), rank: z.number().int(), verified: z.boolean() });

const HoldRecord = z.object({
  id: z.string(),
  tenantId: z.string(),
  personId: z.string(),
  accountId: z.string().nullable(),
  type: z.string(),
  since: z.string(),
  resolvedAt: z.string().nullable(),
  reason: z.string().nullable(),
  createdBy: z.string().nullable(),
});

const LedgerEntryRecord = z.object({
  id: z.string(),
  tenantId: z.string(),
  accountId: z.string(),
  kind: z.string(),
  amountCents: Cents,
  bucket: z.string(),
  effectiveOn: z.string(),
  postedAt: z.string(),
  source: z.string(),
  sourceRef: z.string(),
  memo: z.string().nullable(),
});

/** A message to or from the person, with the compliance decision it was sent under. */
const CommunicationRecord = z.object({
  id: z.string(),
  tenantId: z.string(),
  personId: z.string(),
  accountId: z.string().nullable(),
  direction: z.string(),
  channel: z.string(),
  status: z.string(),
  at: z.string(),
  toAddress: z.string().nullable(),
  subject: z.string().nullable(),
  body: z.string().nullable(),
  journey: z.string().nullable(),
  step: z.string().nullable(),
  outcome: z.string().nullable(),
  reasons: z.array(z.string()),
  /** The compliance engine's answer, as it gave it. */
  decision: z.unknown(),
  ruleSetVersion: z.string().nullable(),
  externalId: z.string().nullable(),
  createdAt: z.string(),
  language: z.string().nullable(),
  tone: z.string().nullable(),
  purpose: z.string().nullable(),
  template: z.string().nullable(),
  verifyCode: z.string().nullable(),
  letterBatchId: z.string().nullable(),
  taskId: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  templateVersion: z.number().int().nullable(),
});

/** One account with its person, contact points, active holds, ledger and the person's latest messages (an audited read). */
export const AccountDetail = z.object({
  account: Account,
  person: PersonRecord.nullable(),
  contactPoints: z.array(ContactPointRecord),
  holds: z.array(HoldRecord),
  entries: z.array(LedgerEntryRecord),
  communications: z.array(CommunicationRecord),
});
export type AccountDetail = z.infer<typeof AccountDetail>;
