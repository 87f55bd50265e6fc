import { sql } from 'drizzle-orm';
import { jsonRows, rows, type Queryable, type RowColumn } from '../../platform/db/index.js';
import { insertMessageLinks, type MessageLinkRow } from '../payments/index.js';
import type { AccountOutcome, NewCallTask } from './decide-account.js';
import { recordCommunications, type PassCommunication } from './record-communication.js';

/** Keep this many decisions per account in journey_states.history (older ones drop off). */
export const HISTORY_LIMIT = 40;

/** The journey-state columns an outcome writes (tenant_id comes once per statement: a batch is one tenant's). */
const STATE_COLUMNS: RowColumn<AccountOutcome>[] = [
  { name: 'account_id', type: 'text', value: (o) => o.accountId },
  { name: 'person_id', type: 'text', value: (o) => o.personId },
  { name: 'journey', type: 'text', value: (o) => o.state.journey },
  { name: 'journey_version', type: 'int', value: (o) => o.state.journeyVersion },
  { name: 'status', type: 'text', value: (o) => o.state.status },
  { name: 'paused_reason', type: 'text', value: (o) => o.state.pausedReason },
  { name: 'attempts', type: 'jsonb', value: (o) => o.state.attempts },
  { name: 'total_attempts', type: 'int', value: (o) => o.state.totalAttempts },
  { name: 'last_contact_at', type: 'timestamptz', value: (o) => o.state.lastContactAt },
  { name: 'payment_marker', type: 'timestamptz', value: (o) => o.state.paymentMarker },
  { name: 'last_signature', type: 'text', value: (o) => o.state.lastSignature },
  { name: 'entered_at', type: 'timestamptz', value: (o) => o.state.enteredAt },
  { name: 'next_eval_at', type: 'timestamptz', value: (o) => o.state.nextEvalAt },
  { name: 'entry', type: 'jsonb', value: (o) => o.history },
];

const TASK_COLUMNS: RowColumn<NewCallTask>[] = [
  { name: 'id', type: 'text', value: (t) => t.id },
  { name: 'person_id', type: 'text', value: (t) => t.personId },
  { name: 'account_id', type: 'text', value: (t) => t.accountId },
  { name: 'communication_id', type: 'text', value: (t) => t.communicationId },
  { name: 'reason', type: 'text', value: (t) => t.reason },
  { name: 'window_start', type: 'timestamptz', value: (t) => t.windowStart },
  { name: 'window_end', type: 'timestamptz', value: (t) => t.windowEnd },
  { name: 'compliance', type: 'jsonb', value: (t) => t.compliance },
  { name: 'priority', type: 'int', value: (t) => t.priority },
];

/** The one tenant of a batch's outcomes (the pass works tenant by tenant). */
function tenantOf(outcomes: AccountOutcome[]): string {
  const tenantId = outcomes[0]!.tenantId;
  for (const o of outcomes) if (o.tenantId !== tenantId) throw new Error('outcomes of one batch must belong to one tenant');
  return tenantId;
}

/**
 * Writes the first journey state of accounts that had none, straight from their outcomes (one
 * write per account instead of an empty row and then its update). The insert is also the claim:
 * when another worker created an account's state first, that account is not ours and is left
 * out. Returns the accounts whose state this call created; rows are inserted in account order so
 * two workers never wait on each other in a cycle.
 */
export async function createJourneyStates(q: Queryable, outcomes: AccountOutcome[], now: Date): Promise<Set<string>> {
  if (outcomes.length === 0) return new Set();
  const x = jsonRows(STATE_COLUMNS, outcomes);
  const created = await rows<{ account_id: string }>(
    q,
    sql`insert into journey_states (account_id, tenant_id, person_id, journey, journey_version, status, paused_reason, attempts,
          total_attempts, last_contact_at, payment_marker, last_signature, entered_at, next_eval_at, history, updated_at)
        select x.account_id, ${tenantOf(outcomes)}, x.person_id, x.journey, x.journey_version, x.status, x.paused_reason, x.attempts,
          x.total_attempts, x.last_contact_at, x.payment_marker, x.last_signature, x.entered_at, x.next_eval_at,
          case when x.entry is null then '[]'::jsonb else jsonb_build_array(x.entry) end, ${now}
        from ${x.source}
        order by x.account_id
        on conflict (tenant_id, account_id) do nothing
        returning account_id`,
  );
  return new Set(created.map((r) => r.account_id));
}

