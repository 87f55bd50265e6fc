import { z } from 'zod';
import { ComplianceDecision, JsonObject } from './common.js';

export const StartedConversation = z.object({ id: z.string(), language: z.string() });
export type StartedConversation = z.infer<typeof StartedConversation>;

/** What an intent calls for: the action, the hold to place, whether collection pauses and a person must confirm. */
export const IntentEffect = z.object({
  action: z.string(),
  hold: z.string().optional(),
  pausesCollection: z.boolean(),
  requiresReview: z.boolean(),
  reasonCodes: z.array(z.string()),
  description: z.string(),
});
export type IntentEffect = z.infer<typeof IntentEffect>;

/** An intent heard in an utterance, the words that matched and how likely it is. */
export const IntentMatch = z.object({
  intent: z.string(),
  evidence: z.array(z.string()),
  /** cease_communication only: the channels the person named ('all' when none was named). */
  channels: z.array(z.string()).optional(),
  effect: IntentEffect,
  probability: z.number().optional(),
  /** The whole utterance is an opt-out keyword ("STOP", "BAJA"), applied at once. */
  keyword: z.boolean().optional(),
});
export type IntentMatch = z.infer<typeof IntentMatch>;

/** A hint for the agent; `suggest` cues are phrasings to adapt, never a script to read. */
export const Cue = z.object({ kind: z.string(), text: z.string(), because: z.string() });
export type Cue = z.infer<typeof Cue>;

/** What the analysis of a patient's words found: sentiment, distress, escalation risk, intents and cues for the agent. */
export const UtteranceAnalysis = z.object({
  language: z.string(),
  label: z.string(),
  /** -1 (very negative) .. 1 (very positive). */
  score: z.number(),
  distress: z.number(),
  escalationRisk: z.number(),
  /** Self-harm language: the agent must follow the crisis protocol. */
  crisis: z.boolean(),
  intents: z.array(IntentMatch),
  cues: z.array(Cue),
  evidence: z.object({ sentiment: z.array(z.object({ term: z.string(), weight: z.number() })), distress: z.array(z.string()), escalation: z.array(z.string()) }),
});
export type UtteranceAnalysis = z.infer<typeof UtteranceAnalysis>;

/** What a patient's words did at once: an opt-out, a hold, a task, or a proposal to review (detail: its id). */
export const AppliedEffect = z.object({ intent: z.string(), kind: z.string(), detail: z.string() });
export type AppliedEffect = z.infer<typeof AppliedEffect>;

/** A critical intent heard in free text, waiting for a person or decided by one. */
export const IntentReview = z.object({
  id: z.string(),
  intent: z.string(),
  status: z.enum(['proposed', 'confirmed', 'dismissed']),
  probability: z.number().nullable(),
  evidence: z.array(z.string()),
  channels: z.array(z.string()).nullable(),
  conversationId: z.string().nullable(),
  utteranceId: z.number().int().nullable(),
  /** The inbound SMS or email it came from, when not from a live conversation. */
  communicationId: z.string().nullable(),
  sourceChannel: z.string().nullable(),
  /** What the agent can say to check it with the person. */
  confirmationLine: z.string(),
  createdAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
});
export type IntentReview = z.infer<typeof IntentReview>;
export const IntentReviewList = z.object({ items: z.array(IntentReview) });
export type IntentReviewList = z.infer<typeof IntentReviewList>;

/** One thing said in a conversation, with its analysis when the patient said it. */
export const Utterance = z.object({
  id: z.number().int(),
  at: z.string(),
  speaker: z.string(),
  text: z.string(),
  analysis: UtteranceAnalysis.nullable(),
  applied: z.array(AppliedEffect),
});
export type Utterance = z.infer<typeof Utterance>;

/** A recorded utterance, what it applied, and the proposals it opened. */
export const AddedUtterance = Utterance.extend({ proposals: z.array(IntentReview) });
export type AddedUtterance = z.infer<typeof AddedUtterance>;

/** How the conversation is going: rolling sentiment, escalation and distress, intents so far and the alert to show. */
export const ConversationTrend = z.object({
  points: z.array(z.object({ index: z.number().int(), score: z.number(), rolling: z.number(), distress: z.number(), escalationRisk: z.number(), rollingRisk: z.number() })),
  language: z.string().nullable(),
  rollingSentiment: z.number(),
  sentimentChange: z.number(),
  direction: z.string(),
  escalationRisk: z.number(),
  escalationRising: z.boolean(),
  distress: z.number(),
  distressRising: z.boolean(),
  intents: z.array(z.object({ intent: z.string(), firstIndex: z.number().int(), lastIndex: z.number().int(), count: z.number().int(), channels: z.array(z.string()).optional(), effect: IntentEffect })),
  holds: z.array(z.string()),
  alert: z.string().nullable(),
});
export type ConversationTrend = z.infer<typeof ConversationTrend>;

/** A conversation with every analyzed utterance, its trend and its proposals. */
export const ConversationDetail = z.object({
  conversation: z.object({
    id: z.string(),
    tenantId: z.string(),
    personId: z.string(),
    accountId: z.string().nullable(),
    channel: z.string(),
    agentId: z.string().nullable(),
    language: z.string(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
  }),
  utterances: z.array(Utterance),
  trend: ConversationTrend,
  reviews: z.array(IntentReview),
});
export type ConversationDetail = z.infer<typeof ConversationDetail>;

/** A person's conversation in the list (the transcript is reopened by id). */
export const ConversationSummary = z.object({
  id: z.string(),
  channel: z.string(),
  startedAt: z.string(),
  agentId: z.string().nullable(),
  accountId: z.string().nullable(),
  language: z.string(),
  /** How many utterances it has. */
  utterances: z.number().int(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;
export const ConversationList = z.object({ items: z.array(ConversationSummary) });
export type ConversationList = z.infer<typeof ConversationList>;

/** A person's sentiment across conversations, oldest first. */
export const SentimentTrend = z.object({ points: z.array(z.object({ at: z.string(), conversationId: z.string(), score: z.number(), label: z.string() })) });
export type SentimentTrend = z.infer<typeof SentimentTrend>;

/** May this account be contacted on this channel at this moment: the engine's decision and the question it answered. */
export const ContactCheck = ComplianceDecision.extend({ channel: z.string(), at: z.string(), question: JsonObject });
export type ContactCheck = z.infer<typeof ContactCheck>;
