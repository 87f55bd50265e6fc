import { sql } from 'drizzle-orm';
import { fieldCipher } from '../../platform/crypto/index.js';
import { rows, type Database, type Tx } from '../../platform/db/index.js';
import { stableId } from '../../platform/ids/index.js';
import { insertMessageLinks, newLinkCode } from '../payments/index.js';
import { CRITICAL_INTENTS, detectIntentPatterns, detectIntents, type Intent, type IntentMatch } from '../conversations/index.js';
import { contactBlindIndex } from '../people/index.js';
import { ask, contactQuestion, tenantEvaluator, type ComplianceEvaluator, type ContactPurpose } from './compliance-questions.js';
import type { OutreachConfig } from './journeys/load-outreach-config.js';
import { loadSnapshots } from './load-snapshots.js';
import { recordCommunication } from './record-communication.js';
import { renderMessage } from './render-message.js';
import type { EnqueueDeliveries } from './run-orchestration-pass.js';

export interface InboundReply {
  channel: 'sms' | 'email';
  /** The sender's phone number or email address. */
  from: string;
  /** Our number or address it was sent to (picks the tenant when several share a sender). */
  to?: string;
  body: string;
  receivedAt: Date;
  externalId?: string;
  tenantId?: string;
}

/** What a reply's free text seems to say, for a person to confirm (see ReplyDeps.propose). */
export interface ReplyProposalInput {
  tenantId: string;
  personId: string;
  accountId: string | null;
  /** The inbound communication (stored before the proposal is made). */
  communicationId: string;
  channel: 'sms' | 'email';
  body: string;
  receivedAt: Date;
  /** Critical intents found in free text (never a bare opt-out keyword). */
  matches: IntentMatch[];
}

export interface ReplyDeps {
  config: OutreachConfig;
  evaluate: ComplianceEvaluator;
  publicUrl: string;
  enqueue?: EnqueueDeliveries;
  /**
   * Makes critical intents found in free text proposals (outreach paused at once, a review task
   * for a person) inside the reply's transaction, and returns what it did ("proposal:<id>").
   * The composition root wires the workspace's review flow here (outreach does not import it).
   * Without it, replies keep their older behaviour: the patterns alone, applied at once.
   */
  propose?: (tx: Tx, input: ReplyProposalInput) => Promise<string[]>;
}

export interface ReplyOutcome {
  personId: string;
  tenantId: string;
  inboundId: string;
  /** Intents applied at once (keywords, pauses, tasks, answers). */
  intents: Intent[];
  /** Critical intents in free text made proposals for a person to confirm (nothing final yet). */
  proposed: Intent[];
  actions: string[];
  /** The automatic answer queued (at most one), or why none was sent. */
  answer: { communicationId: string; template: string } | { none: string };
}

type TaskKind = 'verify_payment' | 'review_dispute' | 'verify_identity' | 'review_attorney' | 'review_bankruptcy' | 'review_deceased' | 'assistance' | 'plan' | 'callback' | 'complaint' | 'insurance_review' | 'explain_bill';

const TASK_FOR: Partial<Record<Intent, TaskKind>> = {
  already_paid: 'verify_payment',
  dispute: 'review_dispute',
  wrong_person: 'verify_identity',
  attorney: 'review_attorney',
  bankruptcy: 'review_bankruptcy',
  deceased: 'review_deceased',
  hardship: 'assistance',
  wants_assistance: 'assistance',
  wants_plan: 'plan',
  callback_later: 'callback',
  complaint: 'complaint',
  insurance_should_pay: 'insurance_review',
  bill_confusion: 'explain_bill',
};

/** The one automatic answer, most important first. Attorney, bankruptcy and death get none: a person handles them. */
const ANSWERS: Array<[Intent, string]> = [
  ['cease_communication', 'reply-opt-out'],
  ['wrong_person', 'reply-wrong-person'],
  ['dispute', 'reply-dispute'],
  ['already_paid', 'reply-already-paid'],
  ['hardship', 'reply-hardship'],
  ['wants_assistance', 'reply-assistance'],
  ['wants_plan', 'reply-plan'],
];

