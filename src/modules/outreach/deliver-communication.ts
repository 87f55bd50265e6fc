import { sql } from 'drizzle-orm';
import { decryptMessageFields } from './message-fields.js';
import { rows, type Database, type Queryable } from '../../platform/db/index.js';
import type { Channel, ChannelResult, Channels, OutboundMessage } from './channels/channel.js';
import { ask, contactQuestion, tenantEvaluator, type ComplianceDecision, type ComplianceEvaluator, type ContactPurpose } from './compliance-questions.js';
import { accountPhase } from './evaluate-journey.js';
import { loadSnapshots } from './load-snapshots.js';

export interface DeliverDeps {
  channels: Channels;
  evaluate: ComplianceEvaluator;
  worker: string;
  /**
   * Tenants' evaluators already loaded for deliveries made together (one batch at one instant,
   * one job of a few messages): the tenant's rules are read once for them, not once per message.
   */
  evaluators?: Map<string, ComplianceEvaluator>;
}

async function evaluatorFor(tx: Queryable, tenantId: string, deps: DeliverDeps): Promise<ComplianceEvaluator> {
  const known = deps.evaluators?.get(tenantId);
  if (known) return known;
  const e = await tenantEvaluator(tx, tenantId, deps.evaluate);
  deps.evaluators?.set(tenantId, e);
  return e;
}

export type DeliveryResult = 'sent' | 'delivered' | 'failed' | 'blocked' | 'cancelled' | 'pending' | 'skipped';

interface CommRow {
  id: string;
  tenant_id: string;
  person_id: string;
  account_id: string | null;
  channel: OutboundMessage['channel'];
  status: string;
  to_address: string | null;
  subject: string | null;
  body: string | null;
  purpose: string | null;
  verify_code: string | null;
  decision: { stepKey?: string } | null;
  t_time_zone: string;
}

const CONTACT_PURPOSE: Record<string, ContactPurpose> = {
  collection: 'collection',
  required_notice: 'required_notice',
  relationship: 'collection',
  reply_to_consumer: 'reply_to_consumer',
  opt_out_confirmation: 'opt_out_confirmation',
};

/**
 * Checks again, right before a queued message goes out (CONVENTIONS example 8): is the account
 * still in a state that warrants it (not paid off, not on hold, insurance not pending), and does
 * compliance still allow this contact at this instant (consent, revocations, windows, caps)?
 */
async function recheck(tx: Queryable, c: CommRow, now: Date, evaluate: ComplianceEvaluator): Promise<{ ok: true; decision: ComplianceDecision | null } | { ok: false; status: 'blocked' | 'cancelled'; reasons: string[]; decision: ComplianceDecision | null }> {
  if (!c.account_id) {
    // Not about a debt (an operational message): only the person's opt-outs apply.
    const medium = c.channel === 'letter' ? null : c.channel === 'voicemail' ? 'call' : c.channel;
    if (!medium) return { ok: true, decision: null };
    const rev = await rows<{ n: number }>(tx, sql`select count(*)::int as n from revocations where person_id = ${c.person_id} and tenant_id = ${c.tenant_id} and channel in (${medium}, 'all') and received_at <= ${now}`);
    if ((rev[0]?.n ?? 0) > 0) return { ok: false, status: 'blocked', reasons: [medium === 'email' ? 'reg_f_medium_opt_out' : 'tcpa_consent_revoked'], decision: null };
    return { ok: true, decision: null };
  }
  const [s] = await loadSnapshots(tx, [c.account_id], now);
  if (!s) return { ok: false, status: 'cancelled', reasons: ['account_missing'], decision: null };
  const purpose = c.purpose ?? 'collection';
  if (purpose === 'collection' || purpose === 'required_notice') {
    const phase = accountPhase(s, now);
    if ('pause' in phase) return { ok: false, status: 'cancelled', reasons: [phase.pause], decision: null };
    if ('none' in phase || phase.phase === 'resolved') return { ok: false, status: 'cancelled', reasons: ['account_resolved'], decision: null };
  }
  if (c.channel === 'letter' && purpose !== 'collection' && purpose !== 'required_notice' && purpose !== 'relationship') return { ok: true, decision: null };
  const d = await ask(evaluate, contactQuestion(s, { id: c.id, channel: c.channel, at: now, purpose: CONTACT_PURPOSE[purpose] ?? 'collection', autodialed: c.channel === 'sms' }));
  if (!d.allowed) return { ok: false, status: 'blocked', reasons: d.reasons, decision: d };
  return { ok: true, decision: d };
}

async function finish(tx: Queryable, id: string, from: string, r: ChannelResult, now: Date, atSend: ComplianceDecision | null): Promise<void> {
  await tx.execute(sql`update communications set status = ${r.status}, at = ${now},
      delivered_at = case when ${r.status} = 'delivered' then ${now}::timestamptz else delivered_at end,
      external_id = coalesce(${r.externalId ?? null}, external_id), outcome = coalesce(${r.outcome ?? null}, outcome),
      letter_batch_id = coalesce(${r.letterBatchId ?? null}, letter_batch_id),
      decision = coalesce(decision, '{}'::jsonb) || jsonb_build_object('atSend', ${JSON.stringify(atSend)}::jsonb)
    where id = ${id} and status = ${from}`);
}

/**
 * Delivers one queued communication. The compare-and-set on `status = 'queued'` (under a row
 * lock) makes a job seen twice deliver once; transactional channels record the delivery in the
 * same transaction, external ones are called after the message is claimed as `sending`.
 */
