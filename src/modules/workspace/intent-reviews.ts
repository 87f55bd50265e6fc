import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, textArray, type Db } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { CRITICAL_INTENTS, confirmationLine, type ContactChannel, type CriticalIntent, type IntentMatch, type Language } from '../conversations/index.js';
import { agentTasks } from '../outreach/index.js';
import { holds, revocations } from '../people/index.js';
import { conversations, intentLabels, intentReviews, type AppliedEffect } from './schema.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const DAY_MS = 86_400_000;
const REVOCATION_MEANS = { call: 'oral', chat: 'oral', sms: 'sms_reply', email: 'email' } as const;

/** A proposal as the agent's screen and the API show it. */
export interface IntentReviewView {
  id: string;
  intent: CriticalIntent;
  status: 'proposed' | 'confirmed' | 'dismissed';
  probability: number | null;
  evidence: string[];
  channels: ContactChannel[] | null;
  conversationId: string | null;
  utteranceId: number | null;
  /** The inbound SMS or email it came from, when it did not come from a live conversation. */
  communicationId: string | null;
  /** Where the words were said: the conversation's channel (a live chat or call, or an inbound text or email thread). */
  sourceChannel: string | null;
  /** What the agent can say to check it with the person. */
  confirmationLine: string;
  createdAt: string;
  decidedBy: string | null;
  /** The name of the staff member who decided, as the team knows them (null while proposed). */
  decidedByName: string | null;
  decidedAt: string | null;
  /** What the person who decided wrote, if anything. */
  note: string | null;
}

type ReviewRow = typeof intentReviews.$inferSelect;

function view(r: ReviewRow, language: Language, names: ReadonlyMap<string, string> = new Map(), sources: ReadonlyMap<string, string> = new Map()): IntentReviewView {
  const channels = (r.channels as ContactChannel[] | null) ?? null;
  return {
    id: r.id,
    intent: r.intent as CriticalIntent,
    status: r.status,
    probability: r.probability,
    evidence: r.evidence as string[],
    channels,
    conversationId: r.conversationId,
    utteranceId: r.utteranceId,
    communicationId: r.communicationId,
    sourceChannel: r.conversationId ? (sources.get(r.conversationId) ?? null) : null,
    confirmationLine: confirmationLine(r.intent as CriticalIntent, language, channels ?? ['all']),
    createdAt: r.createdAt.toISOString(),
    decidedBy: r.decidedBy,
    decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? 'Staff') : null,
    decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
    note: r.note,
  };
}

export function isCritical(intent: string): intent is CriticalIntent {
  return (CRITICAL_INTENTS as readonly string[]).includes(intent);
}

/**
 * Applies what a patient's words call for, inside the utterance's transaction. A bare opt-out
 * keyword ("STOP") is the person's own instruction under carrier rules: recorded at once. A
 * critical intent found in free text is a proposal: outreach pauses now (a hold of the intent's
 * type, so every compliance check honors it), a review task goes to the agent, and nothing is
 * final until a person confirms. One waiting proposal per person and intent is enough: a repeat
 * while one waits is attached to it; once it is dismissed or confirmed, a repeat proposes again.
 */
