import { sql } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import { fromJsonRow, frozenSql, type Database } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { latestApplicationFromJson, latestApplicationJsonSql } from '../assistance/index.js';
import type { UtteranceAnalysis } from '../conversations/index.js';
import { accountDisputesSql, disputesFromRows } from '../disputes/index.js';
import { coveragesFromJson, personCoveragesCountSql, personCoveragesJsonSql } from '../frontdesk/index.js';
import { explainLine, statementAccountsJsonSql, statementFromJson, statementSql, type StatementJson } from '../ledger/index.js';
import { accountFromRow, readAccountRow } from './get-account.js';
import { accountPlanFromJson, accountPlanJsonSql } from '../plans/index.js';
import type { QuestionColumns } from '../outreach/index.js';
import { checkContactsOfRows, contactCheckColumnsSql } from './contact-check.js';
import { DEFAULT_DISPOSITIONS, type Disposition } from './dispositions.js';
import { accountOutcomes, conversationUtterances } from './schema.js';

/** How many recent conversations the page shows in full (older ones are listed by date). */
const TRANSCRIPTS_SHOWN = 3;

type Json = Record<string, unknown>;
const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(String(v)));

interface Extra360 {
  consents: Array<{ channel: string; type: string; given_to: string; given_at: string; until: string | null; source: string | null }>;
  payments: Array<{ id: string; amount_cents: number; discount_cents: number; status: string; channel: string; card_brand: string | null; card_last4: string | null; refunded_cents: number; created_at: string; completed_at: string | null; plan_id: string | null }>;
  refunds: Array<{ id: string; amount_cents: number; reason: string; method: string; status: string; created_at: string }>;
  outcomes: Json[];
  agents: Record<string, string>;
  tasks: Array<{ id: string; kind: string; status: string; reason: string | null; assigned_to: string | null; created_at: string; due_at: string | null; snoozed_until: string | null; completed_at: string | null; outcome: string | null }>;
  dispositions: Disposition[];
  conversations: Array<{ id: string; channel: string; started_at: string; agent_id: string | null; account_id: string | null; language: string; utterances: number }>;
  transcripts: Array<{ id: string; utterances: Json[] }>;
  sentiment: Array<{ at: string; conversation_id: string; analysis: UtteranceAnalysis | null }>;
  plan: Parameters<typeof accountPlanFromJson>[0];
  disputes: Array<Record<string, unknown>>;
  assistance: Parameters<typeof latestApplicationFromJson>[0];
  coverages: Array<Record<string, unknown>>;
  statement: StatementJson | null;
}

/** The person's conversations, newest first, as listConversations orders them. */
const personConversations = sql`from conversations c where c.tenant_id = a.tenant_id and c.person_id = a.person_id order by c.started_at desc, c.id desc`;

/**
 * The 360's own reads, as columns of the account read's one statement (over the account CTE `a`):
 * consents, payments, refunds, outcomes with the agents' names, tasks, the disposition list, the
 * conversations (the newest ones with their transcripts) and the patient's sentiment over time.
 * Lists are built like the account read's (see readAccountRow): `to_json(array(...))` of rows in
 * the order shown.
 */
