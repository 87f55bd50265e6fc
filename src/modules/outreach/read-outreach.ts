import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Db } from '../../platform/db/index.js';
import { personDisplayName } from '../people/index.js';
import { decryptMessageFields } from './message-fields.js';

const toIso = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
function isoRows<T extends Record<string, unknown>>(list: T[]): T[] {
  return list.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, toIso(v)])) as T);
}

/** A sandbox delivery in the dev inbox (dates as ISO strings). */
export type InboxRow = {
  id: number; communicationId: string; channel: string; toAddress: string | null; subject: string | null; body: string | null; deliveredAt: string;
  journey: string | null; step: string | null; language: string | null; tone: string | null; verifyCode: string | null; status: string | null;
  accountId: string | null; letterBatchId: string | null; personName: string | null;
};

type DecisionJson = { [key: string]: unknown; allowed?: boolean; reasons?: string[]; earliestAllowedAt?: string | null; earliestAllowedOn?: string | null };

/** What a communication kept of its compliance decisions (see decide-account and deliver-communication). */
export type StoredDecisionJson = DecisionJson & {
  stepKey?: string | null; contact?: DecisionJson | null; content?: DecisionJson | null; atSend?: DecisionJson | null; tried?: Array<{ [key: string]: unknown; channel: string; reasons: string[] }> | null;
};

/** A communication in the decisions log (dates as ISO strings; `decision` as stored). */
export type CommunicationLogRow = {
  id: string; accountId: string | null; personId: string; personName: string | null; direction: string; channel: string; status: string; at: string;
  subject: string | null; body: string | null; journey: string | null; step: string | null; reasons: string[]; outcome: string | null; purpose: string | null;
  language: string | null; tone: string | null; ruleSetVersion: string | null; decision: StoredDecisionJson | null; verifyCode: string | null;
  template: string | null; templateVersion: number | null; timeZone: string; extraTimeZones: string[];
};

/** An account's journey state (dates as ISO strings). */
export type JourneyStateRow = {
  accountId: string; journey: string | null; journeyVersion: number | null; status: string; pausedReason: string | null;
  attempts: Record<string, { n: number; lastAt: string }>; totalAttempts: number; lastContactAt: string | null;
  manualPause: { reason: string; until: string } | null; nextEvalAt: string; history: unknown[];
};

/** An agent task with its person's name (dates as ISO strings; `compliance` is the contact decision). */
export type AgentTaskRow = {
  id: string; kind: string; status: string; reason: string | null; accountId: string | null; personId: string; personName: string | null;
  windowStart: string | null; windowEnd: string | null; compliance: { allowed: boolean; reasons: string[] } | null; priority: number;
  outcome: string | null; createdAt: string; communicationId: string | null;
};

export type LetterBatchRow = { id: string; batchDate: string; createdAt: string; letters: number };

/** Names and message fields are stored encrypted: each row gets its `personName` and plain text back. */
function decrypted<T extends Record<string, unknown>>(list: T[]): T[] {
  for (const r of list) {
    const row = r as Record<string, unknown>;
    if ('pGivenName' in row) {
      row.personName = typeof row.pGivenName === 'string' ? personDisplayName(row.pGivenName, row.pFamilyName as string) : null;
      delete row.pGivenName;
      delete row.pFamilyName;
    }
    decryptMessageFields(row);
  }
  return list;
}

/** The dev inbox: what the sandbox channels "sent", newest first (PHI: audited). */
export async function listInbox(db: Db, ctx: AccessContext, opts: { limit?: number; before?: number; channel?: string } = {}) {
  const limit = Math.min(Math.max(opts.limit ?? 100, 1), 500);
  return db.transaction(async (tx) => {
    const items = await rows<InboxRow>(
      tx,
      sql`select d.id, d.communication_id as "communicationId", d.channel, d.to_address as "toAddress", d.subject, d.body, d.delivered_at as "deliveredAt",
            c.journey, c.step, c.language, c.tone, c.verify_code as "verifyCode", c.status, c.account_id as "accountId", c.letter_batch_id as "letterBatchId",
            p.given_name as "pGivenName", p.family_name as "pFamilyName"
          from sandbox_deliveries d left join communications c on c.id = d.communication_id left join persons p on p.id = c.person_id
          where d.tenant_id = ${ctx.tenantId} ${opts.before ? sql`and d.id < ${opts.before}` : sql``} ${opts.channel ? sql`and d.channel = ${opts.channel}` : sql``}
          order by d.id desc limit ${limit}`,
    );
    await audit(tx, ctx, { action: 'read', recordType: 'dev_inbox', details: { count: items.length } });
    return isoRows(decrypted(items));
  });
}

/**
 * The communications and decisions log for the compliance officer: every contact with its
 * status, the reasons it was blocked and the journey step that asked for it (PHI: audited).
 */
