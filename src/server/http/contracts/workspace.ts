import { z } from 'zod';
import { ApplicationView, CoverageView, Deleted, PlanView, StatementLine } from './common.js';

export { Deleted };

/** One row of the worklist: an account with what is owed, how urgent it is and whether a call may go out now. */
export const WorklistItem = z.object({
  accountId: z.string(),
  externalRef: z.string(),
  personId: z.string(),
  personName: z.string(),
  language: z.string(),
  status: z.string(),
  dueOn: z.string().nullable(),
  aging: z.string(),
  patientDueCents: z.number().int(),
  priority: z.number().int(),
  signals: z.array(z.string()),
  callable: z.boolean(),
  blockedBy: z.array(z.string()),
  nextCallAt: z.string().nullable(),
});
export type WorklistItem = z.infer<typeof WorklistItem>;

export const WorklistPage = z.object({ items: z.array(WorklistItem), next: z.string().nullable() });
export type WorklistPage = z.infer<typeof WorklistPage>;

/** An open staff task. */
export const TaskRow = z.object({
  id: z.string(),
  kind: z.string(),
  reason: z.string().nullable(),
  priority: z.number().int(),
  personId: z.string(),
  personName: z.string(),
  accountId: z.string().nullable(),
  assignedTo: z.string().nullable(),
  assignedToMe: z.boolean(),
  createdAt: z.string(),
  dueAt: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
  finishedElsewhere: z.boolean(),
});
export type TaskRow = z.infer<typeof TaskRow>;

export const TaskPage = z.object({ items: z.array(TaskRow), next: z.string().nullable() });
export type TaskPage = z.infer<typeof TaskPage>;

export const TaskUpdate = z.object({ id: z.string(), status: z.string(), assignedTo: z.string().nullable(), snoozedUntil: z.string().nullable(), outcome: z.string().nullable() });
export type TaskUpdate = z.infer<typeof TaskUpdate>;

/** An outcome a call may end with, in the organization's own words. */
export const Disposition = z.object({ code: z.string(), label: z.string(), reached: z.boolean(), resolves: z.boolean(), needs: z.enum(['none', 'promise', 'callback']) });
export type Disposition = z.infer<typeof Disposition>;
export const DispositionList = z.object({ items: z.array(Disposition) });

/** Whether a call may go out now, why not, and from when it may. */
export const CallCheck = z.object({ allowed: z.boolean(), reasons: z.array(z.string()), earliestAllowedAt: z.string().nullable() });
export type CallCheck = z.infer<typeof CallCheck>;

/** An account as stored, with its aging bucket. */
export const Account = z.object({
  id: z.string(),
  tenantId: z.string(),
  personId: z.string(),
  guarantorId: z.string().nullable(),
  externalRef: z.string(),
  facility: z.string().nullable(),
  status: z.string(),
  serviceDate: z.string().nullable(),
  dischargeDate: z.string().nullable(),
  firstStatementOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  delinquentSince: z.string().nullable(),
  totalChargesCents: z.number().int(),
  balanceCents: z.number().int(),
  insurancePendingCents: z.number().int(),
  patientDueCents: z.number().int(),
  lastPaymentAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  aging: z.string(),
});

const Person = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  language: z.string(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  timeZone: z.string(),
  extraTimeZones: z.array(z.string()),
  deceased: z.boolean(),
  preferredChannel: z.string().nullable(),
  inconvenientTimes: z.array(z.looseObject({ from: z.string(), to: z.string() })),
  paperless: z.boolean(),
});

const Utterance = z.object({ id: z.number().int(), at: z.string(), speaker: z.string(), text: z.string(), sentiment: z.string().nullable(), score: z.number().nullable() });

