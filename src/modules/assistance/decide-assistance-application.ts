import { and, eq, isNull, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Database, type Queryable } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId, stableId } from '../../platform/ids/index.js';
import { postLedgerEntries, refreshAccountBalances, type NewLedgerEntry } from '../ledger/index.js';
import { publishAccountChanged } from '../../platform/events/index.js';
import { holds } from '../people/index.js';
import { refundAccountExcess, type PaymentGateway, type RefundRow } from '../payments/index.js';
import { fitPlanToBalance } from '../plans/index.js';
import { computeRetroactiveAdjustment, type RetroactiveAdjustment } from './compute-retroactive-adjustment.js';
import { localDate } from '../../platform/time/index.js';
import { decideApplication } from './decide-application.js';
import type { PresumptiveKind } from './fap-policy.schema.js';
import type { FplLookup } from './fpl.js';
import { loadFapPolicyVersioned } from './load-fap-policy.js';
import { assistanceApplications, assistanceDecisions, type ApplicationRow, type DecisionRow } from './schema.js';
import { toFapApplication } from './submit-assistance-application.js';

/** Ledger source of assistance adjustments (sourceRef `<decision id>:<account id>`). */
export const ASSISTANCE_LEDGER_SOURCE = 'assistance';

export interface DecideAssistanceApplicationOptions {
  database: Database;
  gateway: PaymentGateway;
  /** The counselor (assistance.decide). */
  ctx: AccessContext;
  applicationId: string;
  /** Circumstances the counselor verified today (Medicaid in the state system, a shelter letter...). */
  verifiedPresumptive?: PresumptiveKind[];
  /** Injected poverty-guideline table (tests). */
  fpl?: FplLookup;
}

export interface AssistanceDecisionResult {
  decision: DecisionRow;
  application: ApplicationRow;
  adjustment: RetroactiveAdjustment | null;
  refunds: RefundRow[];
}

/**
 * A counselor decides an application under the tenant's FAP. Approved: every eligible account of
 * the person is adjusted retroactively in one transaction (assistance_adjustment entries down to the
 * discounted responsibility, never above AGB; plans shrink to the new balance), the hold is lifted,
 * and excess payments are refunded automatically (to the card through the gateway, otherwise by
 * check). Denied: the hold is lifted. Incomplete: the hold stays and the missing items are listed.
 */
export async function decideAssistanceApplication(opts: DecideAssistanceApplicationOptions): Promise<AssistanceDecisionResult> {
  const { database, ctx } = opts;
  const decided = await database.db.transaction((tx) => decideWithin(tx, ctx, opts));
  return { ...decided, refunds: await refundExcess(database, opts.gateway, ctx, decided) };
}

/** Refunds what was paid above the new responsibility (after the decision's transaction). */
export async function refundExcess(database: Database, gateway: PaymentGateway, ctx: AccessContext, decided: { decision: DecisionRow; adjustment: RetroactiveAdjustment | null }): Promise<RefundRow[]> {
  const refunds: RefundRow[] = [];
  for (const a of decided.adjustment?.accounts ?? []) {
    if (a.refundCents <= 0) continue;
    refunds.push(
      ...(await refundAccountExcess({
        database,
        gateway,
        ctx,
        accountId: a.accountId!,
        amountCents: a.refundCents,
        reason: 'financial_assistance_excess',
        idempotencyKey: `assistance:${decided.decision.id}:${a.accountId}`,
        sourceRef: decided.decision.id,
      })),
    );
  }
  return refunds;
}

/**
 * The decision inside the caller's transaction: the application row locked, the rules applied,
 * the adjustments posted, the decision stored, the hold lifted, audited, outreach told.
 */
