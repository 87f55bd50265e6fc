import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Database, type Queryable } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { publishAccountChanged } from '../../platform/events/index.js';
import { holds } from '../people/index.js';
import { checkApplicationCompleteness, type MissingItem } from './check-application-completeness.js';
import { localDate } from '../../platform/time/index.js';
import { PresumptiveKind, type Household } from './fap-policy.schema.js';
import { loadFapPolicy } from './load-fap-policy.js';
import { assistanceApplications, assistanceDocuments, type ApplicationRow } from './schema.js';
import type { FapApplication } from './application.schema.js';

/** What a patient (or a counselor for them) fills in. Documents are uploaded separately. */
export const AssistanceApplicationInput = z.object({
  householdSize: z.number().int().min(1).max(50).optional(),
  annualIncomeCents: z.number().int().min(0).max(100_000_000_00).optional(),
  assetsCents: z.number().int().min(0).optional(),
  /** The applicant states that no one in the household has income. */
  noIncome: z.boolean().default(false),
  /** Circumstances the applicant reports (Medicaid, SNAP...): they count once a document or staff verifies them. */
  presumptive: z.array(PresumptiveKind).default([]),
  /** The applicant's typed name: their signature, with `attest`. */
  signatureName: z.string().trim().max(200).optional(),
  attest: z.boolean().default(false),
  language: z.enum(['en', 'es']).default('en'),
});
export type AssistanceApplicationInput = z.input<typeof AssistanceApplicationInput>;

export interface SubmitAssistanceApplicationOptions {
  database: Database;
  ctx: AccessContext;
  personId: string;
  /** The account the application started from (it covers all of the person's accounts). */
  accountId?: string | null;
  input: AssistanceApplicationInput;
  channel: 'portal' | 'staff';
}

/** The stored application in the shape the pure rules read. */
export async function toFapApplication(q: Queryable, row: ApplicationRow): Promise<FapApplication> {
  const docs = await q.select({ kind: assistanceDocuments.kind, receivedOn: assistanceDocuments.receivedOn }).from(assistanceDocuments).where(eq(assistanceDocuments.applicationId, row.id));
  return {
    id: row.id,
    receivedOn: row.receivedOn,
    household: row.household,
    documents: docs.map((d) => ({ kind: d.kind as never, receivedOn: d.receivedOn })),
    noIncomeAttestation: row.noIncomeAttestation,
    ...(row.signedOn ? { signedOn: row.signedOn } : {}),
  };
}

/**
 * Receives an application: stores it, places the `assistance_pending` hold that suspends every
 * escalation for the person while it is pending (501(r): complete or not), tells outreach to look
 * again (journeys pause), and returns what is still missing. Audited as a patient/staff write.
 */
export async function submitAssistanceApplication(opts: SubmitAssistanceApplicationOptions): Promise<{ application: ApplicationRow; missing: MissingItem[] }> {
  const { database, ctx } = opts;
  const input = AssistanceApplicationInput.parse(opts.input);
  const now = ctx.clock.now();
  return database.db.transaction(async (tx) => {
    const [person] = await rows<{ state: string | null; time_zone: string }>(tx, sql`select state, time_zone from persons where tenant_id = ${ctx.tenantId} and id = ${opts.personId}`);
    if (!person) throw notFound('person');
    const policy = await loadFapPolicy(tx, ctx.tenantId);
    const receivedOn = localDate(now, person.time_zone);
    const household: Household = {
      ...(input.householdSize !== undefined ? { size: input.householdSize } : {}),
      ...(input.annualIncomeCents !== undefined ? { annualIncomeCents: input.annualIncomeCents } : {}),
      ...(input.assetsCents !== undefined ? { assetsCents: input.assetsCents } : {}),
      ...(person.state && /^[A-Za-z]{2}$/.test(person.state) ? { state: person.state } : {}),
      presumptive: input.presumptive.map((kind) => ({ kind })),
    };
    const signed = input.attest && Boolean(input.signatureName);
    const id = newId();
    const [existingHold] = await tx
      .select({ id: holds.id })
      .from(holds)
      .where(and(eq(holds.tenantId, ctx.tenantId), eq(holds.personId, opts.personId), eq(holds.type, 'assistance_pending'), isNull(holds.resolvedAt)));
    const holdId = existingHold?.id ?? newId();
    if (!existingHold) {
      await tx.insert(holds).values({ id: holdId, tenantId: ctx.tenantId, personId: opts.personId, accountId: null, type: 'assistance_pending', since: now, reason: `financial assistance application ${id}`, createdBy: `${ctx.actor.kind}:${ctx.actor.id}` });
    }
    const draft = {
      id,
      tenantId: ctx.tenantId,
      personId: opts.personId,
      accountId: opts.accountId ?? null,
      status: 'submitted' as const,
      receivedOn,
      household,
      noIncomeAttestation: input.noIncome,
      signedOn: signed ? receivedOn : null,
      signatureName: signed ? input.signatureName! : null,
      language: input.language,
      channel: opts.channel,
      holdId,
      missing: [] as MissingItem[],
      createdBy: `${ctx.actor.kind}:${ctx.actor.id}`,
      createdAt: now,
      updatedAt: now,
      decidedAt: null,
    };
    const missing = checkApplicationCompleteness({ receivedOn, household, documents: [], noIncomeAttestation: input.noIncome, ...(signed ? { signedOn: receivedOn } : {}) }, policy);
    const [application] = await tx.insert(assistanceApplications).values({ ...draft, missing }).returning();
    await audit(tx, ctx, { action: 'write', recordType: 'assistance_application', recordId: id, details: { channel: opts.channel, holdId, missing: missing.map((m) => m.item) } });
    await publishAccountChanged(tx, { tenantId: ctx.tenantId, personId: opts.personId, reason: 'assistance_submitted', at: now });
    return { application: application!, missing };
  });
}

/**
 * Checks an application again (after documents arrived, or when the patient says they are done):
 * with items missing it becomes `incomplete` (the caller sends the written request listing them),
 * otherwise it waits, `submitted`, for a counselor. The hold stays either way.
 */
export async function checkAssistanceApplication(opts: { database: Database; ctx: AccessContext; applicationId: string; markIncomplete?: boolean }): Promise<{ application: ApplicationRow; missing: MissingItem[] }> {
  const { ctx } = opts;
  return opts.database.db.transaction(async (tx) => {
    const [row] = await tx.select().from(assistanceApplications).where(and(eq(assistanceApplications.tenantId, ctx.tenantId), eq(assistanceApplications.id, opts.applicationId))).for('update');
    if (!row) throw notFound('application');
    if (row.status !== 'submitted' && row.status !== 'incomplete') return { application: row, missing: row.missing };
    const policy = await loadFapPolicy(tx, ctx.tenantId);
    const missing = checkApplicationCompleteness(await toFapApplication(tx, row), policy);
    const status = missing.length > 0 && (opts.markIncomplete ?? true) ? 'incomplete' : missing.length === 0 ? 'submitted' : row.status;
    const [updated] = await tx.update(assistanceApplications).set({ missing, status, updatedAt: ctx.clock.now() }).where(eq(assistanceApplications.id, row.id)).returning();
    await audit(tx, ctx, { action: 'write', recordType: 'assistance_application', recordId: row.id, details: { check: true, status, missing: missing.map((m) => m.item) } });
    return { application: updated!, missing };
  });
}
