import { z } from 'zod';
import { ComplianceDecision } from './common.js';

export { ComplianceDecision };

const Stored = z.looseObject({ allowed: z.boolean().optional(), reasons: z.array(z.string()).optional(), earliestAllowedAt: z.string().nullish(), earliestAllowedOn: z.string().nullish() });

/**
 * What a communication kept of its compliance decisions: when it was decided (`contact`,
 * `content`, the channels `tried`) and when it was checked again at send (`atSend`). Older rows
 * keep the decision itself at the top level.
 */
export const StoredDecision = Stored.extend({
  stepKey: z.string().nullish(),
  contact: Stored.nullish(),
  content: Stored.nullish(),
  atSend: Stored.nullish(),
  tried: z.array(z.looseObject({ channel: z.string(), reasons: z.array(z.string()) })).nullish(),
});
export type StoredDecision = z.infer<typeof StoredDecision>;

const JourneyStep = z.object({
  id: z.string(),
  description: z.string().optional(),
  /** Days from the anchor, both ends inclusive, in the person's local calendar. */
  window: z.object({ fromDay: z.number().int(), toDay: z.number().int() }),
  template: z.string(),
  channels: z.array(z.string()),
  tone: z.string(),
  purpose: z.string(),
  maxAttempts: z.number().int(),
  repeatEveryDays: z.number().int().optional(),
  escalation: z.object({ action: z.string(), noticeDays: z.number().int() }).optional(),
});

/** A shipped journey (declarative, versioned): who enters it and its steps. */
export const Journey = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  description: z.string().optional(),
  entry: z.object({ tenantKinds: z.array(z.string()), phase: z.string() }),
  anchor: z.string(),
  quietDaysAfterPayment: z.number().int(),
  steps: z.array(JourneyStep),
});
export type Journey = z.infer<typeof Journey>;
export const JourneyList = z.object({ items: z.array(Journey) });
export type JourneyList = z.infer<typeof JourneyList>;

/** A message a sandbox channel "sent" (the dev inbox). */
export const InboxItem = z.object({
  id: z.number().int(),
  communicationId: z.string(),
  channel: z.string(),
  toAddress: z.string().nullable(),
  subject: z.string().nullable(),
  body: z.string().nullable(),
  deliveredAt: z.string(),
  journey: z.string().nullable(),
  step: z.string().nullable(),
  language: z.string().nullable(),
  tone: z.string().nullable(),
  verifyCode: z.string().nullable(),
  status: z.string().nullable(),
  accountId: z.string().nullable(),
  letterBatchId: z.string().nullable(),
  personName: z.string().nullable(),
});
export type InboxItem = z.infer<typeof InboxItem>;
export const InboxList = z.object({ items: z.array(InboxItem) });
export type InboxList = z.infer<typeof InboxList>;

/** One communication in the decisions log, with why it was blocked and the person's time zones. */
export const CommunicationLogItem = z.object({
  id: z.string(),
  accountId: z.string().nullable(),
  personId: z.string(),
  personName: z.string().nullable(),
  direction: z.string(),
  channel: z.string(),
  status: z.string(),
  at: z.string(),
  subject: z.string().nullable(),
  body: z.string().nullable(),
  journey: z.string().nullable(),
  step: z.string().nullable(),
  reasons: z.array(z.string()),
  outcome: z.string().nullable(),
  purpose: z.string().nullable(),
  language: z.string().nullable(),
  tone: z.string().nullable(),
  ruleSetVersion: z.string().nullable(),
  decision: StoredDecision.nullable(),
  verifyCode: z.string().nullable(),
  template: z.string().nullable(),
  /** The version of the tenant's templates the message was written from (0: the shipped files). */
  templateVersion: z.number().int().nullable(),
  timeZone: z.string(),
  extraTimeZones: z.array(z.string()),
});
export type CommunicationLogItem = z.infer<typeof CommunicationLogItem>;
export const CommunicationLog = z.object({ items: z.array(CommunicationLogItem) });
export type CommunicationLog = z.infer<typeof CommunicationLog>;