export async function decideWithin(tx: Queryable, ctx: AccessContext, opts: Pick<DecideAssistanceApplicationOptions, 'applicationId' | 'verifiedPresumptive' | 'fpl'>): Promise<Omit<AssistanceDecisionResult, 'refunds'>> {
  const now = ctx.clock.now();
  const [app] = await tx.select().from(assistanceApplications).where(and(eq(assistanceApplications.tenantId, ctx.tenantId), eq(assistanceApplications.id, opts.applicationId))).for('update');
  if (!app) throw notFound('application');
  if (app.status !== 'submitted' && app.status !== 'incomplete') {
    throw new AppError('conflict', { message: `application is ${app.status}`, userMessage: 'This application has already been decided.' });
  }
  const { policy, version: policyVersion } = await loadFapPolicyVersioned(tx, ctx.tenantId);
  const today = localDate(now, policy.timeZone);
  const verified = (opts.verifiedPresumptive ?? []).map((kind) => ({ kind, on: today }));
  const household = { ...app.household, presumptive: [...(app.household.presumptive ?? []).filter((s) => !verified.some((v) => v.kind === s.kind)), ...verified] };
  const application = { ...(await toFapApplication(tx, app)), household };
  const d = decideApplication({ policy, application, now, ...(opts.fpl ? { fpl: opts.fpl } : {}) });
  const decisionId = newId();
  let adjustment: RetroactiveAdjustment | null = null;
  if (d.decision === 'approved') {
    // Lock the person's accounts: no payment lands between reading balances and adjusting them.
    await rows(tx, sql`select id from accounts where tenant_id = ${ctx.tenantId} and person_id = ${app.personId} order by id for update`);
    const accts = await rows<{ id: string; patient_due_cents: number; gross: number; paid: number; prior: number }>(
      tx,
      sql`select a.id, a.patient_due_cents,
            coalesce(sum(e.amount_cents) filter (where e.kind = 'charge'), 0)::bigint as gross,
            (-coalesce(sum(e.amount_cents) filter (where e.kind in ('patient_payment', 'refund')), 0))::bigint as paid,
            count(e.id) filter (where e.kind = 'assistance_adjustment')::int as prior
          from accounts a left join ledger_entries e on e.account_id = a.id and e.tenant_id = a.tenant_id
          where a.tenant_id = ${ctx.tenantId} and a.person_id = ${app.personId}
          group by a.id, a.patient_due_cents order by a.id`,
    );
    // An account already adjusted by an earlier approval is not discounted twice.
    const eligible = accts.filter((a) => Number(a.prior) === 0 && (Number(a.patient_due_cents) > 0 || Number(a.paid) > 0));
    adjustment = computeRetroactiveAdjustment({
      accounts: eligible.map((a) => ({ accountId: a.id, grossChargesCents: Math.max(0, Number(a.gross)), patientBalanceCents: Math.max(0, Number(a.patient_due_cents)), patientPaidCents: Math.max(0, Number(a.paid)) })),
      discountPct: d.discountPct,
      ...(d.agbPct !== null ? { agbPct: d.agbPct } : {}),
    });
    const entries: NewLedgerEntry[] = adjustment.accounts
      .map((a) => ({ a, reduction: a.originalResponsibilityCents - a.newResponsibilityCents }))
      .filter(({ reduction }) => reduction > 0)
      .map(({ a, reduction }) => ({
        id: stableId('ledger', ASSISTANCE_LEDGER_SOURCE, decisionId, a.accountId!),
        tenantId: ctx.tenantId,
        accountId: a.accountId!,
        kind: 'assistance_adjustment',
        // The whole reduction: what lowers the balance plus what will be refunded.
        amountCents: -reduction,
        bucket: 'patient',
        effectiveOn: today,
        postedAt: now,
        source: ASSISTANCE_LEDGER_SOURCE,
        sourceRef: `${decisionId}:${a.accountId}`,
        memo: d.discountPct > 0 ? `Financial assistance (${d.discountPct}% discount)` : 'Financial assistance (limited to amounts generally billed)',
      }));
    await postLedgerEntries(tx, entries);
    const touched = entries.map((e) => e.accountId);
    await refreshAccountBalances(tx, ctx.tenantId, touched);
    for (const a of adjustment.accounts) {
      await fitPlanToBalance(tx, ctx, { accountId: a.accountId!, balanceCents: a.newBalanceCents, reason: 'financial_assistance' });
    }
  }
  const [decision] = await tx
    .insert(assistanceDecisions)
    .values({
      id: decisionId,
      tenantId: ctx.tenantId,
      applicationId: app.id,
      decision: d.decision,
      discountPct: d.discountPct,
      agbPct: d.agbPct,
      reasons: d.reasons,
      missing: d.missing,
      decidedOn: d.decidedOn,
      validThrough: d.validThrough,
      details: { policy: policy.name, policyVersion, screening: d.screening, adjustment, verifiedPresumptive: opts.verifiedPresumptive ?? [] },
      decidedBy: `${ctx.actor.kind}:${ctx.actor.id}`,
      decidedAt: now,
    })
    .returning();
  const status = d.decision === 'incomplete' ? 'incomplete' : d.decision;
  const [updated] = await tx
    .update(assistanceApplications)
    .set({ status, household, missing: d.missing, decidedAt: d.decision === 'incomplete' ? null : now, updatedAt: now })
    .where(eq(assistanceApplications.id, app.id))
    .returning();
  // Decided either way: the suspension of escalation ends (an incomplete application keeps it).
  if (d.decision !== 'incomplete') {
    await tx.update(holds).set({ resolvedAt: now }).where(and(eq(holds.tenantId, ctx.tenantId), eq(holds.personId, app.personId), eq(holds.type, 'assistance_pending'), isNull(holds.resolvedAt)));
  }
  await tx.execute(sql`update agent_tasks set status = 'done', outcome = ${`assistance ${d.decision}`}, completed_at = ${now}
    where tenant_id = ${ctx.tenantId} and id = ${`review-documents-${app.id}`} and status = 'open'`);
  await audit(tx, ctx, { action: 'write', recordType: 'assistance_application', recordId: app.id, details: { decision: d.decision, decisionId, discountPct: d.discountPct, reasons: d.reasons, policyVersion } });
  await publishAccountChanged(tx, { tenantId: ctx.tenantId, personId: app.personId, reason: 'assistance_decided', at: now });
  return { decision: decision!, application: updated!, adjustment };
}
