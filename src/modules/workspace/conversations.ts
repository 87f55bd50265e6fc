import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { analyzeUtterance, conversationTrend, type Language, type UtteranceAnalysis } from '../conversations/index.js';
import { persons } from '../people/index.js';
import { applyPatientIntents, listIntentReviews, type IntentReviewView } from './intent-reviews.js';
import { conversations, conversationUtterances, type AppliedEffect } from './schema.js';

export interface StartConversationOptions {
  personId: string;
  accountId?: string | null;
  channel: 'chat' | 'sms' | 'call' | 'email';
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

/**
 * Records one utterance; a patient's is analyzed and what it calls for applied in the same
 * transaction (see applyPatientIntents): a bare "STOP" is an opt-out at once; "I have a lawyer"
 * or "stop calling me" pauses outreach and opens a proposal a person confirms or dismisses.
 */
export async function addUtterance(
  db: Db,
  ctx: AccessContext,
  conversationId: string,
  input: { speaker: 'agent' | 'patient'; text: string },
): Promise<{ id: number; at: string; speaker: string; text: string; analysis: UtteranceAnalysis | null; applied: AppliedEffect[]; proposals: IntentReviewView[] }> {
  return db.transaction(async (tx) => {
    const [conv] = await tx.select().from(conversations).where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.id, conversationId)));
    if (!conv) throw notFound('conversation');
    const now = ctx.clock.now();
    const analysis = input.speaker === 'patient' ? analyzeUtterance(input.text, { medium: conv.channel }) : null;
    const [row] = await tx
      .insert(conversationUtterances)
      .values({ tenantId: ctx.tenantId, conversationId, speaker: input.speaker, text: input.text, at: now, analysis, applied: [] })
      .returning({ id: conversationUtterances.id });
    const applied = analysis ? await applyPatientIntents(tx, ctx, conv, row!.id, input.text, analysis.intents) : [];
    if (applied.length) await tx.update(conversationUtterances).set({ applied }).where(eq(conversationUtterances.id, row!.id));
    await audit(tx, ctx, { action: 'write', recordType: 'conversation_utterance', recordId: String(row!.id), details: { conversationId, applied } });
    const proposalIds = new Set(applied.filter((a) => a.kind === 'proposal').map((a) => a.detail));
    // A repeat is attached to the person's proposal still waiting, which may come from another
    // conversation or an inbound text: it is returned all the same, so the agent sees it here.
    const proposals = proposalIds.size ? (await listIntentReviews(tx as unknown as Db, ctx, { conversationId, waitingOfPerson: conv.personId }, (analysis?.language ?? 'en') as Language)).filter((r) => proposalIds.has(r.id)) : [];
    return { id: row!.id, at: now.toISOString(), speaker: input.speaker, text: input.text, analysis, applied, proposals };
  });
}

/** A person's (or one account's) conversations, newest first: part of the account's history. */
export async function listConversations(db: Db, ctx: AccessContext, where: { personId: string; accountId?: string }) {
  const conds = [eq(conversations.tenantId, ctx.tenantId), eq(conversations.personId, where.personId)];
  if (where.accountId) conds.push(eq(conversations.accountId, where.accountId));
  const found = await db
    .select({ id: conversations.id, channel: conversations.channel, startedAt: conversations.startedAt, agentId: conversations.agentId, accountId: conversations.accountId, language: conversations.language, utterances: sql<number>`(select count(*)::int from conversation_utterances u where u.conversation_id = conversations.id)` })
    .from(conversations)
    .where(and(...conds))
    .orderBy(desc(conversations.startedAt), desc(conversations.id))
    .limit(50);
  await audit(db, ctx, { action: 'read', recordType: 'conversation_list', recordId: where.personId, details: { accountId: where.accountId ?? null, count: found.length } });
  return found.map((c) => ({ ...c, startedAt: c.startedAt.toISOString() }));
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
  const reviews = await listIntentReviews(db, ctx, { conversationId }, conv.language === 'es' ? 'es' : 'en');
  await audit(db, ctx, { action: 'read', recordType: 'conversation', recordId: conversationId });
  return { conversation: conv, utterances, trend, reviews };
}

/**
 * What the live conversation shows for review: the conversation's own proposals (waiting or
 * decided) and the person's proposals still waiting from elsewhere, which pause outreach too and
 * which a repeat in this conversation is attached to (one waiting proposal per person and intent).
 */
export async function listConversationReviews(db: Db, ctx: AccessContext, conversationId: string): Promise<IntentReviewView[]> {
  const [conv] = await db.select({ personId: conversations.personId }).from(conversations).where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.id, conversationId)));
  if (!conv) throw notFound('conversation');
  // The line to check a proposal is in the language the person is speaking here: their latest
  // analyzed words (English when nothing was analyzed yet), as when the proposal was made.
  const [latest] = await db
    .select({ analysis: conversationUtterances.analysis })
    .from(conversationUtterances)
    .where(and(eq(conversationUtterances.tenantId, ctx.tenantId), eq(conversationUtterances.conversationId, conversationId), eq(conversationUtterances.speaker, 'patient')))
    .orderBy(desc(conversationUtterances.id))
    .limit(1);
  const language = (latest?.analysis as UtteranceAnalysis | null)?.language === 'es' ? 'es' : 'en';
  return listIntentReviews(db, ctx, { conversationId, waitingOfPerson: conv.personId }, language);
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