export async function listCommunications(db: Db, ctx: AccessContext, opts: { limit?: number; status?: string; channel?: string; accountId?: string; before?: string; reason?: string } = {}) {
  const limit = Math.min(Math.max(opts.limit ?? 100, 1), 500);
  return db.transaction(async (tx) => {
    const items = await rows<CommunicationLogRow>(
      tx,
      sql`select c.id, c.account_id as "accountId", c.person_id as "personId", p.given_name as "pGivenName", p.family_name as "pFamilyName",
            c.direction, c.channel, c.status, c.at, c.subject, c.body, c.journey, c.step, c.reasons, c.outcome, c.purpose, c.language, c.tone,
            c.rule_set_version as "ruleSetVersion", c.decision, c.verify_code as "verifyCode", c.template, c.template_version as "templateVersion",
            p.time_zone as "timeZone", p.extra_time_zones as "extraTimeZones"
          from communications c join persons p on p.id = c.person_id
          where c.tenant_id = ${ctx.tenantId}
            ${opts.status ? sql`and c.status = ${opts.status}` : sql``}
            ${opts.channel ? sql`and c.channel = ${opts.channel}` : sql``}
            ${opts.accountId ? sql`and c.account_id = ${opts.accountId}` : sql``}
            ${opts.reason ? sql`and ${opts.reason} = any(c.reasons)` : sql``}
            ${opts.before ? sql`and c.at < ${new Date(opts.before)}` : sql``}
          order by c.at desc, c.id desc limit ${limit}`,
    );
    await audit(tx, ctx, { action: 'read', recordType: 'communication', details: { view: 'log', count: items.length } });
    return isoRows(decrypted(items));
  });
}

/** Counts per status, channel and block reason (no PHI). */
export async function summarizeCommunications(db: Db, tenantId: string) {
  const byStatus = await rows<{ status: string; channel: string; n: number }>(
    db,
    sql`select status, channel, count(*)::int as n from communications where tenant_id = ${tenantId} group by status, channel order by status, channel`,
  );
  const byReason = await rows<{ reason: string; n: number }>(
    db,
    sql`select r as reason, count(*)::int as n from communications, unnest(reasons) r where tenant_id = ${tenantId} group by r order by n desc`,
  );
  const paused = await rows<{ reason: string; n: number }>(
    db,
    sql`select coalesce(paused_reason, status) as reason, count(*)::int as n from journey_states where tenant_id = ${tenantId} group by 1 order by n desc`,
  );
  return { byStatus, byReason, journeyStates: paused };
}

/** Where an account is in its journey, with the recent decisions and why (PHI-free but audited as a read). */
export async function getJourneyState(db: Db, ctx: AccessContext, accountId: string) {
  return db.transaction(async (tx) => {
    const [state] = await rows<JourneyStateRow>(
      tx,
      sql`select account_id as "accountId", journey, journey_version as "journeyVersion", status, paused_reason as "pausedReason", attempts,
            total_attempts as "totalAttempts", last_contact_at as "lastContactAt", manual_pause as "manualPause", next_eval_at as "nextEvalAt", history
          from journey_states where tenant_id = ${ctx.tenantId} and account_id = ${accountId}`,
    );
    await audit(tx, ctx, { action: 'read', recordType: 'journey_state', recordId: accountId });
    return state ? isoRows([state])[0]! : null;
  });
}

/** Open agent tasks (calls with their compliance window, reviews replies asked for), most urgent first. */
export async function listAgentTasks(db: Db, ctx: AccessContext, opts: { status?: string; kind?: string; limit?: number } = {}) {
  const limit = Math.min(Math.max(opts.limit ?? 100, 1), 500);
  return db.transaction(async (tx) => {
    const items = await rows<AgentTaskRow>(
      tx,
      sql`select k.id, k.kind, k.status, k.reason, k.account_id as "accountId", k.person_id as "personId", p.given_name as "pGivenName", p.family_name as "pFamilyName",
            k.window_start as "windowStart", k.window_end as "windowEnd", k.compliance, k.priority, k.outcome, k.created_at as "createdAt", k.communication_id as "communicationId"
          from agent_tasks k join persons p on p.id = k.person_id
          where k.tenant_id = ${ctx.tenantId} and k.status = ${opts.status ?? 'open'} ${opts.kind ? sql`and k.kind = ${opts.kind}` : sql``}
          order by k.priority desc, k.created_at limit ${limit}`,
    );
    await audit(tx, ctx, { action: 'read', recordType: 'agent_task', details: { count: items.length } });
    return isoRows(decrypted(items));
  });
}

/** Print batches of letters, newest first. */
export async function listLetterBatches(db: Db, tenantId: string) {
  return isoRows(
    await rows<LetterBatchRow>(
      db,
      sql`select b.id, b.batch_date as "batchDate", b.created_at as "createdAt", count(c.id)::int as letters
          from letter_batches b left join communications c on c.tenant_id = b.tenant_id and c.letter_batch_id = b.id
          where b.tenant_id = ${tenantId} group by b.tenant_id, b.id order by b.batch_date desc limit 100`,
    ),
  );
}