export async function applyPatientIntents(
  tx: Tx,
  ctx: AccessContext,
  conv: { id: string; personId: string; accountId: string | null; channel: 'chat' | 'sms' | 'call' | 'email' },
  utteranceId: number,
  text: string,
  matches: readonly IntentMatch[],
  source: ProposalSource = {},
): Promise<AppliedEffect[]> {
  const now = ctx.clock.now();
  const applied: AppliedEffect[] = [];
  for (const m of matches) {
    if (!isCritical(m.intent)) continue;
    const channels = m.channels?.length ? m.channels : (['all'] as ContactChannel[]);
    if (m.intent === 'cease_communication' && m.keyword) {
      for (const channel of channels) {
        await tx.insert(revocations).values({ id: newId(), tenantId: ctx.tenantId, personId: conv.personId, channel, receivedAt: now, means: REVOCATION_MEANS[conv.channel], text });
        applied.push({ intent: m.intent, kind: 'revocation', detail: channel });
      }
      continue;
    }
    // Locked: a decision on that proposal committing meanwhile makes this read wait and then skip
    // it (no longer proposed), so a repeat said while it was being dismissed proposes again
    // instead of being attached to a proposal that is already closed.
    const [open] = await tx
      .select({ id: intentReviews.id })
      .from(intentReviews)
      .where(and(eq(intentReviews.tenantId, ctx.tenantId), eq(intentReviews.personId, conv.personId), eq(intentReviews.intent, m.intent), eq(intentReviews.status, 'proposed')))
      .for('update');
    if (open) {
      applied.push({ intent: m.intent, kind: 'proposal', detail: open.id });
      continue;
    }
    const reviewId = newId();
    const holdId = source.holdId?.(m.intent) ?? newId();
    const taskId = newId();
    const words = m.evidence.join(' … ');
    await tx.insert(holds).values({
      id: holdId,
      tenantId: ctx.tenantId,
      personId: conv.personId,
      accountId: conv.accountId,
      type: m.intent,
      since: now,
      reason: `Paused while a person reviews what was said: "${words}"`,
      createdBy: 'intent_review',
    });
    await tx.insert(agentTasks).values({
      id: taskId,
      tenantId: ctx.tenantId,
      personId: conv.personId,
      accountId: conv.accountId,
      kind: 'review_intent',
      status: 'open',
      reason: `Confirm or dismiss: ${m.intent.replace(/_/g, ' ')} ("${words}")`,
      priority: 1,
      createdAt: now,
      assignedTo: source.communicationId ? null : ctx.actor.id,
      dueAt: new Date(now.getTime() + DAY_MS),
      communicationId: source.communicationId ?? null,
      detail: { reviewId, intent: m.intent, evidence: m.evidence, probability: m.probability ?? null, conversationId: conv.id, utteranceId, communicationId: source.communicationId ?? null },
    });
    await tx.insert(intentReviews).values({
      id: reviewId,
      tenantId: ctx.tenantId,
      personId: conv.personId,
      accountId: conv.accountId,
      conversationId: conv.id,
      utteranceId,
      intent: m.intent,
      probability: m.probability ?? null,
      evidence: m.evidence,
      channels: m.intent === 'cease_communication' ? channels : null,
      status: 'proposed',
      pauseHoldId: holdId,
      taskId,
      communicationId: source.communicationId ?? null,
      createdAt: now,
    });
    await audit(tx, ctx, { action: 'write', recordType: 'intent_review', recordId: reviewId, details: { intent: m.intent, status: 'proposed', holdId, taskId } });
    applied.push({ intent: m.intent, kind: 'proposal', detail: reviewId });
  }
  return applied;
}

/** Where a proposal comes from when it is not an agent's live conversation. */
export interface ProposalSource {
  /** The inbound message: the review task then goes to the team (unassigned), not to the actor. */
  communicationId?: string;
  /** A deterministic pause hold id, so a retried delivery of the same message holds once. */
  holdId?: (intent: CriticalIntent) => string;
}

export type IntentReviewStatus = 'proposed' | 'confirmed' | 'dismissed';

/**
 * Proposals of one conversation or of one person (oldest first), optionally only those in the
 * given statuses ("reviewed" = confirmed or dismissed), each with who decided it and when.
 */
export async function listIntentReviews(
  db: Db,
  ctx: AccessContext,
  where: { conversationId?: string; personId?: string; status?: IntentReviewStatus | readonly IntentReviewStatus[]; waitingOfPerson?: string },
  language: Language = 'en',
): Promise<IntentReviewView[]> {
  const conds = [eq(intentReviews.tenantId, ctx.tenantId)];
  if (where.conversationId && where.waitingOfPerson) {
    // A conversation's own proposals, and the person's proposals still waiting from elsewhere
    // (another conversation, an inbound text): a repeat in this conversation is attached to
    // those, so the agent must see them here to decide them.
    conds.push(or(eq(intentReviews.conversationId, where.conversationId), and(eq(intentReviews.personId, where.waitingOfPerson), eq(intentReviews.status, 'proposed')))!);
  } else if (where.conversationId) conds.push(eq(intentReviews.conversationId, where.conversationId));
  if (where.personId) conds.push(eq(intentReviews.personId, where.personId));
  if (typeof where.status === 'string') conds.push(eq(intentReviews.status, where.status));
  else if (where.status) conds.push(inArray(intentReviews.status, [...where.status]));
  const found = await db.select().from(intentReviews).where(and(...conds)).orderBy(asc(intentReviews.createdAt), asc(intentReviews.id)).limit(200);
  // The evidence is the patient's own words: reading it is a PHI read.
  await audit(db, ctx, { action: 'read', recordType: 'intent_review_list', recordId: where.conversationId ?? where.personId ?? null, details: { count: found.length } });
  const deciders = [...new Set(found.flatMap((r) => (r.decidedBy ? [r.decidedBy] : [])))];
  const names = new Map(
    deciders.length ? (await rows<{ id: string; name: string }>(db, sql`select id, display_name as name from users where tenant_id = ${ctx.tenantId} and id = any(${textArray(deciders)})`)).map((u) => [u.id, u.name]) : [],
  );
  const convIds = [...new Set(found.flatMap((r) => (r.conversationId ? [r.conversationId] : [])))];
  const sources = new Map(
    convIds.length ? (await db.select({ id: conversations.id, channel: conversations.channel }).from(conversations).where(and(eq(conversations.tenantId, ctx.tenantId), inArray(conversations.id, convIds)))).map((c) => [c.id, c.channel]) : [],
  );
  return found.map((r) => view(r, language, names, sources));
}

