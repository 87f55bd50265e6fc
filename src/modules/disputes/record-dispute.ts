import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Database, type Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { newId, stableId } from '../../platform/ids/index.js';
import { buildStatement, markAccountDisputed } from '../ledger/index.js';
import { cancelQueuedCommunications, decryptMessageFields } from '../outreach/index.js';
import { DISPUTE_DUE_DAYS, DOCUMENT_TYPES, MAX_DISPUTE_DOCUMENT_BYTES, type DisputeCategory, type DisputeSource } from './categories.js';
import { disputeLetter, disputeLetterText, type LetterLanguage } from './dispute-letters.js';
import { tenantLocalDay } from './local-day.js';
import { mailLetter } from './mail-letter.js';
import { publishAccountChanged, publishWebhookEvent } from '../../platform/events/index.js';

export interface RecordDisputeOptions {
  database: Database;
  ctx: AccessContext;
  accountId: string;
  /** The portal's patient: the account must be theirs. */
  personId?: string;
  source: DisputeSource;
  category: DisputeCategory;
  description: string;
  language?: LetterLanguage;
  document?: { name: string; type: string; content: Buffer } | null;
  /** A hold already placed for this dispute (a reply's): adopted instead of placing a second one. */
  holdId?: string;
  portalUrl?: string;
}

export interface RecordedDispute {
  disputeId: string;
  holdId: string;
  taskId: string;
  acknowledgementId: string | null;
  dueAt: Date;
  /** False when the debt already had an open dispute and this report was added to it. */
  created: boolean;
}

const DAY_MS = 86_400_000;

/** The context billing needs to decide: the ledger's entries (claims and remittances among them) and balances. */
async function billingContext(q: Queryable, tenantId: string, accountId: string) {
  const entries = await rows<{ kind: string; amount_cents: string | number; bucket: string; effective_on: string; source: string; source_ref: string; memo: string | null }>(
    q,
    sql`select kind, amount_cents, bucket, effective_on::text as effective_on, source, source_ref, memo from ledger_entries
        where tenant_id = ${tenantId} and account_id = ${accountId} order by effective_on, posted_at, id`,
  );
  const [a] = await rows<{ external_ref: string; service_date: string | null; facility: string | null; balance_cents: string | number; patient_due_cents: string | number; insurance_pending_cents: string | number; first_statement_on: string | null }>(
    q,
    sql`select external_ref, service_date::text as service_date, facility, balance_cents, patient_due_cents, insurance_pending_cents, first_statement_on::text as first_statement_on
        from accounts where tenant_id = ${tenantId} and id = ${accountId}`,
  );
  const ledger = entries.map((e) => ({ kind: e.kind, amountCents: Number(e.amount_cents), bucket: e.bucket, effectiveOn: e.effective_on, source: e.source, sourceRef: e.source_ref, memo: e.memo }));
  return {
    account: a
      ? { ref: a.external_ref, serviceDate: a.service_date, facility: a.facility, balanceCents: Number(a.balance_cents), patientDueCents: Number(a.patient_due_cents), insurancePendingCents: Number(a.insurance_pending_cents), firstStatementOn: a.first_statement_on }
      : null,
    // Claims and remittances (EOBs, 835s) as the ledger recorded them: billing checks the patient's claim against these.
    claims: ledger.filter((e) => e.source !== 'portal' && e.source !== 'payments' && e.source !== 'disputes' && (e.kind === 'charge' || e.kind === 'insurer_payment' || e.kind === 'contractual_adjustment' || e.kind === 'patient_responsibility')),
    ledger,
  };
}

function checkInput(o: RecordDisputeOptions): void {
  const issues: Array<{ path: string; message: string }> = [];
  const description = o.description.trim();
  if (description.length < 3) issues.push({ path: 'description', message: 'say in a few words what is wrong' });
  if (description.length > 4000) issues.push({ path: 'description', message: 'at most 4000 characters' });
  if (o.document) {
    if (!(DOCUMENT_TYPES as readonly string[]).includes(o.document.type)) issues.push({ path: 'document.type', message: `expected one of ${DOCUMENT_TYPES.join(', ')}` });
    if (o.document.content.length === 0) issues.push({ path: 'document', message: 'the file is empty' });
    if (o.document.content.length > MAX_DISPUTE_DOCUMENT_BYTES) issues.push({ path: 'document', message: 'at most 10 MB' });
  }
  if (issues.length) throw new AppError('validation_failed', { message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues });
}

/**
 * Records a dispute: the debt becomes `disputed` and collection on it stops (a dispute hold, which
 * the compliance engine and the outreach pass both honour), billing gets a task with the claim and
 * ledger context and a due date, and the patient is mailed an acknowledgement. A second report
 * about a debt already in dispute is added to the open dispute. One transaction: all or nothing.
 */
