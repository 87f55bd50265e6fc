import { z } from 'zod';

/** A dispute as staff see it (the queue, the account page, the export); no document bytes. */
export const DisputeView = z.object({
  id: z.string(),
  accountId: z.string(),
  accountRef: z.string(),
  personId: z.string(),
  source: z.string(),
  category: z.string(),
  description: z.string(),
  language: z.string(),
  hasDocument: z.boolean(),
  documentName: z.string().nullable(),
  status: z.enum(['open', 'resolved']),
  receivedAt: z.string(),
  dueAt: z.string(),
  ageDays: z.number().int(),
  overdue: z.boolean(),
  holdId: z.string(),
  taskId: z.string(),
  acknowledgementId: z.string().nullable(),
  resolution: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  letterId: z.string().nullable(),
  letterMailedAt: z.string().nullable(),
  collectionResumedAt: z.string().nullable(),
});
export type DisputeView = z.infer<typeof DisputeView>;

export const DisputeList = z.object({ items: z.array(DisputeView) });
export type DisputeList = z.infer<typeof DisputeList>;

/** A dispute recorded from a call: its hold, billing's task, the acknowledgement and the answer's due date. */
export const RecordedDispute = z.object({
  disputeId: z.string(),
  holdId: z.string(),
  taskId: z.string(),
  acknowledgementId: z.string().nullable(),
  dueAt: z.string(),
  /** False when the debt already had an open dispute and this report was added to it. */
  created: z.boolean(),
});
export type RecordedDispute = z.infer<typeof RecordedDispute>;

/** Billing's answer: the letter mailed and when collection may resume (null: it does not). */
export const ResolvedDispute = z.object({ disputeId: z.string(), resolution: z.string(), letterId: z.string(), letterMailedAt: z.string(), collectionResumedAt: z.string().nullable() });
export type ResolvedDispute = z.infer<typeof ResolvedDispute>;

/** A hold on a person (or one of their accounts), with its release when a compliance officer lifted it. */
export const HoldView = z.object({
  id: z.string(),
  type: z.string(),
  accountId: z.string().nullable(),
  since: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  reason: z.string().nullable(),
  releasedBy: z.string().nullable(),
  releaseReason: z.string().nullable(),
});
export type HoldView = z.infer<typeof HoldView>;

export const HoldList = z.object({ items: z.array(HoldView) });
export type HoldList = z.infer<typeof HoldList>;

export const ReleasedHold = z.object({ holdId: z.string(), releasedAt: z.string() });
export type ReleasedHold = z.infer<typeof ReleasedHold>;

/** The patient's dispute from the portal: when billing must answer, and whether it is a new one. */
export const PortalDispute = z.object({ disputeId: z.string(), dueAt: z.string(), created: z.boolean() });
export type PortalDispute = z.infer<typeof PortalDispute>;

export const PortalDisputeDocument = z.object({ disputeId: z.string() });
export type PortalDisputeDocument = z.infer<typeof PortalDisputeDocument>;