export interface DecideIntentReviewOptions {
  reviewId: string;
  decision: 'confirm' | 'dismiss';
  note?: string;
}

/**
 * A person's decision on a proposal. Confirm: the hold stays (for a cease request, the opt-out
 * is recorded for the channels named and a channel-specific pause gives way to it). Dismiss: the
 * pause is lifted at once. Either way the task closes, the utterance becomes a labeled example
 * and the decision is audited. Deciding twice is refused (compare-and-set on the status).
 */
export async function decideIntentReview(db: Db, ctx: AccessContext, opts: DecideIntentReviewOptions): Promise<IntentReviewView> {
  return db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const status = opts.decision === 'confirm' ? 'confirmed' : 'dismissed';
    const [row] = await tx
      .update(intentReviews)
      .set({ status, decidedBy: ctx.actor.id, decidedAt: now, note: opts.note ?? null })
      .where(and(eq(intentReviews.tenantId, ctx.tenantId), eq(intentReviews.id, opts.reviewId), eq(intentReviews.status, 'proposed')))
      .returning();
    if (!row) {
      const [exists] = await tx.select({ status: intentReviews.status }).from(intentReviews).where(and(eq(intentReviews.tenantId, ctx.tenantId), eq(intentReviews.id, opts.reviewId)));
      if (!exists) throw notFound('intent review');
      throw new AppError('conflict', { message: `intent review ${opts.reviewId} is already ${exists.status}`, userMessage: `This was already ${exists.status}.` });
    }
    const channels = (row.channels as ContactChannel[] | null) ?? ['all'];
    const activePause = row.pauseHoldId ? and(eq(holds.tenantId, ctx.tenantId), eq(holds.id, row.pauseHoldId), isNull(holds.resolvedAt)) : undefined;
    if (opts.decision === 'confirm') {
      if (row.intent === 'cease_communication') {
        const [conv] = row.conversationId ? await tx.select({ channel: conversations.channel }).from(conversations).where(and(eq(conversations.tenantId, ctx.tenantId), eq(conversations.id, row.conversationId))) : [];
        for (const channel of channels) {
          await tx.insert(revocations).values({ id: newId(), tenantId: ctx.tenantId, personId: row.personId, channel, receivedAt: now, means: REVOCATION_MEANS[conv?.channel ?? 'call'], text: (row.evidence as string[]).join(' … ') });
        }
        // "Stop calling" confirmed is an opt-out of calls; the all-channel pause gives way to it.
        if (activePause && !channels.includes('all')) await tx.update(holds).set({ resolvedAt: now }).where(activePause);
      }
      if (activePause) {
        await tx.update(holds).set({ reason: `Confirmed with the person: "${(row.evidence as string[]).join(' … ')}"` }).where(and(activePause, inArray(holds.type, ['dispute', 'attorney', 'bankruptcy', 'deceased', 'cease_communication'])));
      }
    } else if (activePause) {
      await tx.update(holds).set({ resolvedAt: now }).where(activePause);
    }
    if (row.taskId) {
      await tx.update(agentTasks).set({ status: 'done', outcome: status, completedAt: now }).where(and(eq(agentTasks.tenantId, ctx.tenantId), eq(agentTasks.id, row.taskId), eq(agentTasks.status, 'open')));
    }
    if (row.utteranceId !== null) {
      await tx.insert(intentLabels).values({
        id: newId(),
        tenantId: ctx.tenantId,
        utteranceId: row.utteranceId,
        intent: row.intent,
        present: opts.decision === 'confirm',
        source: opts.decision === 'confirm' ? 'review_confirmed' : 'review_dismissed',
        reviewId: row.id,
        labeledBy: ctx.actor.id,
        labeledAt: now,
      });
    }
    await audit(tx, ctx, { action: 'write', recordType: 'intent_review', recordId: row.id, details: { intent: row.intent, status, holdId: row.pauseHoldId, personId: row.personId } });
    const [decider] = await rows<{ name: string }>(tx, sql`select display_name as name from users where tenant_id = ${ctx.tenantId} and id = ${ctx.actor.id}`);
    return view(row, 'en', new Map(decider ? [[ctx.actor.id, decider.name]] : []));
  });
}
