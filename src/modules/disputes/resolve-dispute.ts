import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { buildStatement, postLedgerEntries, reassignAccount, refreshAccountBalances, restoreAccountStatus } from '../ledger/index.js';
import type { DisputeResolution } from './categories.js';
import { disputeLetter, disputeLetterText, type DisputeLetterKind, type LetterLanguage } from './dispute-letters.js';
import { tenantLocalDay } from './local-day.js';
import { mailLetter } from './mail-letter.js';
import { publishAccountChanged } from '../../platform/events/index.js';

export interface ResolveDisputeOptions {
  database: Database;
  ctx: AccessContext;
  disputeId: string;
  resolution: DisputeResolution;
  /** Why (what billing found); kept with the dispute and shown to staff, never to the patient. */
  note: string;
  /** corrected: the amount taken off the patient's balance (positive cents). */
  adjustmentCents?: number;
  /** not_ours: close the account, or move it to the person who owes it. */
  notOurs?: { action: 'close' } | { action: 'move'; personId: string };
  /** original_creditor: the name and mailing address of the original creditor (12 CFR 1006.38(c)). */
  originalCreditor?: { name: string; address: string };
  portalUrl?: string;
}

export interface ResolvedDispute {
  disputeId: string;
  resolution: DisputeResolution;
  letterId: string;
  letterMailedAt: Date;
  /** When collection on the debt may start again (null: it does not, the debt was not theirs). */
  collectionResumedAt: Date | null;
}

interface OpenDispute {
  id: string;
  person_id: string;
  account_id: string;
  hold_id: string;
  task_id: string;
  status: string;
  status_before: string;
  language: LetterLanguage;
  received_at: Date;
  category: string;
}

function checkInput(o: ResolveDisputeOptions): void {
  const issues: Array<{ path: string; message: string }> = [];
  if (o.note.trim().length < 3) issues.push({ path: 'note', message: 'say what billing found' });
  if (o.resolution === 'corrected' && (!Number.isInteger(o.adjustmentCents) || (o.adjustmentCents ?? 0) <= 0)) {
    issues.push({ path: 'adjustmentCents', message: 'a correction takes off a positive whole number of cents' });
  }
  if (o.resolution === 'not_ours' && !o.notOurs) issues.push({ path: 'notOurs', message: 'close the account or move it to the person who owes it' });
  if (o.resolution === 'original_creditor') {
    if ((o.originalCreditor?.name.trim().length ?? 0) < 2) issues.push({ path: 'originalCreditor.name', message: "give the original creditor's name" });
    if ((o.originalCreditor?.address.trim().length ?? 0) < 5) issues.push({ path: 'originalCreditor.address', message: "give the original creditor's mailing address" });
  }
  if (issues.length) throw new AppError('validation_failed', { message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues });
}

/**
 * Billing's answer to a dispute, in one transaction:
 * - corrected: the ledger takes the amount off (a discount entry from `disputes`), and the
 *   corrected bill is mailed with its itemization;
 * - verified: the verification letter with the itemization is mailed;
 * - not ours: the account is closed or moved to the right person, and the patient is told;
 * - original creditor: the original creditor's name and address are mailed (1006.38(c)).
 * A dispute recorded as a request for the original creditor may only be answered that way or as
 * not ours: verification alone does not answer that request.
 * Collection on the debt resumes only once the letter is mailed (12 CFR 1006.38(d)(2)): the
 * letter joins the print batch first, then the hold is released and the account's status restored.
 */
