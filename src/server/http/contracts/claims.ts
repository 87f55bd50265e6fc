import { z } from 'zod';

const Cents = z.number().int();

/** A claim's work task, when there is one. */
const ClaimTask = z.object({ id: z.string(), assignedTo: z.string().nullable(), dueAt: z.string().nullable(), status: z.string() });

/** One adjustment on a claim payment (CARC), in plain words with the usual fix. */
export const DenialReason = z.object({
  group: z.string(),
  code: z.string(),
  amountCents: Cents,
  category: z.string(),
  label: z.string(),
  explanation: z.string(),
  fix: z.string(),
  /** Only a PR (patient responsibility) adjustment may ever be billed to the patient. */
  billableToPatient: z.boolean(),
});
export type DenialReason = z.infer<typeof DenialReason>;

/** A denied or partly paid claim payment, with its appeal deadline, appeal and task. */
export const DenialItem = z.object({
  remittanceKey: z.string(),
  claimControlNumber: z.string(),
  payerName: z.string().nullable(),
  payerId: z.string().nullable(),
  /** As the payer wrote it on the 835. */
  patientName: z.string().nullable(),
  accountId: z.string().nullable(),
  personId: z.string().nullable(),
  kind: z.enum(['denied', 'partially_paid']),
  chargeCents: Cents.nullable(),
  paidCents: Cents,
  deniedCents: Cents,
  reasons: z.array(DenialReason),
  remarks: z.array(z.object({ code: z.string(), explanation: z.string().nullable() })),
  primaryCode: z.string(),
  remittanceDate: z.string(),
  appealDeadline: z.string(),
  daysLeftToAppeal: z.number().int(),
  appeal: z.object({ id: z.string(), status: z.string(), openedAt: z.string(), note: z.string().nullable() }).nullable(),
  task: ClaimTask.nullable(),
});
export type DenialItem = z.infer<typeof DenialItem>;

/** Denials sharing their main adjustment reason. */
export const DenialGroup = z.object({ code: z.string(), label: z.string(), explanation: z.string(), fix: z.string(), count: z.number().int(), deniedCents: Cents, items: z.array(DenialItem) });
export type DenialGroup = z.infer<typeof DenialGroup>;

/** The denials worklist and where its reason wording comes from. */
export const DenialList = z.object({ groups: z.array(DenialGroup), total: z.number().int(), source: z.string() });
export type DenialList = z.infer<typeof DenialList>;

export const AssignedClaimTask = z.object({ id: z.string(), assignedTo: z.string().nullable(), dueAt: z.string().nullable() });
export type AssignedClaimTask = z.infer<typeof AssignedClaimTask>;

export const OpenedAppeal = z.object({ id: z.string(), holdId: z.string(), deadline: z.string() });
export type OpenedAppeal = z.infer<typeof OpenedAppeal>;

export const ClosedAppeal = z.object({ id: z.string(), status: z.string() });
export type ClosedAppeal = z.infer<typeof ClosedAppeal>;

/** A claim no remittance has answered yet. */
export const FollowupItem = z.object({
  claimKey: z.string(),
  claimControlNumber: z.string(),
  payerName: z.string().nullable(),
  providerName: z.string().nullable(),
  accountId: z.string().nullable(),
  chargeCents: Cents.nullable(),
  serviceDate: z.string().nullable(),
  receivedOn: z.string(),
  daysWaiting: z.number().int(),
  lastStatus: z.object({ categoryCode: z.string().nullable(), summary: z.string(), checkedAt: z.string() }).nullable(),
  task: ClaimTask.nullable(),
});
export type FollowupItem = z.infer<typeof FollowupItem>;

export const FollowupList = z.object({ items: z.array(FollowupItem), afterDays: z.number().int() });
export type FollowupList = z.infer<typeof FollowupList>;

/** The payer's answer to a claim status inquiry (X12 277), as recorded. */
export const ClaimStatus = z.object({
  id: z.string(),
  trace: z.string().nullable(),
  claimControlNumber: z.string().nullable(),
  categoryCode: z.string().nullable(),
  statusCode: z.string().nullable(),
  /** Plain words for the category. */
  summary: z.string(),
  payerClaimNumber: z.string().nullable(),
  chargeCents: Cents.nullable(),
  paidCents: Cents.nullable(),
  effectiveDate: z.string().nullable(),
});
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** Tasks opened (and follow-ups closed because the payer answered). */
export const OpenedClaimTasks = z.object({ workDenial: z.number().int(), claimFollowup: z.number().int(), answered: z.number().int() });
export type OpenedClaimTasks = z.infer<typeof OpenedClaimTasks>;

/** Days each payer allows for an appeal, by payer id or name, and the default. */
export const AppealWindows = z.object({ defaultDays: z.number().int(), payers: z.record(z.string(), z.number().int()) });
export type AppealWindows = z.infer<typeof AppealWindows>;

export const AppealWindow = z.object({ payerId: z.string(), days: z.number().int() });
export type AppealWindow = z.infer<typeof AppealWindow>;
