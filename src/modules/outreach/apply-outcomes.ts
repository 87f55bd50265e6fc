import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../../platform/db/index.js';
import type { AccountOutcome, NewCommunication } from './decide-account.js';

/** Keep this many decisions per account in journey_states.history (older ones drop off). */
export const HISTORY_LIMIT = 40;

// Payload dates go in as ISO strings: a Date makes JSON.stringify leave its fast path (toJSON).
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function statesPayload(outcomes: AccountOutcome[]): string {
  return JSON.stringify(
    outcomes.map((o) => ({
      account_id: o.accountId,
      tenant_id: o.tenantId,
      person_id: o.personId,
      journey: o.state.journey,
      journey_version: o.state.journeyVersion,
      status: o.state.status,
      paused_reason: o.state.pausedReason,
      attempts: o.state.attempts,
      total_attempts: o.state.totalAttempts,
      last_contact_at: iso(o.state.lastContactAt),
      payment_marker: iso(o.state.paymentMarker),
      last_signature: o.state.lastSignature,
      entered_at: iso(o.state.enteredAt),
      next_eval_at: iso(o.state.nextEvalAt),
      entry: o.history,
    })),
  );
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
  const created = await rows<{ account_id: string }>(
    q,
    sql`insert into journey_states (account_id, tenant_id, person_id, journey, journey_version, status, paused_reason, attempts,
          total_attempts, last_contact_at, payment_marker, last_signature, entered_at, next_eval_at, history, updated_at)
        select x.account_id, x.tenant_id, x.person_id, x.journey, x.journey_version, x.status, x.paused_reason, x.attempts,
          x.total_attempts, x.last_contact_at, x.payment_marker, x.last_signature, x.entered_at, x.next_eval_at,
          case when x.entry is null or jsonb_typeof(x.entry) = 'null' then '[]'::jsonb else jsonb_build_array(x.entry) end, ${now}
        from jsonb_to_recordset(${statesPayload(outcomes)}::jsonb) as x(account_id text, tenant_id text, person_id text, journey text,
          journey_version int, status text, paused_reason text, attempts jsonb, total_attempts int, last_contact_at timestamptz,
          payment_marker timestamptz, last_signature text, entered_at timestamptz, next_eval_at timestamptz, entry jsonb)
        order by x.account_id
        on conflict (account_id) do nothing
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
  // Rows are built field by field (an object spread is slow on this path).
  const comms: Array<Omit<NewCommunication, 'at'> & { at: string; task_id: string | null }> = [];
  for (const o of outcomes) {
    const c = o.communication;
    if (!c) continue;
    comms.push({
      id: c.id,
      tenantId: c.tenantId,
      personId: c.personId,
      accountId: c.accountId,
      channel: c.channel,
      status: c.status,
      at: c.at.toISOString(),
      toAddress: c.toAddress,
      subject: c.subject,
      body: c.body,
      journey: c.journey,
      step: c.step,
      reasons: c.reasons,
      decision: c.decision,
      ruleSetVersion: c.ruleSetVersion,
      language: c.language,
      tone: c.tone,
      purpose: c.purpose,
      template: c.template,
      verifyCode: c.verifyCode,
      task_id: o.task?.id ?? null,
    });
  }
  let queued: string[] = [];
  if (comms.length) {
    const payload = JSON.stringify(comms);
    const inserted = await rows<{ id: string; status: string }>(
      q,
      sql`insert into communications (id, tenant_id, person_id, account_id, direction, channel, status, at, to_address, subject, body,
            journey, step, reasons, decision, rule_set_version, language, tone, purpose, template, verify_code, task_id)
          select x.id, x."tenantId", x."personId", x."accountId", 'outbound', x.channel, x.status, x.at, x."toAddress", x.subject, x.body,
            x.journey, x.step, coalesce(array(select jsonb_array_elements_text(x.reasons)), '{}'), x.decision, x."ruleSetVersion",
            x.language, x.tone, x.purpose, x.template, x."verifyCode", x.task_id
          from jsonb_to_recordset(${payload}::jsonb) as x(id text, "tenantId" text, "personId" text, "accountId" text, channel text,
            status text, at timestamptz, "toAddress" text, subject text, body text, journey text, step text, reasons jsonb, decision jsonb,
            "ruleSetVersion" text, language text, tone text, purpose text, template text, "verifyCode" text, task_id text)
          on conflict (id) do nothing
          returning id, status`,
    );
    queued = inserted.filter((r) => r.status === 'queued').map((r) => r.id);
  }
  const tasks = outcomes.flatMap((o) => (o.task ? [o.task] : []));
  if (tasks.length) {
    const payload = JSON.stringify(
      tasks.map((t) => ({
        id: t.id,
        tenantId: t.tenantId,
        personId: t.personId,
        accountId: t.accountId,
        communicationId: t.communicationId,
        reason: t.reason,
        windowStart: t.windowStart.toISOString(),
        windowEnd: t.windowEnd.toISOString(),
        compliance: t.compliance,
        priority: t.priority,
      })),
    );
    await q.execute(sql`insert into agent_tasks (id, tenant_id, person_id, account_id, communication_id, kind, status, reason, window_start, window_end, compliance, priority, created_at)
      select x.id, x."tenantId", x."personId", x."accountId", x."communicationId", 'call', 'open', x.reason, x."windowStart", x."windowEnd", x.compliance, x.priority, ${now}
      from jsonb_to_recordset(${payload}::jsonb) as x(id text, "tenantId" text, "personId" text, "accountId" text, "communicationId" text,
        reason text, "windowStart" timestamptz, "windowEnd" timestamptz, compliance jsonb, priority int)
      on conflict (id) do nothing`);
  }
  if (opts.statesCreated) return queued;
  const states = statesPayload(outcomes);
  await q.execute(sql`update journey_states j set
      journey = x.journey, journey_version = x.journey_version, status = x.status, paused_reason = x.paused_reason,
      attempts = x.attempts, total_attempts = x.total_attempts, last_contact_at = x.last_contact_at,
      payment_marker = x.payment_marker, last_signature = x.last_signature, entered_at = x.entered_at,
      next_eval_at = x.next_eval_at,
      history = case when x.entry is null or jsonb_typeof(x.entry) = 'null' then j.history
                     when jsonb_array_length(j.history) >= ${HISTORY_LIMIT} then (j.history - 0) || jsonb_build_array(x.entry)
                     else j.history || jsonb_build_array(x.entry) end,
      manual_pause = case when j.manual_pause is not null and (j.manual_pause->>'until')::timestamptz <= ${now} then null else j.manual_pause end,
      updated_at = ${now}
    from jsonb_to_recordset(${states}::jsonb) as x(account_id text, journey text, journey_version int, status text, paused_reason text,
      attempts jsonb, total_attempts int, last_contact_at timestamptz, payment_marker timestamptz, last_signature text,
      entered_at timestamptz, next_eval_at timestamptz, entry jsonb)
    where j.account_id = x.account_id`);
  return queued;
}
