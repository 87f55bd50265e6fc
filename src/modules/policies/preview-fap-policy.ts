import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/index.js';
import type { FieldIssue } from '../../platform/errors/index.js';
import { localDate } from '../../platform/time/index.js';
import {
  FPL_YEARS, checkFapPolicy, complianceFplLookup, loadFapPolicyVersioned, parseFapPolicy, regionForState, screenEligibility,
  type EligibilityScreening, type FapPolicy, type FplYear, type PresumptiveKind,
} from '../assistance/index.js';
import { tenants } from '../identity/index.js';

/** A household to try a FAP policy on: its size, its income as a % of the poverty guideline, its state. */
export interface FapSampleHousehold {
  size: number;
  fplPercent: number;
  /** Two-letter state; absent: the tenant's state. */
  state?: string;
  /** On Medicaid, SNAP...: presumptively eligible whatever the income. */
  presumptive?: PresumptiveKind;
}

/** The households the preview shows unless the caller names others: one in each usual band, and one on Medicaid. */
export const FAP_SAMPLE_HOUSEHOLDS: FapSampleHousehold[] = [
  { size: 1, fplPercent: 90 },
  { size: 2, fplPercent: 150 },
  { size: 3, fplPercent: 210 },
  { size: 4, fplPercent: 280 },
  { size: 4, fplPercent: 350 },
  { size: 2, fplPercent: 420 },
  { size: 5, fplPercent: 600 },
  { size: 3, fplPercent: 130, presumptive: 'medicaid' },
];

/** The bill the preview prices for each household: $1,000 of gross charges. */
export const FAP_SAMPLE_BILL_CENTS = 100_000;

export interface FapPreviewOutcome {
  status: EligibilityScreening['status'];
  eligible: boolean;
  basis: EligibilityScreening['basis'];
  discountPct: number;
  fplPercent: number | null;
  /** What the household would owe on the sample bill: the discount, then the amounts-generally-billed cap. */
  patientPaysCents: number;
  needs: EligibilityScreening['needs'];
}

export interface FapPreviewRow {
  household: { size: number; fplPercent: number; state: string; annualIncomeCents: number; presumptive: PresumptiveKind | null };
  current: FapPreviewOutcome;
  draft: FapPreviewOutcome;
  changed: boolean;
}

export interface FapPolicyPreview {
  /** Problems of the draft; when there are any, `rows` is empty. */
  issues: FieldIssue[];
  currentVersion: number;
  sampleBillCents: number;
  rows: FapPreviewRow[];
}

function outcome(policy: FapPolicy, household: Parameters<typeof screenEligibility>[1], now: Date): FapPreviewOutcome {
  const s = screenEligibility(policy, household, now);
  let pays = FAP_SAMPLE_BILL_CENTS;
  if (s.eligible) {
    pays = Math.round((FAP_SAMPLE_BILL_CENTS * (100 - s.discountPct)) / 100);
    if (s.agbPct !== null) pays = Math.min(pays, Math.round((FAP_SAMPLE_BILL_CENTS * s.agbPct) / 100));
  }
  return { status: s.status, eligible: s.eligible, basis: s.basis, discountPct: s.discountPct, fplPercent: s.fplPercent, patientPaysCents: pays, needs: s.needs };
}

/**
 * What a draft FAP policy changes before it is published: each sample household screened by the
 * assistance engine under the policy in use and under the draft, with what it would owe on a
 * $1,000 bill. Incomes are set from the poverty guideline of the year in use, so a household at
 * "210%" is the same household under both.
 */
export async function previewFapPolicy(q: Queryable, tenantId: string, draft: unknown, now: Date, households: FapSampleHousehold[] = FAP_SAMPLE_HOUSEHOLDS): Promise<FapPolicyPreview> {
  const [t] = await q.select({ timeZone: tenants.timeZone, state: tenants.state }).from(tenants).where(eq(tenants.id, tenantId));
  const timeZone = t?.timeZone ?? 'America/New_York';
  const current = await loadFapPolicyVersioned(q, tenantId);
  const issues = checkFapPolicy(draft, timeZone);
  if (issues.length) return { issues, currentVersion: current.version, sampleBillCents: FAP_SAMPLE_BILL_CENTS, rows: [] };
  const next = parseFapPolicy(draft, timeZone);
  const thisYear = Number(localDate(now, timeZone).slice(0, 4));
  const year: FplYear = current.policy.tableYear ?? FPL_YEARS.reduce((best, y) => (Math.abs(y - thisYear) < Math.abs(best - thisYear) ? y : best));
  const rows = households.map((h) => {
    const state = (h.state ?? t?.state ?? 'NY').toUpperCase();
    const guideline = complianceFplLookup(year, regionForState(state), h.size);
    const annualIncomeCents = Math.round((guideline * h.fplPercent) / 100);
    const household = { size: h.size, annualIncomeCents, state, presumptive: h.presumptive ? [{ kind: h.presumptive }] : [] };
    const before = outcome(current.policy, household, now);
    const after = outcome(next, household, now);
    return {
      household: { size: h.size, fplPercent: h.fplPercent, state, annualIncomeCents, presumptive: h.presumptive ?? null },
      current: before,
      draft: after,
      changed: JSON.stringify(before) !== JSON.stringify(after),
    };
  });
  return { issues: [], currentVersion: current.version, sampleBillCents: FAP_SAMPLE_BILL_CENTS, rows };
}