const DAY_MS = 86_400_000;

/**
 * Handles a message a person sent us: records it, detects intents (conversations module) and
 * applies their effects at once: an opt-out becomes a revocation plus one confirmation; a dispute,
 * attorney, bankruptcy or death becomes a hold and a task for a person; "already paid" and
 * "wrong person" pause reminders pending review; hardship, assistance and plan requests get a kind
 * answer and a task. Every answer is itself checked by compliance.
 */
export async function handleInboundReply(database: Database, reply: InboundReply, deps: ReplyDeps): Promise<ReplyOutcome[]> {
  const system = reply.channel === 'sms' ? 'phone' : 'email';
  // Contact values are encrypted: the sender is found by the blind index of the normalized address.
  const fromIndex = contactBlindIndex(system, reply.from);
  const people = await rows<{ person_id: string; tenant_id: string; sms_from: string | null }>(
    database.db,
    sql`select distinct cp.person_id, cp.tenant_id, t.settings->>'smsFrom' as sms_from
        from contact_points cp join tenants t on t.id = cp.tenant_id
        where cp.system = ${system} and cp.value_bidx = ${fromIndex}
          ${reply.tenantId ? sql`and cp.tenant_id = ${reply.tenantId}` : sql``}`,
  );
  const matched = reply.to ? people.filter((p) => !p.sms_from || p.sms_from === reply.to) : people;
  const { immediate, proposed } = splitReplyIntents(reply.body, reply.channel, Boolean(deps.propose));
  const outcomes: ReplyOutcome[] = [];
  for (const person of matched) {
    outcomes.push(await database.db.transaction((tx) => applyReply(tx, person.person_id, person.tenant_id, reply, immediate, proposed, deps)));
  }
  return outcomes;
}

const isCritical = (i: Intent) => (CRITICAL_INTENTS as readonly Intent[]).includes(i);

/**
 * Which of a reply's intents apply at once and which go to a person. Carrier keywords ("STOP",
 * "BAJA") and the non-critical intents apply at once from the patterns alone (their behaviour
 * before the intent model: they are applied without review, and the model's thresholds are set
 * for recall because its findings are reviewed). A dispute, cease, attorney, bankruptcy or
 * deceased intent in free text is a proposal: the model and the patterns both propose (recall
 * first), a person decides.
 */
export function splitReplyIntents(body: string, channel: 'sms' | 'email', proposals: boolean): { immediate: IntentMatch[]; proposed: IntentMatch[] } {
  const patterns = detectIntentPatterns(body, { medium: channel });
  if (!proposals) return { immediate: patterns, proposed: [] };
  const immediate = patterns.filter((m) => !isCritical(m.intent) || m.keyword);
  const proposed = detectIntents(body, { medium: channel }).filter((m) => isCritical(m.intent) && !m.keyword);
  for (const m of patterns) {
    if (isCritical(m.intent) && !m.keyword && !proposed.some((p) => p.intent === m.intent) && !immediate.some((p) => p.intent === m.intent)) proposed.push(m);
  }
  return { immediate, proposed };
}