const EXTRA_360 = frozenSql(sql`,
  to_json(array(select x from (select c.channel, c.type, c.given_to, c.given_at, c.until, c.source
   from consents c where c.tenant_id = a.tenant_id and c.person_id = a.person_id order by c.given_at desc) x)) as consents,
  to_json(array(select x from (select id, amount_cents, discount_cents, status, channel, card_brand, card_last4, refunded_cents, created_at, completed_at, plan_id
         from payments p where p.tenant_id = a.tenant_id and p.account_id = a.id order by p.created_at desc limit 50) x)) as payments,
  to_json(array(select x from (select id, amount_cents, reason, method, status, created_at from payment_refunds r where r.tenant_id = a.tenant_id and r.account_id = a.id order by r.created_at desc limit 50) x)) as refunds,
  to_json(array(select o from (select * from account_outcomes o where o.tenant_id = a.tenant_id and o.account_id = a.id order by o.recorded_at desc limit 50) o)) as outcomes,
  (select coalesce(json_object_agg(u.id, u.display_name), '{}'::json) from users u
   where u.tenant_id = a.tenant_id and u.id in (select o.agent_id from account_outcomes o where o.tenant_id = a.tenant_id and o.account_id = a.id)) as agents,
  to_json(array(select t from (select id, kind, status, reason, assigned_to, created_at, due_at, snoozed_until, completed_at, outcome from agent_tasks t
         where t.tenant_id = a.tenant_id and t.account_id = a.id order by (t.status = 'open') desc, t.created_at desc limit 30) t)) as tasks,
  to_json(array(select x from (select d.code, d.label, d.reached, d.resolves, d.needs
   from workspace_dispositions d where d.tenant_id = a.tenant_id and d.active order by d.position, d.code) x)) as dispositions,
  to_json(array(select c from (select c.id, c.channel, c.started_at, c.agent_id, c.account_id, c.language, (select count(*)::int from conversation_utterances u where u.conversation_id = c.id) as utterances
         ${personConversations} limit 50) c)) as conversations,
  to_json(array(select x from (select c.id, to_json(array(select u from (select * from conversation_utterances u where u.tenant_id = a.tenant_id and u.conversation_id = c.id order by u.id limit 200) u)) as utterances
   from (select c.id ${personConversations} limit ${sql.raw(String(TRANSCRIPTS_SHOWN))}) c) x)) as transcripts,
  to_json(array(select s from (select u.at, u.conversation_id, u.analysis from conversation_utterances u join conversations c on c.id = u.conversation_id
         where c.tenant_id = a.tenant_id and c.person_id = a.person_id and u.speaker = 'patient' order by u.at desc limit 500) s)) as sentiment,
  ${accountPlanJsonSql(sql`a.tenant_id`, sql`a.id`, { includeClosed: true })} as plan,
  -- The disputes' CTE is in the order they are shown.
  to_json(array(select d from account_disputes d)) as disputes,
  ${latestApplicationJsonSql(sql`a.tenant_id`, sql`a.person_id`)} as assistance,
  ${personCoveragesJsonSql(sql`a.tenant_id`, sql`a.person_id`)} as coverages`);

/**
 * The view's one audit row (on the account, over the read's CTEs): whose records they are and
 * what of them the page showed. `sections` names what the view covers, by the record types each
 * part is audited under when it is read on its own (the account read, the person, the
 * conversation list, the sentiment, the disputes, the coverages, the statement), with the counts
 * and the statement's accounts those reads record.
 */
const view360AuditDetails = frozenSql(sql`jsonb_build_object(
    'view', '360',
    'personId', a.person_id,
    'sections', jsonb_build_array('account', 'person', 'conversation_list', 'person_sentiment', 'dispute', 'coverage', 'statement'),
    'conversations', (select count(*) from (select 1 ${personConversations} limit 50) n),
    'disputes', (select count(*) from account_disputes),
    'coverages', ${personCoveragesCountSql(sql`a.tenant_id`, sql`a.person_id`)},
    'accounts', ${statementAccountsJsonSql})`);

/** The person of the account read (CTE `a`), for the statement the 360 shows. */
const ACCOUNT_PERSON = sql`(select a.person_id from a)`;

/**
 * Everything an agent needs about one account on one screen, in one read: the person (names,
 * language, preferred channel and times, consents, holds with reasons, time zones), coverage,
 * each visit with what insurance paid and why the rest is the patient's, the ledger, payments and
 * refunds, the plan and its schedule, assistance, the communications timeline (with compliance
 * reasons for what was blocked), conversation transcripts with sentiment, outcomes and notes,
 * tasks and disputes. One statement (with the session's, the request's only other one) reads the
 * workspace's own parts, the other modules' parts (plan, disputes, assistance, coverage, what
 * the call check's compliance question reads, from the account and person rows the read already
 * has, with the tenant's rule-set version, and the statement of the person
 * it finds, whose verify code it records) and writes the view's one audit row (which covers the
 * statement), all committed together.
 */