/** The whole account on one screen (an audited read). */
export const Account360 = z.object({
  account: Account,
  person: Person.nullable(),
  contactPoints: z.array(z.object({ id: z.string(), system: z.string(), use: z.string(), value: z.string(), rank: z.number().int() })),
  consents: z.array(z.object({ channel: z.string(), type: z.string(), givenTo: z.string(), givenAt: z.string(), until: z.string().nullable(), source: z.string().nullable() })),
  holds: z.array(z.object({ id: z.string(), type: z.string(), since: z.string(), reason: z.string().nullable(), accountId: z.string().nullable() })),
  callNow: CallCheck,
  coverages: z.array(CoverageView),
  visits: z.array(StatementLine.extend({ explanation: z.array(z.string()) })),
  entries: z.array(z.object({ id: z.string(), kind: z.string(), bucket: z.string(), amountCents: z.number().int(), effectiveOn: z.string(), memo: z.string().nullable() })),
  payments: z.array(
    z.object({
      id: z.string(),
      amountCents: z.number().int(),
      discountCents: z.number().int(),
      status: z.string(),
      channel: z.string(),
      card: z.string().nullable(),
      refundedCents: z.number().int(),
      createdAt: z.string(),
      completedAt: z.string().nullable(),
      onPlan: z.boolean(),
    }),
  ),
  refunds: z.array(z.object({ id: z.string(), amountCents: z.number().int(), reason: z.string(), method: z.string(), status: z.string(), createdAt: z.string() })),
  plan: PlanView.nullable(),
  assistance: ApplicationView.nullable(),
  communications: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      direction: z.string(),
      channel: z.string(),
      status: z.string(),
      subject: z.string().nullable(),
      outcome: z.string().nullable(),
      reasons: z.array(z.string()),
      accountId: z.string().nullable(),
      journey: z.string().nullable(),
    }),
  ),
  conversations: z.array(
    z.object({
      id: z.string(),
      channel: z.string(),
      startedAt: z.string(),
      agentId: z.string().nullable(),
      accountId: z.string().nullable(),
      language: z.string(),
      /** How many remarks the conversation has; the latest few carry their utterances. */
      remarks: z.number().int(),
      utterances: z.array(Utterance),
    }),
  ),
  sentiment: z.array(z.object({ at: z.string(), conversationId: z.string(), score: z.number(), label: z.string() })),
  outcomes: z.array(
    z.object({
      id: z.string(),
      disposition: z.string(),
      label: z.string(),
      agent: z.string(),
      note: z.string().nullable(),
      recordedAt: z.string(),
      handleSeconds: z.number().int().nullable(),
      callbackAt: z.string().nullable(),
      promise: z.object({ amountCents: z.number().int().nullable(), dueOn: z.string(), status: z.string().nullable() }).nullable(),
    }),
  ),
  tasks: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      status: z.string(),
      reason: z.string().nullable(),
      assignedTo: z.string().nullable(),
      createdAt: z.string(),
      dueAt: z.string().nullable(),
      snoozedUntil: z.string().nullable(),
      completedAt: z.string().nullable(),
      outcome: z.string().nullable(),
    }),
  ),
  disputes: z.array(z.looseObject({ id: z.string(), accountId: z.string(), category: z.string(), status: z.string(), receivedAt: z.string(), dueAt: z.string() })),
  dispositions: z.array(Disposition),
});
export type Account360 = z.infer<typeof Account360>;

/** What came of a recorded contact. */
export const RecordedOutcome = z.object({
  id: z.string(),
  disposition: z.string(),
  reached: z.boolean(),
  resolved: z.boolean(),
  handleSeconds: z.number().int(),
  call: CallCheck.nullable(),
  promise: z.object({ amountCents: z.number().int(), dueOn: z.string(), status: z.string() }).nullable(),
  callbackTaskId: z.string().nullable(),
});
export type RecordedOutcome = z.infer<typeof RecordedOutcome>;

const FcrFigures = z.object({
  firstContacts: z.number().int(),
  resolvedFirstTime: z.number().int(),
  rate: z.number().nullable(),
  outcomes: z.number().int(),
  avgHandleSeconds: z.number().nullable(),
  medianHandleSeconds: z.number().nullable(),
});

/** First-contact resolution and handle time per agent, per team and in total. */
export const FcrReport = z.object({
  from: z.string(),
  to: z.string(),
  windowDays: z.number().int(),
  total: FcrFigures,
  agents: z.array(FcrFigures.extend({ agentId: z.string(), name: z.string() })),
  teams: z.array(FcrFigures.extend({ teamId: z.string(), name: z.string(), members: z.number().int() })),
});
export type FcrReport = z.infer<typeof FcrReport>;

const Member = z.object({ userId: z.string(), name: z.string() });
export const Team = z.object({ id: z.string(), name: z.string(), members: z.array(Member) });
export type Team = z.infer<typeof Team>;
export const TeamList = z.object({ items: z.array(Team), candidates: z.array(Member) });
export type TeamList = z.infer<typeof TeamList>;

/** A worklist filter saved under a name. */
export const SavedView = z.object({
  id: z.string(),
  name: z.string(),
  filters: z.object({
    status: z.string().optional(),
    aging: z.string().optional(),
    language: z.string().optional(),
    minBalanceCents: z.number().int().optional(),
    maxBalanceCents: z.number().int().optional(),
    assigned: z.string().optional(),
  }),
});
export type SavedView = z.infer<typeof SavedView>;
export const SavedViewList = z.object({ items: z.array(SavedView) });
