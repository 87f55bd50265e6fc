import { and, desc, eq, isNull } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { newId, stableId } from '../../platform/ids/index.js';
import { analyzeUtterance, type IntentMatch } from '../conversations/index.js';
import { applyPatientIntents } from './intent-reviews.js';
import { conversations, conversationUtterances, type AppliedEffect } from './schema.js';

export interface ProposeReplyIntentsOptions {
  personId: string;
  accountId: string | null;
  communicationId: string;
  channel: 'sms' | 'email';
  body: string;
  /** Critical intents found in the message's free text. */
  matches: readonly IntentMatch[];
}

/**
 * A dispute, cease, attorney, bankruptcy or deceased intent in an inbound text or email becomes
 * a proposal exactly as in a live conversation: the message joins the person's inbound thread
 * for that channel (an utterance, encrypted, so a decision can label it), outreach pauses at once
 * and an unassigned review task is opened for the team. Runs in the reply's transaction; the
 * pause hold id derives from the message, so a redelivered message pauses once.
 */
export async function proposeReplyIntents(tx: Tx, ctx: AccessContext, opts: ProposeReplyIntentsOptions): Promise<AppliedEffect[]> {
  const now = ctx.clock.now();
  const analysis = analyzeUtterance(opts.body, { medium: opts.channel });
  const [thread] = await tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.personId, opts.personId), eq(conversations.channel, opts.channel), isNull(conversations.agentId)))
    .orderBy(desc(conversations.startedAt))
    .limit(1);
  const conv = thread ?? { id: newId(), tenantId: ctx.tenantId, personId: opts.personId, accountId: opts.accountId, channel: opts.channel, agentId: null, language: analysis.language, startedAt: now, endedAt: null };
  if (!thread) await tx.insert(conversations).values(conv);
  const [row] = await tx
    .insert(conversationUtterances)
    .values({ tenantId: ctx.tenantId, conversationId: conv.id, speaker: 'patient', text: opts.body, at: now, analysis, applied: [] })
    .returning({ id: conversationUtterances.id });
  const applied = await applyPatientIntents(tx, ctx, { ...conv, accountId: opts.accountId }, row!.id, opts.body, opts.matches, {
    communicationId: opts.communicationId,
    holdId: (intent) => stableId('hold', opts.communicationId, intent),
  });
  if (applied.length) await tx.update(conversationUtterances).set({ applied }).where(and(eq(conversationUtterances.tenantId, ctx.tenantId), eq(conversationUtterances.id, row!.id)));
  await audit(tx, ctx, { action: 'write', recordType: 'conversation_utterance', recordId: String(row!.id), details: { conversationId: conv.id, communicationId: opts.communicationId, applied } });
  return applied;
}