/** Counts by status and channel, block reason and journey state (no PHI). */
export const CommunicationSummary = z.object({
  byStatus: z.array(z.object({ status: z.string(), channel: z.string(), n: z.number().int() })),
  byReason: z.array(z.object({ reason: z.string(), n: z.number().int() })),
  journeyStates: z.array(z.object({ reason: z.string(), n: z.number().int() })),
});
export type CommunicationSummary = z.infer<typeof CommunicationSummary>;

/** Where an account is in its journey: attempts per step, pauses and its history of decisions. */
export const JourneyState = z.object({
  accountId: z.string(),
  journey: z.string().nullable(),
  journeyVersion: z.number().int().nullable(),
  status: z.string(),
  pausedReason: z.string().nullable(),
  attempts: z.record(z.string(), z.object({ n: z.number().int(), lastAt: z.string() })),
  totalAttempts: z.number().int(),
  lastContactAt: z.string().nullable(),
  manualPause: z.object({ reason: z.string(), until: z.string() }).nullable(),
  nextEvalAt: z.string(),
  /** The journey's notes (entered, sent, blocked...), as recorded. */
  history: z.array(z.unknown()),
});
export type JourneyState = z.infer<typeof JourneyState>;

/** An agent task: a call with its compliance window, or a review a reply asked for. */
export const AgentTask = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.string(),
  reason: z.string().nullable(),
  accountId: z.string().nullable(),
  personId: z.string(),
  personName: z.string().nullable(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  compliance: ComplianceDecision.nullable(),
  priority: z.number().int(),
  outcome: z.string().nullable(),
  createdAt: z.string(),
  communicationId: z.string().nullable(),
});
export type AgentTask = z.infer<typeof AgentTask>;
export const AgentTaskList = z.object({ items: z.array(AgentTask) });
export type AgentTaskList = z.infer<typeof AgentTaskList>;

export const CallAttempt = z.object({ allowed: z.boolean(), decision: ComplianceDecision });
export type CallAttempt = z.infer<typeof CallAttempt>;

export const LetterBatch = z.object({ id: z.string(), batchDate: z.string(), createdAt: z.string(), letters: z.number().int() });
export type LetterBatch = z.infer<typeof LetterBatch>;
export const LetterBatchList = z.object({ items: z.array(LetterBatch) });
export type LetterBatchList = z.infer<typeof LetterBatchList>;

/** What one orchestration pass did: accounts evaluated, sent and blocked by channel or reason. */
export const PassCounts = z.object({
  evaluated: z.number().int(),
  sent: z.record(z.string(), z.number().int()),
  blocked: z.record(z.string(), z.number().int()),
  deferred: z.number().int(),
  paused: z.record(z.string(), z.number().int()),
  completed: z.number().int(),
  waiting: z.number().int(),
  batches: z.number().int(),
});
export type PassCounts = z.infer<typeof PassCounts>;

export const VerifiedMessage = z.object({ genuine: z.boolean(), organization: z.string().optional(), channel: z.string().optional(), sentOn: z.string().optional() });
export type VerifiedMessage = z.infer<typeof VerifiedMessage>;

/** What an inbound reply did for one matching person: intents applied or proposed, and the answer. */
export const ReplyOutcome = z.object({
  personId: z.string(),
  tenantId: z.string(),
  inboundId: z.string(),
  intents: z.array(z.string()),
  proposed: z.array(z.string()),
  actions: z.array(z.string()),
  answer: z.union([z.object({ communicationId: z.string(), template: z.string() }), z.object({ none: z.string() })]),
});
export type ReplyOutcome = z.infer<typeof ReplyOutcome>;
export const SandboxReply = z.object({ matched: z.number().int(), outcomes: z.array(ReplyOutcome) });
export type SandboxReply = z.infer<typeof SandboxReply>;
