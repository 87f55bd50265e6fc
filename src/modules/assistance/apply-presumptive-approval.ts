import { and, eq, sql } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { stableId } from '../../platform/ids/index.js';
import { resolveTenantGateway, type PaymentGateway, type RefundRow } from '../payments/index.js';
import { buildAssistanceLetter, renderAssistanceLetterPdf, type AssistanceLetter } from './assistance-letter.js';
import { localDate } from '../../platform/time/index.js';
import { decideWithin, refundExcess } from './decide-assistance-application.js';
import type { PresumptiveKind } from './fap-policy.schema.js';
import { loadFapPolicyVersioned } from './load-fap-policy.js';
import { assistanceApplications, assistanceDecisions, type ApplicationRow, type DecisionRow } from './schema.js';

export interface ApplyPresumptiveApprovalOptions {
  database: Database;
  /** The system actor of the screening (the decision records it as the decider). */
  ctx: AccessContext;
  personId: string;
  /** The account the screening found (the approval covers all of the person's accounts). */
  accountId: string;
  /** The circumstance found on file (Medicaid coverage, SNAP reported earlier...). */
  kind: PresumptiveKind;
  gateway?: PaymentGateway;
  /**
   * Render the approval letter's PDF (default true). The whole-book screening approves people by
   * the thousand and keeps no PDF (the letter is produced again from its records when printed):
   * it passes false and skips a PDF render per person.
   */
  renderPdf?: boolean;
}

export interface PresumptiveApprovalResult {
  /** False when the policy does not apply presumptive approvals by itself (a counselor decides). */
  applied: boolean;
  application: ApplicationRow | null;
  decision: DecisionRow | null;
  /** Cents taken off the person's patient balances. */
  reducedCents: number;
  refunds: RefundRow[];
  /** The approval letter, as the counselor's decision would produce it, and its PDF (null when not rendered). */
  letter: AssistanceLetter | null;
  letterPdf: Buffer | null;
}

/**
 * Approves financial assistance without an application where the tenant's FAP says presumptive
 * eligibility is applied automatically (`presumptive.applyAutomatically`) and the circumstance is
 * one of its criteria: an application is recorded on the patient's behalf with the circumstance as
 * verified by the records on file, and decided in the same transaction exactly as a counselor's
 * decision is (assistance decision, retroactive ledger adjustments on every account of the person,
 * plans refitted, audited, outreach told); then excess payments are refunded and the approval
 * letter is produced by the same letter code. One per person and day (a deterministic id), so
 * running the screening twice approves once. When the policy does not apply it, nothing is written.
 */
export async function applyPresumptiveApproval(opts: ApplyPresumptiveApprovalOptions): Promise<PresumptiveApprovalResult> {
  const { database, ctx } = opts;
  const now = ctx.clock.now();
  const none: PresumptiveApprovalResult = { applied: false, application: null, decision: null, reducedCents: 0, refunds: [], letter: null, letterPdf: null };
  const decided = await database.db.transaction(async (tx) => {
    const { policy } = await loadFapPolicyVersioned(tx, ctx.tenantId);
    if (!policy.presumptive.applyAutomatically || !policy.presumptive.criteria.includes(opts.kind)) return null;
    const [person] = await rows<{ state: string | null; language: string | null }>(tx, sql`select state, language from persons where tenant_id = ${ctx.tenantId} and id = ${opts.personId}`);
    if (!person) throw notFound('person');
    const today = localDate(now, policy.timeZone);
    const id = stableId('presumptive-application', ctx.tenantId, opts.personId, today);
    const inserted = await tx
      .insert(assistanceApplications)
      .values({
        id,
        tenantId: ctx.tenantId,
        personId: opts.personId,
        accountId: opts.accountId,
        status: 'submitted',
        receivedOn: today,
        household: { presumptive: [{ kind: opts.kind, on: today }], ...(person.state && /^[A-Za-z]{2}$/.test(person.state) ? { state: person.state } : {}) },
        noIncomeAttestation: false,
        signedOn: null,
        signatureName: null,
        language: person.language === 'es' ? 'es' : 'en',
        channel: 'staff',
        holdId: null,
        missing: [],
        createdBy: `${ctx.actor.kind}:${ctx.actor.id}`,
        createdAt: now,
        updatedAt: now,
        decidedAt: null,
      })
      .onConflictDoNothing()
      .returning({ id: assistanceApplications.id });
    if (!inserted.length) {
      // Already approved today by an earlier run: report it, change nothing.
      const [application] = await tx.select().from(assistanceApplications).where(and(eq(assistanceApplications.tenantId, ctx.tenantId), eq(assistanceApplications.id, id)));
      const [decision] = await tx.select().from(assistanceDecisions).where(and(eq(assistanceDecisions.tenantId, ctx.tenantId), eq(assistanceDecisions.applicationId, id)));
      return application && decision ? { application, decision, adjustment: null, fresh: false } : null;
    }
    return { ...(await decideWithin(tx, ctx, { applicationId: id, verifiedPresumptive: [opts.kind] })), fresh: true };
  });
  if (!decided) return none;
  const refunds = decided.fresh ? await refundExcess(database, opts.gateway ?? (await resolveTenantGateway(database, ctx.tenantId, ctx.clock)).gateway, ctx, decided) : [];
  const letter = await buildAssistanceLetter(database.db, { tenantId: ctx.tenantId, applicationId: decided.application.id, date: localDate(now, 'UTC') });
  const reducedCents = (decided.adjustment?.accounts ?? []).reduce((s, a) => s + (a.originalResponsibilityCents - a.newResponsibilityCents), 0);
  return { applied: decided.fresh, application: decided.application, decision: decided.decision, reducedCents, refunds, letter, letterPdf: opts.renderPdf === false ? null : await renderAssistanceLetterPdf(letter) };
}
