import { and, eq, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { accounts } from '../ledger/index.js';
import { recordAgentCall, type ComplianceEvaluator } from '../outreach/index.js';
import { listDispositionsVersioned } from './dispositions.js';
import { accountOutcomes } from './schema.js';

export interface RecordOutcomeOptions {
  accountId: string;
  disposition: string;
  note?: string | null;
  /** When the agent opened the account: the start of the handle time. */
  startedAt: Date;
  /** A phone call was made (each counts toward the Reg F call cap); false for a note after a chat or a walk-in. */
  called: boolean;
  promise?: { amountCents: number; dueOn: string } | null;
  callbackAt?: Date | null;
  evaluate: ComplianceEvaluator;
}

export interface RecordedOutcome {
  id: string;
  disposition: string;
  reached: boolean;
  resolved: boolean;
  handleSeconds: number;
  call: { allowed: boolean; reasons: string[]; earliestAllowedAt: string | null } | null;
  promise: { amountCents: number; dueOn: string; status: 'pending' } | null;
  callbackTaskId: string | null;
}

/** Longest plausible handle time: an account left open overnight is not an eight-hour call. */
const MAX_HANDLE_SECONDS = 4 * 3600;

/**
 * Saves what came of a contact. The call attempt is recorded first (compliance is asked at this
 * moment; a blocked call is refused and nothing else is saved), then the disposition with its
 * note, a promise to pay to follow, or a callback task at the time the patient asked for.
 */
export async function recordOutcome(database: Database, ctx: AccessContext, opts: RecordOutcomeOptions): Promise<RecordedOutcome> {
  const now = ctx.clock.now();
  const { items: list, version: dispositionsVersion } = await listDispositionsVersioned(database.db, ctx.tenantId);
  const d = list.find((x) => x.code === opts.disposition);
  const issues: Array<{ path: string; message: string }> = [];
  if (!d) issues.push({ path: 'disposition', message: 'is not one of this organization\'s dispositions' });
  if (d?.needs === 'promise') {
    if (!opts.promise) issues.push({ path: 'promise', message: 'a promise to pay needs a date and an amount' });
    else if (opts.promise.dueOn < now.toISOString().slice(0, 10)) issues.push({ path: 'promise.dueOn', message: 'is in the past' });
  }
  if (d?.needs === 'callback' && (!opts.callbackAt || opts.callbackAt.getTime() <= now.getTime())) issues.push({ path: 'callbackAt', message: 'a callback needs a time in the future' });
  if (issues.length || !d) throw new AppError('validation_failed', { message: 'bad outcome', issues });

  const [account] = await database.db.select({ id: accounts.id, personId: accounts.personId, patientDueCents: accounts.patientDueCents }).from(accounts).where(and(eq(accounts.tenantId, ctx.tenantId), eq(accounts.id, opts.accountId)));
  if (!account) throw notFound('account');
  if (d.needs === 'promise' && opts.promise && opts.promise.amountCents > account.patientDueCents) {
    throw new AppError('validation_failed', { message: 'bad outcome', issues: [{ path: 'promise.amountCents', message: 'is more than the patient owes' }] });
  }

  let call: RecordedOutcome['call'] = null;
  let communicationId: string | null = null;
  if (opts.called) {
    const outcome = d.reached ? 'conversation' : d.code === 'left_voicemail' ? 'voicemail' : d.code === 'wrong_number' ? 'not_connected' : 'no_answer';
    const r = await recordAgentCall(database, ctx, { accountId: opts.accountId, outcome, evaluate: opts.evaluate });
    call = { allowed: r.allowed, reasons: r.decision.reasons, earliestAllowedAt: r.decision.earliestAllowedAt ?? null };
    if (!r.allowed) {
      throw new AppError('conflict', {
        message: `call not allowed now: ${r.decision.reasons.join(', ')}`,
        userMessage: 'A call is not allowed right now, so it was not recorded. Check the account for the next time a call is allowed.',
      });
    }
    communicationId = r.communicationId;
  }

  const handleSeconds = Math.max(0, Math.min(MAX_HANDLE_SECONDS, Math.round((now.getTime() - opts.startedAt.getTime()) / 1000)));
  const id = newId();
  let callbackTaskId: string | null = null;
  await database.db.transaction(async (tx) => {
    await tx.insert(accountOutcomes).values({
      tenantId: ctx.tenantId,
      id,
      accountId: account.id,
      personId: account.personId,
      agentId: ctx.actor.id,
      disposition: d.code,
      reached: d.reached,
      resolved: d.resolves,
      note: opts.note?.trim() ? opts.note.trim() : null,
      startedAt: new Date(now.getTime() - handleSeconds * 1000),
      recordedAt: now,
      handleSeconds,
      communicationId,
      callbackAt: d.needs === 'callback' ? (opts.callbackAt ?? null) : null,
      promiseAmountCents: d.needs === 'promise' ? opts.promise!.amountCents : null,
      promiseDueOn: d.needs === 'promise' ? opts.promise!.dueOn : null,
      promiseStatus: d.needs === 'promise' ? 'pending' : null,
    });
    if (d.needs === 'callback' && opts.callbackAt) {
      callbackTaskId = `callback-${id}`;
      // The patient asked for this time: the task waits (snoozed) until then, then lifts the account.
      await tx.execute(sql`insert into agent_tasks (id, tenant_id, person_id, account_id, kind, status, reason, priority, created_at, due_at, snoozed_until, assigned_to)
        values (${callbackTaskId}, ${ctx.tenantId}, ${account.personId}, ${account.id}, 'callback', 'open', 'callback_requested', 80, ${now}, ${opts.callbackAt}, ${opts.callbackAt}, ${ctx.actor.id})
        on conflict (tenant_id, id) do nothing`);
    }
    // A new promise replaces an older pending one on the same account: the patient's latest word counts.
    if (d.needs === 'promise') {
      await tx.execute(sql`update account_outcomes set promise_status = 'broken', promise_settled_at = ${now}
        where tenant_id = ${ctx.tenantId} and account_id = ${account.id} and promise_status = 'pending' and id <> ${id}`);
    }
    await audit(tx, ctx, { action: 'write', recordType: 'account_outcome', recordId: id, details: { accountId: account.id, disposition: d.code, dispositionsVersion } });
  });
  return {
    id,
    disposition: d.code,
    reached: d.reached,
    resolved: d.resolves,
    handleSeconds,
    call,
    promise: d.needs === 'promise' && opts.promise ? { ...opts.promise, status: 'pending' } : null,
    callbackTaskId,
  };
}

/**
 * Settles pending promises: kept as soon as the patient has paid at least the amount between the
 * promise and its date (inclusive); broken once the date has passed without that, with a
 * promise_followup task for the agent who took it (the task lifts the account in the worklist).
 * Idempotent: only pending promises change, and the follow-up task id is derived from the promise.
 */
export async function settlePromises(database: Database, opts: { tenantId?: string; now: Date }): Promise<{ kept: number; broken: number }> {
  const today = opts.now.toISOString().slice(0, 10);
  return database.db.transaction(async (tx) => {
    const due = await rows<{ tenant_id: string; id: string; account_id: string; person_id: string; agent_id: string; promise_amount_cents: string | number; promise_due_on: string; recorded_at: Date; paid: string | number }>(
      tx,
      sql`select o.tenant_id, o.id, o.account_id, o.person_id, o.agent_id, o.promise_amount_cents, o.promise_due_on::text as promise_due_on, o.recorded_at,
            coalesce((select -sum(e.amount_cents) from ledger_entries e
                      where e.tenant_id = o.tenant_id and e.account_id = o.account_id and e.kind = 'patient_payment'
                        and e.effective_on >= o.recorded_at::date and e.effective_on <= o.promise_due_on), 0) as paid
          from account_outcomes o
          where o.promise_status = 'pending' ${opts.tenantId ? sql`and o.tenant_id = ${opts.tenantId}` : sql``}
          order by o.tenant_id, o.promise_due_on
          for update of o skip locked`,
    );
    let kept = 0;
    let broken = 0;
    for (const p of due) {
      const ok = Number(p.paid) >= Number(p.promise_amount_cents);
      if (!ok && p.promise_due_on >= today) continue;
      await tx.execute(sql`update account_outcomes set promise_status = ${ok ? 'kept' : 'broken'}, promise_settled_at = ${opts.now}
        where tenant_id = ${p.tenant_id} and id = ${p.id} and promise_status = 'pending'`);
      if (ok) kept += 1;
      else {
        broken += 1;
        await tx.execute(sql`insert into agent_tasks (id, tenant_id, person_id, account_id, kind, status, reason, priority, created_at, assigned_to, detail)
          values (${`promise-${p.id}`}, ${p.tenant_id}, ${p.person_id}, ${p.account_id}, 'promise_followup', 'open', 'promise_broken', 70, ${opts.now}, ${p.agent_id},
                  ${JSON.stringify({ outcomeId: p.id, amountCents: Number(p.promise_amount_cents), dueOn: p.promise_due_on, paidCents: Number(p.paid) })}::jsonb)
          on conflict (tenant_id, id) do nothing`);
      }
    }
    return { kept, broken };
  });
}