export async function recordDispute(o: RecordDisputeOptions): Promise<RecordedDispute> {
  checkInput(o);
  const { ctx } = o;
  const now = ctx.clock.now();
  return o.database.db.transaction(async (tx) => {
    const [open] = await rows<{ id: string; hold_id: string; task_id: string; due_at: Date; person_id: string }>(
      tx,
      sql`select id, hold_id, task_id, due_at, person_id from disputes where tenant_id = ${ctx.tenantId} and account_id = ${o.accountId} and status = 'open' for update`,
    );
    if (open) {
      if (o.personId && open.person_id !== o.personId) throw new AppError('not_found', { message: 'account not found' });
      await tx.execute(sql`update disputes set description = description || ${`\n\n[${o.source} ${now.toISOString()}] ${o.description.trim()}`} where id = ${open.id}`);
      if (o.document) {
        await tx.execute(sql`update disputes set document_name = ${o.document.name}, document_type = ${o.document.type}, document = ${o.document.content} where id = ${open.id}`);
        await tx.execute(sql`update agent_tasks set detail = coalesce(detail, '{}'::jsonb) || '{"hasDocument": true}'::jsonb where id = ${open.task_id}`);
      }
      await audit(tx, ctx, { action: 'write', recordType: 'dispute', recordId: open.id, details: { added: o.source } });
      return { disputeId: open.id, holdId: open.hold_id, taskId: open.task_id, acknowledgementId: null, dueAt: new Date(open.due_at), created: false };
    }
    const { personId, statusBefore } = await markAccountDisputed(tx, ctx.tenantId, o.accountId);
    if (o.personId && personId !== o.personId) throw new AppError('not_found', { message: 'account not found' });
    // The ledger's statement: the patient's name and address (read through the ledger, audited) and their language.
    const statement = await buildStatement(tx, ctx, personId, { ...(o.language ? { language: o.language } : {}), portalUrl: o.portalUrl ?? '' });
    const language = statement.language;
    await publishAccountChanged(tx, { tenantId: ctx.tenantId, accountIds: [o.accountId], reason: 'dispute_recorded', at: now });
    const disputeId = newId();
    const dueAt = new Date(now.getTime() + DISPUTE_DUE_DAYS * DAY_MS);
    const holdId = o.holdId ?? stableId('hold', 'dispute', disputeId);
    await tx.execute(sql`insert into holds (id, tenant_id, person_id, account_id, type, since, reason, created_by)
      values (${holdId}, ${ctx.tenantId}, ${personId}, ${o.accountId}, 'dispute', ${now}, ${`dispute: ${o.category}`}, ${ctx.actor.id})
      on conflict (tenant_id, id) do nothing`);
    const context = await billingContext(tx, ctx.tenantId, o.accountId);
    const taskId = stableId('task', 'dispute', disputeId);
    const detail = { disputeId, category: o.category, description: o.description.trim(), source: o.source, hasDocument: Boolean(o.document), ...context };
    await tx.execute(sql`insert into agent_tasks (id, tenant_id, person_id, account_id, kind, status, reason, priority, created_at, due_at, detail)
      values (${taskId}, ${ctx.tenantId}, ${personId}, ${o.accountId}, 'resolve_dispute', 'open', ${o.category}, 85, ${now}, ${dueAt}, ${JSON.stringify(detail)}::jsonb)`);
    await tx.execute(sql`insert into disputes (id, tenant_id, person_id, account_id, source, category, description, language, document_name, document_type, document,
        status, received_at, due_at, hold_id, task_id, status_before, created_by)
      values (${disputeId}, ${ctx.tenantId}, ${personId}, ${o.accountId}, ${o.source}, ${o.category}, ${o.description.trim()}, ${language},
        ${o.document?.name ?? null}, ${o.document?.type ?? null}, ${o.document?.content ?? null},
        'open', ${now}, ${dueAt}, ${holdId}, ${taskId}, ${statusBefore}, ${ctx.actor.id})`);
    // Queued collection messages on this debt will not go out (delivery re-checks too; this makes it immediate).
    await cancelQueuedCommunications(tx, { tenantId: ctx.tenantId, accountId: o.accountId, reason: 'hold:dispute', purposes: ['collection', 'required_notice', 'relationship'] });
    const today = await tenantLocalDay(tx, ctx.tenantId, now);
    const letter = disputeLetter({ kind: 'acknowledgement', language, statement, accountId: o.accountId, accountRef: context.account?.ref ?? o.accountId, receivedOn: today, date: today, itemizationDate: null, phone: statement.contact.phone });
    const ack = await mailLetter(tx, { tenantId: ctx.tenantId, personId, accountId: o.accountId, purpose: 'dispute_acknowledgement', subject: letter.subject, body: disputeLetterText(letter, statement.contact.phone), language, now, worker: 'disputes' });
    await tx.execute(sql`update disputes set acknowledgement_id = ${ack.communicationId} where id = ${disputeId}`);
    await audit(tx, ctx, { action: 'write', recordType: 'dispute', recordId: disputeId, details: { accountId: o.accountId, source: o.source, category: o.category } });
    await publishWebhookEvent(tx, { tenantId: ctx.tenantId, type: 'dispute.opened', payload: { disputeId, accountId: o.accountId, category: o.category, source: o.source, dueAt: dueAt.toISOString() }, at: now });
    return { disputeId, holdId, taskId, acknowledgementId: ack.communicationId, dueAt, created: true };
  });
}

/**
 * A reply that disputes a debt (the reply handler has placed its hold): the same dispute record,
 * task and acknowledgement as from the portal, adopting that hold.
 */
export async function recordReplyDispute(database: Database, ctx: AccessContext, inboundId: string): Promise<RecordedDispute | null> {
  const [msg] = (
    await rows<{ account_id: string | null; body: string | null }>(
      database.db,
      sql`select account_id, body from communications where id = ${inboundId} and tenant_id = ${ctx.tenantId} and direction = 'inbound'`,
    )
  ).map(decryptMessageFields);
  if (!msg?.account_id) return null;
  return recordDispute({
    database,
    ctx,
    accountId: msg.account_id,
    source: 'reply',
    category: 'other',
    description: (msg.body ?? '').slice(0, 4000).padEnd(3, '.'),
    holdId: stableId('hold', inboundId, 'dispute'),
  });
}
