import { FapApplication } from './application.schema.js';
import { checkApplicationCompleteness, verifiedPresumptiveSignals, type MissingItem } from './check-application-completeness.js';
import { addMonths, localDate } from '../../platform/time/index.js';
import type { FapPolicy } from './fap-policy.schema.js';
import { screenEligibility, type EligibilityScreening, type FapReason, type ScreenOptions } from './screen-eligibility.js';

export interface DecideApplicationOptions extends ScreenOptions {
  policy: FapPolicy;
  application: FapApplication;
  now: Date;
}

export type ApplicationDecisionReason = FapReason | 'incomplete_application';

export interface ApplicationDecision {
  decision: 'approved' | 'denied' | 'incomplete';
  discountPct: number;
  /** Cap on charges as % of gross charges for an approved patient, or null. */
  agbPct: number | null;
  reasons: ApplicationDecisionReason[];
  /** For an incomplete application: what the written request asks for. */
  missing: MissingItem[];
  decidedOn: string;
  /** Last day the approval covers new care without a new application, or null. */
  validThrough: string | null;
  screening: EligibilityScreening;
}

/**
 * Decides an application: approved with the discount and AGB cap, denied with the reasons, or
 * incomplete with the list of what is missing. A verified presumptive circumstance is approved
 * without waiting for paperwork; an unverified claim of one counts for nothing yet.
 */
export function decideApplication(opts: DecideApplicationOptions): ApplicationDecision {
  const { policy, now } = opts;
  const app = FapApplication.parse(opts.application);
  const decidedOn = localDate(now, policy.timeZone);
  const missing = checkApplicationCompleteness(app, policy);
  // A written statement of no income is an income of zero.
  const annualIncomeCents = app.household.annualIncomeCents ?? (app.noIncomeAttestation ? 0 : undefined);
  const household = { ...app.household, annualIncomeCents, presumptive: verifiedPresumptiveSignals(app, policy) };
  const screening = screenEligibility(policy, household, now, { fpl: opts.fpl });
  const decided = { decidedOn, screening };

  if (screening.basis !== 'presumptive' && (missing.length > 0 || screening.status === 'needs_information')) {
    return { ...decided, decision: 'incomplete', discountPct: 0, agbPct: null, reasons: ['incomplete_application'], missing, validThrough: null };
  }
  if (!screening.eligible) {
    return { ...decided, decision: 'denied', discountPct: 0, agbPct: null, reasons: screening.reasons, missing: [], validThrough: null };
  }
  return {
    ...decided,
    decision: 'approved',
    discountPct: screening.discountPct,
    agbPct: screening.agbPct,
    reasons: screening.reasons,
    missing: [],
    validThrough: addMonths(decidedOn, policy.approvalValidMonths),
  };
}