export async function getAccount360(database: Database, ctx: AccessContext, accountId: string) {
  const db = database.db;
  const now = ctx.clock.now();
  const statementDate = now.toISOString().slice(0, 10);
  // The view's one audit row covers the statement too.
  const statementParts = statementSql(ctx, ACCOUNT_PERSON, statementDate, { auditedByCaller: true });
  const row = await readAccountRow(
    db,
    ctx,
    accountId,
    [{ action: 'read', recordType: 'account', recordId: sql`a.id`, detailsSql: view360AuditDetails }],
    // The call check's question is read with the account and its person (`ap`), not read again.
    sql`${EXTRA_360}, ${statementParts.json} as statement, ${contactCheckColumnsSql(ctx.tenantId, 'ap', now)}`,
    sql`account_disputes as (${accountDisputesSql(sql`${ctx.tenantId}`, sql`${accountId}`)}), ${statementParts.ctes}`,
    // The timeline shows each message's subject and outcome, not its body, address or decision.
    ['body', 'to_address', 'decision'],
  );
  // Another tenant's account is reported exactly like a missing one.
  if (!row) throw notFound('account');
  const x = row as unknown as Extra360;
  const base = accountFromRow(row, ctx);
  // The rule set's version came with the read; its rules are compiled once per process.
  const callNow = (await checkContactsOfRows(db, ctx, [{ accountId, personId: base.account.personId, language: base.person?.language ?? null, q: row as unknown as QuestionColumns }], 'call', now)).get(accountId);
  if (!callNow) throw notFound('account');
  const plan = accountPlanFromJson(x.plan);
  const disputes = disputesFromRows(x.disputes, ctx.clock.now());
  const assistance = latestApplicationFromJson(x.assistance);
  const coverages = coveragesFromJson(x.coverages);
  const statement = statementFromJson(x.statement, statementDate, { language: 'en', portalUrl: '' });
  if (!statement) throw notFound('person');
  const dispositions = x.dispositions.length ? x.dispositions : DEFAULT_DISPOSITIONS;
  const outcomes = x.outcomes.map((o) => fromJsonRow(accountOutcomes, o));
  const conversations = x.conversations.map((c) => ({ id: c.id, channel: c.channel, startedAt: iso(c.started_at)!.toISOString(), agentId: c.agent_id, accountId: c.account_id, language: c.language, utterances: c.utterances }));
  const transcriptOf = new Map(x.transcripts.map((t) => [t.id, t.utterances.map((u) => fromJsonRow(conversationUtterances, u))]));
  const transcripts = conversations.slice(0, TRANSCRIPTS_SHOWN).map((c) => ({
    ...c,
    remarks: c.utterances,
    utterances: (transcriptOf.get(c.id) ?? []).map((u) => {
      const analysis = u.analysis as UtteranceAnalysis | null;
      return { id: u.id, at: u.at.toISOString(), speaker: u.speaker, text: u.text, sentiment: analysis?.label ?? null, score: analysis?.score ?? null };
    }),
  }));
  const sentiment = x.sentiment
    .slice()
    .reverse()
    .map((f) => ({ at: iso(f.at)!.toISOString(), conversationId: f.conversation_id, score: f.analysis?.score ?? 0, label: f.analysis?.label ?? 'neutral' }));
  const consents = x.consents.map((c) => ({ ...c, given_at: iso(c.given_at)!, until: iso(c.until) }));
  const payments = x.payments.map((p) => ({ ...p, created_at: iso(p.created_at)!, completed_at: iso(p.completed_at) }));
  const refunds = x.refunds.map((r) => ({ ...r, created_at: iso(r.created_at)! }));
  const tasks = x.tasks.map((t) => ({ ...t, created_at: iso(t.created_at)!, due_at: iso(t.due_at), snoozed_until: iso(t.snoozed_until), completed_at: iso(t.completed_at) }));
  const agents = new Map(Object.entries(x.agents));
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