/**
 * Persists a batch of outcomes set-based, in the caller's transaction: new communications and
 * call tasks (idempotent by deterministic id), and each account's next state and history entry.
 * Returns the ids of communications newly queued for delivery (to enqueue in the same transaction).
 * With `statesCreated`, createJourneyStates already wrote the states.
 */
export async function applyOutcomes(q: Queryable, outcomes: AccountOutcome[], now: Date, opts: { statesCreated?: boolean } = {}): Promise<string[]> {
  if (outcomes.length === 0) return [];
  const tenantId = tenantOf(outcomes);
  const comms: PassCommunication[] = [];
  const tasks: NewCallTask[] = [];
  for (const o of outcomes) {
    if (o.task) tasks.push(o.task);
    const c = o.communication;
    if (!c) continue;
    // The row type adds the task's id; built field by field (an object spread is slow on this path).
    comms.push({
      id: c.id, tenantId: c.tenantId, personId: c.personId, accountId: c.accountId, channel: c.channel, status: c.status, at: c.at,
      toAddress: c.toAddress, subject: c.subject, body: c.body, journey: c.journey, step: c.step, reasons: c.reasons, decision: c.decision,
      ruleSetVersion: c.ruleSetVersion, language: c.language, tone: c.tone, purpose: c.purpose, template: c.template, verifyCode: c.verifyCode,
      linkCode: c.linkCode, variant: c.variant ?? null, templateVersion: c.templateVersion ?? 0, taskId: o.task?.id ?? null,
    });
  }
  let queued: string[] = [];
  if (comms.length) {
    const inserted = await recordCommunications(q, tenantId, comms);
    queued = inserted.filter((r) => r.status === 'queued').map((r) => r.id);
    // Each message queued now gets its link row in the same transaction: a link is never printed without one.
    if (queued.length) {
      const isNew = new Set(queued);
      const links: MessageLinkRow[] = [];
      for (const c of comms) {
        if (c.linkCode && isNew.has(c.id)) links.push({ communicationId: c.id, personId: c.personId, accountId: c.accountId, channel: c.channel, code: c.linkCode });
      }
      await insertMessageLinks(q, { tenantId, rows: links, now });
    }
  }
  if (tasks.length) {
    const x = jsonRows(TASK_COLUMNS, tasks);
    await q.execute(sql`insert into agent_tasks (tenant_id, kind, status, created_at, ${sql.raw(x.names.join(', '))})
      select ${tenantId}, 'call', 'open', ${now}, ${sql.raw(x.names.map((n) => `x.${n}`).join(', '))} from ${x.source}
      on conflict (tenant_id, id) do nothing`);
  }
  if (opts.statesCreated) return queued;
  const x = jsonRows(STATE_COLUMNS, outcomes);
  await q.execute(sql`update journey_states j set
      journey = x.journey, journey_version = x.journey_version, status = x.status, paused_reason = x.paused_reason,
      attempts = x.attempts, total_attempts = x.total_attempts, last_contact_at = x.last_contact_at,
      payment_marker = x.payment_marker, last_signature = x.last_signature, entered_at = x.entered_at,
      next_eval_at = x.next_eval_at,
      history = case when x.entry is null then j.history
                     when jsonb_array_length(j.history) >= ${HISTORY_LIMIT} then (j.history - 0) || jsonb_build_array(x.entry)
                     else j.history || jsonb_build_array(x.entry) end,
      manual_pause = case when j.manual_pause is not null and (j.manual_pause->>'until')::timestamptz <= ${now} then null else j.manual_pause end,
      updated_at = ${now}
    from ${x.source}
    where j.account_id = x.account_id and j.tenant_id = ${tenantId}`);
  return queued;
}
