import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { analyzeUtterance, conversationTrend, type UtteranceAnalysis } from '../conversations/index.js';
import { holds, persons, revocations } from '../people/index.js';
import { conversations, conversationUtterances, type AppliedEffect } from './schema.js';

export interface StartConversationOptions {
  personId: string;
  accountId?: string | null;
  channel: 'chat' | 'sms' | 'call';
}

export async function startConversation(db: Db, ctx: AccessContext, opts: StartConversationOptions): Promise<{ id: string; language: string }> {
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ id: persons.id, language: persons.language }).from(persons).where(and(eq(persons.tenantId, ctx.tenantId), eq(persons.id, opts.personId)));
    if (!person) throw notFound('person');
    const id = newId();
    await tx.insert(conversations).values({ id, tenantId: ctx.tenantId, personId: person.id, accountId: opts.accountId ?? null, channel: opts.channel, agentId: ctx.actor.id, language: person.language, startedAt: ctx.clock.now() });
    await audit(tx, ctx, { action: 'write', recordType: 'conversation', recordId: id, details: { personId: person.id } });
    return { id, language: person.language };
  });
}

const REVOCATION_MEANS = { call: 'oral', chat: 'oral', sms: 'sms_reply' } as const;

/**
 * Records one utterance; a patient's is analyzed and its compliance effects applied in the same
 * transaction: "stop calling me" records an opt-out for calls at once, "I dispute this" places a
 * dispute hold. A person reviews holds afterwards; contact is blocked from this moment on.
 */
export async function addUtterance(
  db: Db,
  ctx: AccessContext,
  conversationId: string,
  input: { speaker: 'agent' | 'patient'; text: string },
): Promise<{ id: number; at: string; speaker: string; text: string; analysis: UtteranceAnalysis | null; applied: AppliedEffect[] }> {
  return db.transaction(async (tx) => {
    const [conv] = await tx.select().from(conversations).where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.id, conversationId)));
    if (!conv) throw notFound('conversation');
    const now = ctx.clock.now();
    const analysis = input.speaker === 'patient' ? analyzeUtterance(input.text, { medium: conv.channel === 'sms' ? 'sms' : conv.channel === 'call' ? 'call' : 'chat' }) : null;
    const applied: AppliedEffect[] = [];
    for (const m of analysis?.intents ?? []) {
      if (m.intent === 'cease_communication') {
        // On a call or chat, "stop calling me" names calls; a bare "stop" on SMS names SMS.
        const channels = m.channels?.length ? m.channels : ['all' as const];
        for (const channel of channels) {
          await tx.insert(revocations).values({ id: newId(), tenantId: ctx.tenantId, personId: conv.personId, channel, receivedAt: now, means: REVOCATION_MEANS[conv.channel], text: input.text });
          applied.push({ intent: m.intent, kind: 'revocation', detail: channel });
        }
      } else if (m.effect.hold) {
        await tx.insert(holds).values({ id: newId(), tenantId: ctx.tenantId, personId: conv.personId, accountId: conv.accountId, type: m.effect.hold, since: now, reason: `Said in conversation: "${m.evidence.join(' … ')}" (confirm and document)`, createdBy: ctx.actor.id });
        applied.push({ intent: m.intent, kind: 'hold', detail: m.effect.hold });
      }
    }
    const [row] = await tx
      .insert(conversationUtterances)
      .values({ tenantId: ctx.tenantId, conversationId, speaker: input.speaker, text: input.text, at: now, analysis, applied })
      .returning({ id: conversationUtterances.id });
    await audit(tx, ctx, { action: 'write', recordType: 'conversation_utterance', recordId: String(row!.id), details: { conversationId, applied } });
    return { id: row!.id, at: now.toISOString(), speaker: input.speaker, text: input.text, analysis, applied };
  });
}

/** Utterances after a given id (the SSE stream polls this, so any API process can serve it). */
export async function listUtterances(db: Db, ctx: AccessContext, conversationId: string, afterId = 0) {
  const found = await db
    .select()
    .from(conversationUtterances)
    .where(and(eq(conversationUtterances.tenantId, ctx.tenantId), eq(conversationUtterances.conversationId, conversationId), gt(conversationUtterances.id, afterId)))
    .orderBy(asc(conversationUtterances.id))
    .limit(200);
  return found.map((u) => ({ id: u.id, at: u.at.toISOString(), speaker: u.speaker, text: u.text, analysis: u.analysis as UtteranceAnalysis | null, applied: u.applied }));
}

export async function getConversation(db: Db, ctx: AccessContext, conversationId: string) {
  const [conv] = await db.select().from(conversations).where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.id, conversationId)));
  if (!conv) throw notFound('conversation');
  const utterances = await listUtterances(db, ctx, conversationId);
  const trend = conversationTrend(utterances.map((u) => ({ speaker: u.speaker, text: u.text })) as never);
  await audit(db, ctx, { action: 'read', recordType: 'conversation', recordId: conversationId });
  return { conversation: conv, utterances, trend };
}

/** A person's sentiment over time across conversations, for the 360 view. */
export async function personSentimentTrend(db: Db, ctx: AccessContext, personId: string) {
  const found = await db
    .select({ at: conversationUtterances.at, analysis: conversationUtterances.analysis, conversationId: conversationUtterances.conversationId })
    .from(conversationUtterances)
    .innerJoin(conversations, eq(conversations.id, conversationUtterances.conversationId))
    .where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.personId, personId), eq(conversationUtterances.speaker, 'patient')))
    .orderBy(desc(conversationUtterances.at))
    .limit(500);
  await audit(db, ctx, { action: 'read', recordType: 'person_sentiment', recordId: personId });
  return found
    .reverse()
    .map((f) => ({ at: f.at.toISOString(), conversationId: f.conversationId, score: (f.analysis as UtteranceAnalysis | null)?.score ?? 0, label: (f.analysis as UtteranceAnalysis | null)?.label ?? 'neutral' }));
}
