import { and, desc, eq, sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { frontDeskVisits, patientCoverages, type EligibilityResult } from '../claims/index.js';
import { formatCents } from '../../platform/money/index.js';

export const VISIT_TYPES = ['office', 'outpatient', 'emergency', 'inpatient'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

/** X12 service type whose copay applies to each visit type. */
const SERVICE_TYPE: Record<VisitType, string> = { office: '98', outpatient: '30', emergency: '86', inpatient: '30' };

/** What the desk shows and says at check-in. */
export interface DeskView {
  visitId: string;
  visitType: VisitType;
  /** False in the emergency department: no payment is discussed there before screening and stabilization. */
  paymentPrompt: boolean;
  /** Why there is no payment prompt (shown on the screen), or null. */
  emtalaNotice: string | null;
  /** Today's copay from the last eligibility answer; null when unknown or not applicable. */
  copayCents: number | null;
  /** What the patient owes from earlier visits (accounts on hold for an appeal excluded). */
  priorBalanceCents: number;
  /** What the representative can say, in the patient's language and in English. */
  script: { en: string[]; es: string[] };
  coverageChecked: boolean;
}

const usd = (c: number, l: 'en' | 'es') => formatCents(c, l === 'es' ? 'es-US' : 'en-US');

export const EMTALA_NOTICE =
  'Emergency department: no payment, copay or balance is discussed before the patient has had a medical screening exam and any stabilizing care (EMTALA). Billing follows up later.';

/**
 * The words for the desk. They offer, never require: care never depends on paying, and a prior
 * balance comes with a plan or assistance, not a demand. Pure.
 */
export function deskScript(v: { visitType: VisitType; copayCents: number | null; priorBalanceCents: number }): { en: string[]; es: string[] } {
  if (v.visitType === 'emergency') return { en: [], es: [] };
  const en: string[] = [];
  const es: string[] = [];
  if (v.copayCents) {
    en.push(`Your plan has a ${usd(v.copayCents, 'en')} copay for today's visit. Would you like to take care of it now? You can also pay it later; it does not change your care today.`);
    es.push(`Su plan tiene un copago de ${usd(v.copayCents, 'es')} por la visita de hoy. ¿Le gustaría pagarlo ahora? También puede pagarlo después; no cambia su atención de hoy.`);
  }
  if (v.priorBalanceCents > 0) {
    en.push(`I also see an earlier balance of ${usd(v.priorBalanceCents, 'en')}. There's no need to settle it today. If it helps, we can set up a monthly plan or check whether you qualify for financial assistance.`);
    es.push(`También veo un saldo anterior de ${usd(v.priorBalanceCents, 'es')}. No tiene que pagarlo hoy. Si le ayuda, podemos hacer un plan mensual o ver si califica para ayuda financiera.`);
  }
  if (!en.length) {
    en.push('You are all set for today.');
    es.push('Todo está listo para hoy.');
  }
  return { en, es };
}

/** What the patient owes on earlier accounts, leaving out accounts on hold while their claim is appealed. */
export async function priorBalanceCents(q: Queryable, tenantId: string, personId: string): Promise<number> {
  const [r] = await rows<{ due: string | number | null }>(
    q,
    sql`select coalesce(sum(a.patient_due_cents), 0) as due from accounts a
        where a.tenant_id = ${tenantId} and a.person_id = ${personId} and a.patient_due_cents > 0 and a.external_ref not like 'visit|%'
          and not exists (select 1 from holds h where h.tenant_id = a.tenant_id and h.account_id = a.id and h.type = 'insurance_pending' and h.resolved_at is null)`,
  );
  return Number(r?.due ?? 0);
}

/** Checks a patient in for a visit and returns what the desk should show and say. */
export async function checkIn(opts: { q: Queryable; ctx: AccessContext; personId: string; visitType: VisitType; coverageId?: string | null; serviceCode?: string | null }): Promise<DeskView> {
  const { q, ctx } = opts;
  if (!VISIT_TYPES.includes(opts.visitType)) throw new AppError('validation_failed', { issues: [{ path: 'visitType', message: `one of ${VISIT_TYPES.join(', ')}` }] });
  let benefits: EligibilityResult | null = null;
  if (opts.coverageId) {
    const [cov] = await q.select().from(patientCoverages).where(and(eq(patientCoverages.tenantId, ctx.tenantId), eq(patientCoverages.id, opts.coverageId), eq(patientCoverages.personId, opts.personId)));
    if (!cov) throw notFound('coverage');
    benefits = (cov.eligibility as EligibilityResult | null) ?? null;
  }
  const emergency = opts.visitType === 'emergency';
  const copay = !emergency && benefits?.active ? (benefits.copayCents[SERVICE_TYPE[opts.visitType]] ?? null) : null;
  const prior = emergency ? 0 : await priorBalanceCents(q, ctx.tenantId, opts.personId);
  const id = newId();
  await q.insert(frontDeskVisits).values({ id, tenantId: ctx.tenantId, personId: opts.personId, coverageId: opts.coverageId ?? null, visitType: opts.visitType, serviceCode: opts.serviceCode ?? null, checkedInAt: ctx.clock.now(), checkedInBy: ctx.actor.id, copayCents: copay });
  await audit(q, ctx, { action: 'write', recordType: 'front_desk_visit', recordId: id, details: { personId: opts.personId, visitType: opts.visitType } });
  return {
    visitId: id,
    visitType: opts.visitType,
    paymentPrompt: !emergency,
    emtalaNotice: emergency ? EMTALA_NOTICE : null,
    copayCents: copay,
    priorBalanceCents: prior,
    script: deskScript({ visitType: opts.visitType, copayCents: copay, priorBalanceCents: prior }),
    coverageChecked: benefits !== null,
  };
}

/** The patient's most recent visits at the desk. */
export async function listVisits(q: Queryable, ctx: AccessContext, personId: string) {
  return q.select().from(frontDeskVisits).where(and(eq(frontDeskVisits.tenantId, ctx.tenantId), eq(frontDeskVisits.personId, personId))).orderBy(desc(frontDeskVisits.checkedInAt)).limit(10);
}
