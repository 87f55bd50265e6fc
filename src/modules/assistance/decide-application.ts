import { FapApplication } from './application.schema.js';
import { checkApplicationCompleteness, type MissingItem } from './check-application-completeness.js';
import { addMonths, localDate } from './dates.js';
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
  missing: MissingItem[];
  decidedOn: string;
  /** Last day the approval covers new care without a new application, or null. */
  validThrough: string | null;
  screening: EligibilityScreening | null;
}

/**
 * Decides an application: incomplete (with the list of what is missing), approved with the
 * discount and AGB cap, or denied with the reasons. A verified presumptive circumstance needs no
 * income documents.
 */
export function decideApplication(opts: DecideApplicationOptions): ApplicationDecision {
  const { policy, now } = opts;
  const app = FapApplication.parse(opts.application);
  const decidedOn = localDate(now, policy.timeZone);
  const missing = checkApplicationCompleteness(app, policy);
  // An attested zero income is an income of zero.
  const annualIncomeCents = app.household.annualIncomeCents ?? (app.noIncomeAttestation ? 0 : undefined);
  const household = app.household.size === undefined ? null : { ...app.household, size: app.household.size, annualIncomeCents };
  const screening = household ? screenEligibility(policy, household, now, { fpl: opts.fpl }) : null;

  if (missing.length > 0 && !(screening?.basis === 'presumptive' && !missing.some((m) => m.item === 'household_size'))) {
    return { decision: 'incomplete', discountPct: 0, agbPct: null, reasons: ['incomplete_application'], missing, decidedOn, validThrough: null, screening };
  }
  if (!screening || screening.status === 'needs_information') {
    return { decision: 'incomplete', discountPct: 0, agbPct: null, reasons: ['incomplete_application', ...(screening?.reasons ?? [])], missing, decidedOn, validThrough: null, screening };
  }
  if (!screening.eligible) {
    return { decision: 'denied', discountPct: 0, agbPct: null, reasons: screening.reasons, missing: [], decidedOn, validThrough: null, screening };
  }
  return {
    decision: 'approved',
    discountPct: screening.discountPct,
    agbPct: screening.agbPct,
    reasons: screening.reasons,
    missing: [],
    decidedOn,
    validThrough: addMonths(decidedOn, policy.approvalValidMonths),
    screening,
  };
}