export async function resolveDispute(o: ResolveDisputeOptions): Promise<ResolvedDispute> {
  checkInput(o);
  const { ctx } = o;
  const now = ctx.clock.now();
  return o.database.db.transaction(async (tx) => {
    const [d] = await rows<OpenDispute>(
      tx,
      sql`select id, person_id, account_id, hold_id, task_id, status, status_before, language, received_at, category from disputes
          where id = ${o.disputeId} and tenant_id = ${ctx.tenantId} for update`,
    );
    if (!d) throw notFound('dispute');
    if (d.status !== 'open') throw new AppError('conflict', { message: 'this dispute is already resolved', userMessage: 'This dispute was already resolved.' });
    if (d.category === 'original_creditor' && o.resolution !== 'original_creditor' && o.resolution !== 'not_ours') {
      throw new AppError('validation_failed', {
        message: "resolution: a request for the original creditor is answered with the original creditor's name and address",
        issues: [{ path: 'resolution', message: "answer with the original creditor's name and address (resolution original_creditor)" }],
      });
    }
    const [acct] = await rows<{ external_ref: string }>(tx, sql`select external_ref from accounts where tenant_id = ${ctx.tenantId} and id = ${d.account_id}`);
    const today = await tenantLocalDay(tx, ctx.tenantId, now);
    const receivedOn = await tenantLocalDay(tx, ctx.tenantId, new Date(d.received_at));

    let kind: DisputeLetterKind;
    const detail: Record<string, unknown> = {};
    if (o.resolution === 'corrected') {
      kind = 'correction';
      const [due] = await rows<{ patient_due_cents: string | number }>(tx, sql`select patient_due_cents from accounts where tenant_id = ${ctx.tenantId} and id = ${d.account_id}`);
      if (o.adjustmentCents! > Number(due?.patient_due_cents ?? 0)) {
        throw new AppError('validation_failed', { message: 'adjustmentCents: more than the patient owes', issues: [{ path: 'adjustmentCents', message: 'more than the patient owes' }] });
      }
      await postLedgerEntries(tx, [
        { id: `dispute-${d.id}`, tenantId: ctx.tenantId, accountId: d.account_id, kind: 'discount', amountCents: -o.adjustmentCents!, bucket: 'patient', effectiveOn: today, postedAt: now, source: 'disputes', sourceRef: d.id, memo: 'Billing correction after a dispute' },
      ]);
      await refreshAccountBalances(tx, ctx.tenantId, [d.account_id]);
      detail.adjustmentCents = o.adjustmentCents;
    } else if (o.resolution === 'verified') {
      kind = 'verification';
    } else if (o.resolution === 'original_creditor') {
      kind = 'original_creditor';
      detail.originalCreditor = { name: o.originalCreditor!.name.trim(), address: o.originalCreditor!.address.trim() };
    } else {
      kind = 'not_ours';
      detail.notOurs = o.notOurs;
    }

    // The letter is built from the ledger as it now stands (before a not-ours account leaves the person).
    const statement = await buildStatement(tx, ctx, d.person_id, { language: d.language, portalUrl: o.portalUrl ?? '' });
    const letterIn = (language: LetterLanguage) =>
      disputeLetter({ kind, language, statement, accountId: d.account_id, accountRef: acct?.external_ref ?? d.account_id, receivedOn, date: today, itemizationDate: today, phone: statement.contact.phone, ...(o.originalCreditor ? { originalCreditor: o.originalCreditor } : {}) });
    const letter = letterIn(d.language);
    // Both languages are kept, so the letter can be printed again in either exactly as mailed.
    detail.letters = { en: letterIn('en'), es: letterIn('es') };
    detail.phone = statement.contact.phone;
    const mailed = await mailLetter(tx, {
      tenantId: ctx.tenantId,
      personId: d.person_id,
      accountId: d.account_id,
      purpose: `dispute_${kind}`,
      subject: letter.subject,
      body: disputeLetterText(letter, statement.contact.phone),
      language: d.language,
      now,
      worker: 'disputes',
    });

    // Only now, with the letter mailed, does the hold end.
    await tx.execute(sql`update holds set resolved_at = ${now} where id = ${d.hold_id} and tenant_id = ${ctx.tenantId} and resolved_at is null`);
    let resumed: Date | null = now;
    if (o.resolution === 'not_ours') {
      await reassignAccount(tx, ctx.tenantId, d.account_id, o.notOurs!.action === 'close' ? { close: true } : { personId: o.notOurs!.personId });
      resumed = null;
    } else {
      await restoreAccountStatus(tx, ctx.tenantId, d.account_id, d.status_before);
    }
    await publishAccountChanged(tx, { tenantId: ctx.tenantId, accountIds: [d.account_id], reason: 'dispute_resolved', at: now });
    await tx.execute(sql`update agent_tasks set status = 'done', outcome = ${o.resolution}, completed_at = ${now} where id = ${d.task_id} and status = 'open'`);
    // The reply handler's review task for the same dispute, if any, is done too.
    await tx.execute(sql`update agent_tasks set status = 'done', outcome = ${`dispute ${o.resolution}`}, completed_at = ${now}
      where tenant_id = ${ctx.tenantId} and account_id = ${d.account_id} and kind = 'review_dispute' and status = 'open'`);
    await tx.execute(sql`update disputes set status = 'resolved', resolution = ${o.resolution}, resolution_note = ${o.note.trim()}, resolution_detail = ${JSON.stringify(detail)}::jsonb,
        resolved_at = ${now}, resolved_by = ${ctx.actor.id}, letter_id = ${mailed.communicationId}, letter_mailed_at = ${mailed.mailedAt}, collection_resumed_at = ${resumed}
      where id = ${d.id}`);
    await audit(tx, ctx, { action: 'write', recordType: 'dispute', recordId: d.id, details: { resolution: o.resolution, letterId: mailed.communicationId } });
    return { disputeId: d.id, resolution: o.resolution, letterId: mailed.communicationId, letterMailedAt: mailed.mailedAt, collectionResumedAt: resumed };
  });
}
