import { and, eq } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Database } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { build270, eligibilityChecks, parse271, patientCoverages, type Clearinghouse, type EligibilityResult } from '../claims/index.js';
import { coverageView, type CoverageView } from './coverages.js';
import { getPatientHeader } from './patient-directory.js';

export interface RunEligibilityCheckOptions {
  database: Database;
  ctx: AccessContext;
  clearinghouse: Clearinghouse;
  coverageId: string;
  /** X12 service type: 30 general (default), 98 office visit, 86 emergency. */
  serviceType?: string;
  provider: { name: string; npi: string };
}

/**
 * Asks the payer whether the coverage is active today and what the patient pays (270 out, 271
 * back) and keeps the answer on the coverage with its time. Every exchange is stored; a
 * clearinghouse that does not answer changes nothing.
 */
export async function runEligibilityCheck(opts: RunEligibilityCheckOptions): Promise<{ checkId: string; coverage: CoverageView; result: EligibilityResult }> {
  const { database, ctx } = opts;
  const [cov] = await database.db.select().from(patientCoverages).where(and(eq(patientCoverages.tenantId, ctx.tenantId), eq(patientCoverages.id, opts.coverageId)));
  if (!cov) throw notFound('coverage');
  const patient = await getPatientHeader({ q: database.db, ctx, personId: cov.personId });
  const [first = '', ...rest] = patient.name.split(' ');
  const now = ctx.clock.now();
  const trace = newId().replace(/-/g, '').slice(0, 20).toUpperCase();
  const request = build270({
    trace,
    control: now.getTime() % 1_000_000_000,
    at: now,
    provider: opts.provider,
    payer: { name: cov.payerName, id: cov.payerId ?? cov.payerName.slice(0, 20) },
    subscriber: { lastName: rest.join(' '), firstName: first, memberId: cov.memberId, birthDate: patient.birthDate },
    serviceType: opts.serviceType ?? '30',
    serviceDate: now.toISOString().slice(0, 10),
  });
  let response: string;
  let result: EligibilityResult;
  try {
    response = await opts.clearinghouse.exchange(request);
    result = parse271(response);
  } catch (e) {
    throw new AppError('unavailable', { message: `eligibility check failed: ${(e as Error).message}`, userMessage: 'The insurance check did not go through. Nothing was changed; please try again, or continue check-in without it.', cause: e });
  }
  const checkId = newId();
  const status = result.errors.length ? 'error' : result.active ? 'active' : 'inactive';
  const updated = await database.db.transaction(async (tx) => {
    await tx.insert(eligibilityChecks).values({ id: checkId, tenantId: ctx.tenantId, personId: cov.personId, coverageId: cov.id, requestedAt: now, requestedBy: ctx.actor.id, clearinghouse: opts.clearinghouse.name, trace, status, result, requestX12: request, responseX12: response });
    const [row] = await tx.update(patientCoverages).set({ eligibility: result, eligibilityCheckedAt: now, ...(result.planName && !cov.planName ? { planName: result.planName } : {}) }).where(eq(patientCoverages.id, cov.id)).returning();
    await audit(tx, ctx, { action: 'write', recordType: 'coverage', recordId: cov.id, details: { eligibility: status, check: checkId } });
    return row!;
  });
  return { checkId, coverage: coverageView(updated), result };
}