async function applyReply(tx: Tx, personId: string, tenantId: string, reply: InboundReply, matches: IntentMatch[], proposedMatches: IntentMatch[], deps: ReplyDeps): Promise<ReplyOutcome> {
  const now = reply.receivedAt;
  // The reply, its address and the revocation text are stored encrypted.
  const cipher = fieldCipher();
  const intents = [...new Set(matches.map((m) => m.intent))];
  const actions: string[] = [];
  // The account the reply is about: the one we last wrote to, else the largest open balance.
  const [acct] = await rows<{ account_id: string }>(
    tx,
    sql`select coalesce(
          (select account_id from communications where person_id = ${personId} and tenant_id = ${tenantId} and direction = 'outbound'
             and account_id is not null and at <= ${now} order by at desc limit 1),
          (select id from accounts where person_id = ${personId} and tenant_id = ${tenantId} order by patient_due_cents desc, id limit 1)) as account_id`,
  );
  const accountId = acct?.account_id ?? null;
  const inboundId = stableId('inbound', tenantId, personId, reply.channel, reply.externalId ?? `${reply.from}|${now.toISOString()}|${reply.body}`);
  const proposedIntents = [...new Set(proposedMatches.map((m) => m.intent))];
  const stored = await recordCommunication(tx, {
    id: inboundId,
    tenantId,
    personId,
    accountId,
    direction: 'inbound',
    channel: reply.channel,
    status: 'received',
    at: now,
    toAddress: reply.to ?? null,
    body: reply.body,
    outcome: [...intents, ...proposedIntents].join(',') || null,
    externalId: reply.externalId ?? null,
    decision: {
      intents: matches.map((m) => ({ intent: m.intent, evidence: m.evidence, channels: m.channels ?? null })),
      proposed: proposedMatches.map((m) => ({ intent: m.intent, evidence: m.evidence, channels: m.channels ?? null, probability: m.probability ?? null })),
    },
    purpose: 'reply',
  });
  // A provider's retry of a message already taken proposes nothing new.
  if (proposedMatches.length && deps.propose && stored.recorded) {
    actions.push(...(await deps.propose(tx, { tenantId, personId, accountId, communicationId: inboundId, channel: reply.channel, body: reply.body, receivedAt: now, matches: proposedMatches })));
  }

  const hold = async (type: 'dispute' | 'cease_communication' | 'attorney' | 'bankruptcy' | 'deceased', onAccount: boolean) => {
    await tx.execute(sql`insert into holds (id, tenant_id, person_id, account_id, type, since, reason, created_by)
      values (${stableId('hold', inboundId, type)}, ${tenantId}, ${personId}, ${onAccount ? accountId : null}, ${type}, ${now}, ${'reply: ' + type}, 'outreach.reply')
      on conflict (tenant_id, id) do nothing`);
    actions.push(`hold:${type}`);
  };
  const revoke = async (channel: 'sms' | 'email' | 'call' | 'all') => {
    await tx.execute(sql`insert into revocations (id, tenant_id, person_id, channel, received_at, means, text)
      values (${stableId('revocation', inboundId, channel)}, ${tenantId}, ${personId}, ${channel}, ${now}, ${reply.channel === 'sms' ? 'sms_reply' : 'email'}, ${cipher.encrypt(reply.body.slice(0, 500))})
      on conflict (tenant_id, id) do nothing`);
    actions.push(`revoked:${channel}`);
  };
  const pause = async (reason: string, days: number) => {
    const until = new Date(now.getTime() + days * DAY_MS).toISOString();
    await tx.execute(sql`update journey_states set manual_pause = ${JSON.stringify({ reason, until })}::jsonb, next_eval_at = ${now}
      where person_id = ${personId} and tenant_id = ${tenantId}`);
    actions.push(`pause:${reason}`);
  };

  for (const m of matches) {
    switch (m.intent) {
      case 'cease_communication': {
        const channels = m.channels?.length ? m.channels : [reply.channel];
        for (const ch of channels) await revoke(ch);
        // "Stop contacting me" in writing asks to cease all communication, not one medium.
        if (channels.includes('all')) await hold('cease_communication', false);
        break;
      }
      case 'dispute':
        await hold('dispute', true);
        break;
      case 'attorney':
      case 'bankruptcy':
      case 'deceased':
        await hold(m.intent, false);
        break;
      case 'already_paid':
        await pause('verify_payment', 14);
        break;
      case 'wrong_person':
        // Not their number or address: never write to it again, and verify who owes before anything else.
        await revoke(reply.channel);
        await pause('verify_identity', 30);
        break;
      default:
        break;
    }
    const kind = TASK_FOR[m.intent];
    if (kind) {
      await tx.execute(sql`insert into agent_tasks (id, tenant_id, person_id, account_id, communication_id, kind, status, reason, priority, created_at)
        values (${stableId('task', inboundId, kind)}, ${tenantId}, ${personId}, ${accountId}, ${inboundId}, ${kind}, 'open', ${m.intent}, ${m.effect.pausesCollection ? 80 : 60}, ${now})
        on conflict (tenant_id, id) do nothing`);
      actions.push(`task:${kind}`);
    }
  }
  // Re-decide the person's journeys promptly: the reply may change what should happen next.
  // (Through the person's accounts, accounts_person: journey states have no person index.)
  await tx.execute(sql`update journey_states set next_eval_at = least(next_eval_at, ${now})
    where tenant_id = ${tenantId} and account_id in (select id from accounts where tenant_id = ${tenantId} and person_id = ${personId})`);

  let answer: ReplyOutcome['answer'] = { none: 'no_answer_needed' };
  const silent = intents.some((i) => i === 'attorney' || i === 'bankruptcy' || i === 'deceased');
  const pick = ANSWERS.find(([i]) => intents.includes(i));
  if (silent) answer = { none: 'handled_by_a_person' };
  // Until a person confirms what the message meant, no automatic answer presumes it.
  else if (proposedIntents.length) answer = { none: 'proposal_for_review' };
  else if (pick && accountId) {
    const [intent, template] = pick;
    // Opting out (or "wrong number") gets exactly one confirmation on that medium, ever.
    const isOptOut = intent === 'cease_communication' || intent === 'wrong_person';
    const purpose: ContactPurpose = isOptOut ? 'opt_out_confirmation' : 'reply_to_consumer';
    const [already] = isOptOut
      ? await rows<{ n: number }>(tx, sql`select count(*)::int as n from communications where person_id = ${personId} and tenant_id = ${tenantId}
          and direction = 'outbound' and channel = ${reply.channel} and purpose = 'opt_out_confirmation' and status not in ('blocked', 'cancelled')`)
      : [{ n: 0 }];
    const [s] = (already?.n ?? 0) > 0 ? [] : await loadSnapshots(tx, [accountId], now);
    if ((already?.n ?? 0) > 0) answer = { none: 'already_confirmed' };
    else if (s) {
      const id = stableId('reply', inboundId, template);
      const evaluate = await tenantEvaluator(tx, tenantId, deps.evaluate);
      let d = await ask(evaluate, contactQuestion(s, { id, channel: reply.channel, at: now, purpose, autodialed: reply.channel === 'sms' }));
      let sendAt = now;
      // A reply that arrives at night is answered when the morning window opens.
      if (!d.allowed && d.earliestAllowedAt) {
        const later = new Date(d.earliestAllowedAt);
        const again = await ask(evaluate, contactQuestion(s, { id, channel: reply.channel, at: later, purpose, autodialed: reply.channel === 'sms' }));
        if (again.allowed) {
          d = again;
          sendAt = later;
        }
      }
      if (!d.allowed) {
        answer = { none: `blocked: ${d.reasons.join(', ')}` };
      } else {
        const language = s.person.language;
        // No link to someone who says it is the wrong person or asks us to stop: the account is not theirs to open.
        const linkCode = isOptOut ? null : newLinkCode();
        const rendered = renderMessage({ catalogs: deps.config.templates, template, channel: reply.channel, language, tone: 'warm', snapshot: s, communicationId: id, publicUrl: deps.publicUrl, linkCode });
        // The confirmation and answers go back to the address that wrote, whatever else we hold.
        const { recorded } = await recordCommunication(tx, {
          id,
          tenantId,
          personId,
          accountId,
          direction: 'outbound',
          channel: reply.channel,
          status: 'queued',
          at: sendAt,
          toAddress: reply.from,
          subject: rendered.subject,
          body: rendered.body,
          step: `reply:${intent}`,
          decision: { contact: d, inReplyTo: inboundId },
          ruleSetVersion: d.ruleSetVersion ?? null,
          language,
          tone: 'warm',
          purpose,
          template,
          verifyCode: rendered.verifyCode,
        });
        if (recorded && linkCode) await insertMessageLinks(tx, { tenantId, rows: [{ communicationId: id, personId, accountId, channel: reply.channel, code: linkCode }], now });
        if (recorded && deps.enqueue) await deps.enqueue(tx, [{ communicationId: id, tenantId, startAfter: sendAt > now ? sendAt : undefined }]);
        answer = { communicationId: id, template };
      }
    }
  }
  return { personId, tenantId, inboundId, intents, proposed: proposedIntents, actions, answer };
}
