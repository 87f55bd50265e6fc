import type { Clock } from '../platform/clock/index.js';
import type { Database } from '../platform/db/index.js';
import { addCoverage } from '../modules/frontdesk/index.js';
import { runScoring } from '../modules/scoring/index.js';
import { DEMO_TENANT_SLUG, seedDemoTenant, type SeedCounts } from '../modules/simulation/index.js';

export interface DemoSeedResult extends SeedCounts {
  scored: number;
  screened: number;
  likelyEligible: number;
}

/** How many demo patients have Medicaid on file (as the front desk would record it). */
export const DEMO_MEDICAID_PATIENTS = 5;

/**
 * The demo tenant as both `kindly seed --demo` and the first `npm start` make it: the synthetic
 * population; Medicaid on file for a few patients, so the presumptive screening has someone to
 * find (the first five, by record number, who owe something and have no coverage yet); then the
 * models trained, every account scored and the book screened, so the account pages show scores
 * from the first sign-in and the first outreach pass sends likely-eligible patients the assistance
 * offer before any past-due step. Idempotent: a second run finds the tenant and those patients
 * covered, and only rescores.
 */
export async function seedDemo(database: Database, clock: Clock, opts: { persons?: number } = {}): Promise<DemoSeedResult> {
  const counts = await seedDemoTenant(database.db, clock, opts.persons !== undefined ? { persons: opts.persons } : {});
  const [demo] = await database.query<{ id: string }>('select id from tenants where slug = $1', [DEMO_TENANT_SLUG]);
  if (!demo) return { ...counts, scored: 0, screened: 0, likelyEligible: 0 };
  if (counts.tenantCreated) {
    const ctx = { tenantId: demo.id, actor: { kind: 'system' as const, id: 'demo-seed', roles: [] }, purpose: 'system' as const, clock };
    const picks = await database.query<{ person_id: string }>(
      `select a.person_id from accounts a join persons p on p.tenant_id = a.tenant_id and p.id = a.person_id
       where a.tenant_id = $1 and a.patient_due_cents > 0
         and not exists (select 1 from patient_coverages c where c.tenant_id = a.tenant_id and c.person_id = a.person_id)
       group by a.person_id, p.external_ref order by p.external_ref limit ${DEMO_MEDICAID_PATIENTS}`,
      [demo.id],
    );
    for (const [i, p] of picks.entries()) await addCoverage({ q: database.db, ctx, personId: p.person_id, payerName: 'Ohio Medicaid', memberId: `OHMCD-${1000 + i}`, planName: 'Medicaid' });
  }
  const scoring = await runScoring({ database, now: clock.now(), tenantId: demo.id, train: true });
  const t = scoring.tenants[0];
  return { ...counts, scored: t?.scored.scored ?? 0, screened: t?.screened.screened ?? 0, likelyEligible: t?.screened.byStatus.likely_eligible ?? 0 };
}
