import { and, desc, eq, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, textArray, type Database } from '../../platform/db/index.js';
import { getLatestApplication } from '../assistance/index.js';
import { listDisputes } from '../disputes/index.js';
import { listCoverages } from '../frontdesk/index.js';
import { buildStatement, explainLine } from '../ledger/index.js';
import { getAccount } from './get-account.js';
import { getAccountPlan } from '../plans/index.js';
import { checkContact } from './contact-check.js';
import { listConversations, listUtterances, personSentimentTrend } from './conversations.js';
import { listDispositions } from './dispositions.js';
import { accountOutcomes } from './schema.js';

/** How many recent conversations the page shows in full (older ones are listed by date). */
const TRANSCRIPTS_SHOWN = 3;

/**
 * Everything an agent needs about one account on one screen, in one read: the person (names,
 * language, preferred channel and times, consents, holds with reasons, time zones), coverage,
 * each visit with what insurance paid and why the rest is the patient's, the ledger, payments and
 * refunds, the plan and its schedule, assistance, the communications timeline (with compliance
 * reasons for what was blocked), conversation transcripts with sentiment, outcomes and notes,
 * tasks and disputes. Each part comes through its module's own read; the whole view is audited.
 */
export async function getAccount360(database: Database, ctx: AccessContext, accountId: string) {
  const db = database.db;
  // The call check needs only the account id, so it runs alongside the account read (both report
  // another tenant's account as missing); the rest needs the person and follows.
  const [base, callNow] = await Promise.all([getAccount(db, ctx, accountId), checkContact(db, ctx, accountId, 'call')]);
  const personId = base.account.personId;
  const [consents, coverages, statement, payments, refunds, plan, assistance, disputes, conversations, sentiment, outcomes, tasks, dispositions] = await Promise.all([
    rows<{ channel: string; type: string; given_to: string; given_at: Date; until: Date | null; source: string | null }>(
      db,
      sql`select channel, type, given_to, given_at, until, source from consents where tenant_id = ${ctx.tenantId} and person_id = ${personId} order by given_at desc`,
    ),
    listCoverages({ q: db, ctx, personId }),
    buildStatement(db, ctx, personId, { language: 'en', portalUrl: '' }),
    rows<{ id: string; amount_cents: string | number; discount_cents: string | number; status: string; channel: string; card_brand: string | null; card_last4: string | null; refunded_cents: string | number; created_at: Date; completed_at: Date | null; plan_id: string | null }>(
      db,
      sql`select id, amount_cents, discount_cents, status, channel, card_brand, card_last4, refunded_cents, created_at, completed_at, plan_id
          from payments where tenant_id = ${ctx.tenantId} and account_id = ${accountId} order by created_at desc limit 50`,
    ),
    rows<{ id: string; amount_cents: string | number; reason: string; method: string; status: string; created_at: Date }>(
      db,
      sql`select id, amount_cents, reason, method, status, created_at from payment_refunds where tenant_id = ${ctx.tenantId} and account_id = ${accountId} order by created_at desc limit 50`,
    ),
    getAccountPlan(db, { tenantId: ctx.tenantId, accountId, includeClosed: true }),
    getLatestApplication(db, { tenantId: ctx.tenantId, personId }),
    listDisputes(db, ctx, { accountId }),
    listConversations(db, ctx, { personId }),
    personSentimentTrend(db, ctx, personId),
    db.select().from(accountOutcomes).where(and(eq(accountOutcomes.tenantId, ctx.tenantId), eq(accountOutcomes.accountId, accountId))).orderBy(desc(accountOutcomes.recordedAt)).limit(50),
    rows<{ id: string; kind: string; status: string; reason: string | null; assigned_to: string | null; created_at: Date; due_at: Date | null; snoozed_until: Date | null; completed_at: Date | null; outcome: string | null }>(
      db,
      sql`select id, kind, status, reason, assigned_to, created_at, due_at, snoozed_until, completed_at, outcome from agent_tasks
          where tenant_id = ${ctx.tenantId} and account_id = ${accountId} order by (status = 'open') desc, created_at desc limit 30`,
    ),
    listDispositions(db, ctx.tenantId),
  ]);
  const [transcripts, agentRows] = await Promise.all([
    Promise.all(
      conversations.slice(0, TRANSCRIPTS_SHOWN).map(async (c) => ({ ...c, remarks: c.utterances, utterances: (await listUtterances(db, ctx, c.id)).map((u) => ({ id: u.id, at: u.at, speaker: u.speaker, text: u.text, sentiment: u.analysis?.label ?? null, score: u.analysis?.score ?? null })) })),
    ),
    outcomes.length ? rows<{ id: string; name: string }>(db, sql`select id, display_name as name from users where tenant_id = ${ctx.tenantId} and id = any(${textArray([...new Set(outcomes.map((o) => o.agentId))])})`) : Promise.resolve([]),
    audit(db, ctx, { action: 'read', recordType: 'account', recordId: accountId, details: { view: '360' } }),
  ]);
  const agents = new Map(agentRows.map((u) => [u.id, u.name]));
  const { person } = base;
  return {
    account: base.account,
    person: person
      ? {
          id: person.id,
          givenName: person.givenName,
          familyName: person.familyName,
          birthDate: person.birthDate,
          language: person.language,
          city: person.city,
          state: person.state,
          timeZone: person.timeZone,
          extraTimeZones: person.extraTimeZones ?? [],
          deceased: person.deceased,
          preferredChannel: person.preferences?.channel ?? null,
          inconvenientTimes: person.preferences?.inconvenientTimes ?? [],
          paperless: person.preferences?.paperless ?? false,
        }
      : null,
    contactPoints: base.contactPoints.map((c) => ({ id: c.id, system: c.system, use: c.use, value: c.value, rank: c.rank })),
    consents: consents.map((c) => ({ channel: c.channel, type: c.type, givenTo: c.given_to, givenAt: c.given_at, until: c.until, source: c.source })),
    holds: base.holds.map((h) => ({ id: h.id, type: h.type, since: h.since, reason: h.reason, accountId: h.accountId })),
    callNow: { allowed: callNow.allowed, reasons: callNow.reasons, earliestAllowedAt: callNow.earliestAllowedAt ?? null },
    coverages,
    // One visit per open account of the person; this account first.
    visits: statement.lines
      .map((l) => ({ ...l, explanation: explainLine(l, 'en', true).sentences }))
      .sort((a, b) => Number(b.accountId === accountId) - Number(a.accountId === accountId)),
    entries: base.entries.map((e) => ({ id: e.id, kind: e.kind, bucket: e.bucket, amountCents: e.amountCents, effectiveOn: e.effectiveOn, memo: e.memo })),
    payments: payments.map((p) => ({ id: p.id, amountCents: Number(p.amount_cents), discountCents: Number(p.discount_cents), status: p.status, channel: p.channel, card: p.card_last4 ? `${p.card_brand ?? 'Card'} ending ${p.card_last4}` : null, refundedCents: Number(p.refunded_cents), createdAt: p.created_at, completedAt: p.completed_at, onPlan: p.plan_id !== null })),
    refunds: refunds.map((r) => ({ id: r.id, amountCents: Number(r.amount_cents), reason: r.reason, method: r.method, status: r.status, createdAt: r.created_at })),
    plan,
    assistance,
    communications: base.communications.map((c) => ({ id: c.id, at: c.at, direction: c.direction, channel: c.channel, status: c.status, subject: c.subject, outcome: c.outcome, reasons: c.reasons, accountId: c.accountId, journey: c.journey })),
    conversations: transcripts.concat(conversations.slice(TRANSCRIPTS_SHOWN).map((c) => ({ ...c, remarks: c.utterances, utterances: [] }))),
    sentiment,
    outcomes: outcomes.map((o) => ({ id: o.id, disposition: o.disposition, label: dispositions.find((d) => d.code === o.disposition)?.label ?? o.disposition, agent: agents.get(o.agentId) ?? 'Staff', note: o.note, recordedAt: o.recordedAt, handleSeconds: o.handleSeconds, callbackAt: o.callbackAt, promise: o.promiseDueOn ? { amountCents: o.promiseAmountCents, dueOn: o.promiseDueOn, status: o.promiseStatus } : null })),
    tasks: tasks.map((t) => ({ id: t.id, kind: t.kind, status: t.status, reason: t.reason, assignedTo: t.assigned_to, createdAt: t.created_at, dueAt: t.due_at, snoozedUntil: t.snoozed_until, completedAt: t.completed_at, outcome: t.outcome })),
    disputes,
    dispositions,
  };
}

export type Account360 = Awaited<ReturnType<typeof getAccount360>>;