export async function deliverCommunication(database: Database, now: Date, data: { communicationId: string; tenantId: string }, deps: DeliverDeps): Promise<DeliveryResult> {
  let external: { channel: Channel; msg: OutboundMessage; atSend: ComplianceDecision | null; tz: string } | null = null;
  const first = await database.db.transaction(async (tx): Promise<DeliveryResult> => {
    const [c] = await rows<CommRow>(
      tx,
      sql`select c.id, c.tenant_id, c.person_id, c.account_id, c.channel, c.status, c.to_address, c.subject, c.body, c.purpose, c.verify_code, c.decision,
            t.time_zone as t_time_zone
          from communications c join tenants t on t.id = c.tenant_id
          where c.id = ${data.communicationId} and c.tenant_id = ${data.tenantId} and c.direction = 'outbound'
          for update of c skip locked`,
    );
    if (!c || c.status !== 'queued') return 'skipped';
    decryptMessageFields(c);
    // The tenant's rules as they stand at send time (one small indexed read; compiled once per version).
    const check = await recheck(tx, c, now, c.account_id ? await evaluatorFor(tx, c.tenant_id, deps) : deps.evaluate);
    if (!check.ok) {
      await tx.execute(sql`update communications set status = ${check.status}, at = ${now}, reasons = array(select jsonb_array_elements_text(${JSON.stringify(check.reasons)}::jsonb)),
          outcome = ${check.status === 'cancelled' ? `not sent: ${check.reasons.join(', ')}` : null},
          decision = coalesce(decision, '{}'::jsonb) || jsonb_build_object('atSend', ${JSON.stringify(check.decision ?? { allowed: false, reasons: check.reasons })}::jsonb)
        where id = ${c.id} and status = 'queued'`);
      if (c.account_id && c.decision?.stepKey) {
        // The step did not go out: let the journey try it again (it records why if still blocked).
        await tx.execute(sql`update journey_states set attempts = attempts - ${c.decision.stepKey}, next_eval_at = least(next_eval_at, ${now}), last_signature = null
          where account_id = ${c.account_id}`);
      }
      await tx.execute(sql`update agent_tasks set status = 'cancelled', outcome = ${check.reasons.join(', ')}, completed_at = ${now} where communication_id = ${c.id} and status = 'open'`);
      return check.status;
    }
    const channel = deps.channels[c.channel === 'voicemail' ? 'call' : c.channel];
    const msg: OutboundMessage = { communicationId: c.id, tenantId: c.tenant_id, personId: c.person_id, accountId: c.account_id, channel: c.channel, to: c.to_address, subject: c.subject, body: c.body, verifyCode: c.verify_code };
    if (channel.transactional) {
      const r = await channel.send(msg, { tx, now, worker: deps.worker, tenantTimeZone: c.t_time_zone });
      if (r.status === 'pending') return 'pending';
      await finish(tx, c.id, 'queued', r, now, check.decision);
      return r.status;
    }
    await tx.execute(sql`update communications set status = 'sending', at = ${now} where id = ${c.id} and status = 'queued'`);
    external = { channel, msg, atSend: check.decision, tz: c.t_time_zone };
    return 'pending';
  });
  if (!external) return first;
  const ext = external as { channel: Channel; msg: OutboundMessage; atSend: ComplianceDecision | null; tz: string };
  let result: ChannelResult;
  try {
    result = await ext.channel.send(ext.msg, { tx: database.db, now, worker: deps.worker, tenantTimeZone: ext.tz });
  } catch (err) {
    // Nothing was accepted (the provider said so or was unreachable): queue it again for the retry.
    await database.db.execute(sql`update communications set status = 'queued' where id = ${ext.msg.communicationId} and status = 'sending'`);
    throw err;
  }
  await database.db.transaction((tx) => finish(tx, ext.msg.communicationId, 'sending', result, now, ext.atSend));
  return result.status === 'pending' ? 'pending' : result.status;
}

/** Messages stuck in `sending` (a worker died mid-call) are marked failed for review, never resent blindly. */
export async function failStaleSends(database: Database, now: Date, olderThanMs = 15 * 60_000): Promise<number> {
  const r = await database.query<{ id: string }>(
    // Tenant by tenant along communications_status (tenant_id, status, at): it runs after every pass.
    `update communications set status = 'failed', outcome = 'delivery_unknown_after_worker_crash'
     where id in (select c.id from tenants t cross join lateral (select id from communications where tenant_id = t.id and status = 'sending' and at < $1) c)
     returning id`,
    [new Date(now.getTime() - olderThanMs)],
  );
  return r.length;
}

/**
 * Delivers every queued message due by `now`, in order (the simulated cycle and tests, where
 * no job queue runs). Returns how many went out per channel.
 */
export async function deliverDueCommunications(database: Database, now: Date, deps: DeliverDeps, opts: { tenantId?: string } = {}): Promise<Record<string, number>> {
  const due = await rows<{ id: string; tenant_id: string }>(
    database.db,
    sql`select id, tenant_id from communications where status = 'queued' and direction = 'outbound' and at <= ${now}
        ${opts.tenantId ? sql`and tenant_id = ${opts.tenantId}` : sql``} order by at, id`,
  );
  const out: Record<string, number> = {};
  // Every message of the batch goes out at the same instant: each tenant's rules are read once.
  const batch: DeliverDeps = { ...deps, evaluators: deps.evaluators ?? new Map() };
  for (const d of due) {
    const r = await deliverCommunication(database, now, { communicationId: d.id, tenantId: d.tenant_id }, batch);
    out[r] = (out[r] ?? 0) + 1;
  }
  return out;
}
