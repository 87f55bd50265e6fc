import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Database } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import type { ClaimRecord, PatientRecord } from '../ingestion/index.js';
import { getIngestedRecord } from '../ingestion/index.js';
import { build276, parse277, type ClaimStatusResult } from './clearinghouse/claim-status-x12.js';
import type { Clearinghouse } from './clearinghouse/clearinghouse.js';
import { claimStatusChecks } from './schema.js';

/**
 * Asks the payer, through the clearinghouse, where a claim stands (276 out, 277 back) and keeps
 * the exchange. A clearinghouse failure is recorded and reported, never half-stored.
 */
export async function checkClaimStatus(opts: { database: Database; ctx: AccessContext; clearinghouse: Clearinghouse; claimKey: string }): Promise<ClaimStatusResult & { id: string }> {
  const { database, ctx } = opts;
  const claim = await getIngestedRecord<ClaimRecord>(database.db, ctx.tenantId, 'claim', opts.claimKey);
  if (!claim) throw notFound('claim');
  const c = claim.data;
  const patient = c.patientKey ? await getIngestedRecord<PatientRecord>(database.db, ctx.tenantId, 'patient', c.patientKey) : null;
  // 837 claim keys are `837|<billing id>|<payer id>|<member id>|<CLM01>`.
  const [, billing = '', payerId = '', memberId = ''] = opts.claimKey.split('|');
  const now = ctx.clock.now();
  const trace = newId().replace(/-/g, '').slice(0, 20).toUpperCase();
  const request = build276({
    trace,
    control: now.getTime() % 1_000_000_000,
    at: now,
    provider: { name: c.providerName ?? 'PROVIDER', npi: billing },
    payer: { name: c.insurerName ?? '', id: payerId },
    subscriber: { lastName: patient?.data.familyName ?? '', firstName: patient?.data.givenNames[0] ?? '', memberId },
    claimControlNumber: c.identifiers[0]?.value ?? '',
    chargeCents: c.totalCents ?? 0,
    serviceFrom: c.billablePeriodStart ?? now.toISOString().slice(0, 10),
    serviceTo: c.billablePeriodEnd ?? c.billablePeriodStart ?? now.toISOString().slice(0, 10),
  });
  let response: string;
  let result: ClaimStatusResult;
  try {
    response = await opts.clearinghouse.exchange(request);
    result = parse277(response);
  } catch (e) {
    throw new AppError('unavailable', { message: `claim status check failed: ${(e as Error).message}`, userMessage: 'The clearinghouse did not answer. Nothing was changed; please try again in a few minutes.', cause: e });
  }
  const id = newId();
  await database.db.transaction(async (tx) => {
    await tx.insert(claimStatusChecks).values({ id, tenantId: ctx.tenantId, claimKey: opts.claimKey, accountId: claim.accountId, requestedAt: now, requestedBy: ctx.actor.id, clearinghouse: opts.clearinghouse.name, trace, categoryCode: result.categoryCode, statusCode: result.statusCode, result, requestX12: request, responseX12: response });
    await audit(tx, ctx, { action: 'write', recordType: 'claim_status_check', recordId: id, details: { claimKey: opts.claimKey, category: result.categoryCode } });
  });
  return { ...result, id };
}
