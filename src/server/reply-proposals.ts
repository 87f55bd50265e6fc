import type { Clock } from '../platform/clock/index.js';
import type { Database } from '../platform/db/index.js';
import { recordReplyDispute } from '../modules/disputes/index.js';
import type { ReplyDeps } from '../modules/outreach/index.js';
import { proposeReplyIntents, type IntentReviewView } from '../modules/workspace/index.js';

const REPLY_ACTOR = { kind: 'system', id: 'outreach.reply', roles: [] } as const;

/**
 * Wires outreach's inbound replies to the workspace's review flow: a critical intent in free text
 * becomes a proposal (pause + review task) dated when the message arrived.
 */
export function replyProposals(): NonNullable<ReplyDeps['propose']> {
  return async (tx, input) => {
    const at = input.receivedAt;
    const applied = await proposeReplyIntents(tx, { tenantId: input.tenantId, actor: REPLY_ACTOR, purpose: 'collections', clock: { now: () => at } }, input);
    return applied.map((a) => `${a.kind}:${a.intent}`);
  };
}

/**
 * A confirmed dispute that came from an inbound message becomes a dispute like one from the portal
 * (billing's task, the acknowledgement), on the hold the proposal placed.
 */
export async function afterReviewDecision(database: Database, clock: Clock, tenantId: string, review: IntentReviewView): Promise<void> {
  if (review.status !== 'confirmed' || review.intent !== 'dispute' || !review.communicationId) return;
  await recordReplyDispute(database, { tenantId, actor: REPLY_ACTOR, purpose: 'collections', clock }, review.communicationId);
}
