import { screenEligibility, type FapPolicy, type PresumptiveSignal } from '../assistance/index.js';
import { presetByName } from '../compliance/index.js';

export type ScreeningStatus = 'likely_eligible' | 'possibly_eligible' | 'not_indicated' | 'assisted';
export type ScreeningBasis = 'presumptive' | 'estimated_income' | 'state_law' | 'hardship_model' | null;

export interface ScreeningReason {
  code: string;
  text: string;
}

/** What the book screening knows about one account's patient, gathered set-based. */
export interface ScreeningFacts {
  /** Two-letter state of the patient (or the tenant's when unknown). */
  state: string | null;
  deceased: boolean;
  medicaidCoverage: boolean;
  /** Circumstances reported on earlier assistance applications (SNAP, WIC, homelessness, no estate). */
  reportedPresumptive: PresumptiveSignal['kind'][];
  /** Latest approval date (YYYY-MM-DD), for the policy's look-back. */
  lastApprovedOn: string | null;
  /** An application is being decided, or an approval still covers today. */
  pendingApplication: boolean;
  activeApproval: boolean;
  householdSize: number | null;
  annualIncomeCents: number | null;
  /** The hardship model's score, when the account has been scored. */
  hardship: number | null;
}

export interface AccountScreening {
  status: ScreeningStatus;
  basis: ScreeningBasis;
  reasons: ScreeningReason[];
  discountPct: number;
  estimatedFplPercent: number | null;
}

/** State charity-care laws with income floors, by state (compliance presets). */
export const STATE_CHARITY_CARE: Record<string, string> = { WA: 'WA_tier2', CA: 'CA_fair_pricing', MD: 'MD_free_reduced' };

/** Hardship likelihood at or above which a patient with no income on file is flagged for a counselor. */
export const HARDSHIP_FLAG = 0.5;

const PRESUMPTIVE_TEXT: Record<PresumptiveSignal['kind'], string> = {
  medicaid: 'has Medicaid coverage on file',
  snap: 'reported receiving SNAP (food assistance)',
  wic: 'reported receiving WIC',
  homeless: 'reported being without a home',
  deceased_no_estate: 'has died and there is no estate',
  prior_approval: 'was approved for financial assistance within the policy’s look-back',
};

/**
 * Screens one account against the tenant's FAP (pure): presumptive circumstances first, then the
 * household income an earlier application reported (against the FAP and the state's charity-care
 * law), then the hardship model. Never denies anything: the worst outcome is "not indicated",
 * which changes nothing about what the patient may ask for.
 */
export function screenAccount(policy: FapPolicy, facts: ScreeningFacts, now: Date): AccountScreening {
  if (facts.pendingApplication || facts.activeApproval) {
    return {
      status: 'assisted',
      basis: null,
      reasons: [facts.pendingApplication ? { code: 'application_pending', text: 'an assistance application is being decided' } : { code: 'approval_active', text: 'an assistance approval covers this bill' }],
      discountPct: 0,
      estimatedFplPercent: null,
    };
  }
  const signals: PresumptiveSignal[] = [];
  if (facts.medicaidCoverage) signals.push({ kind: 'medicaid' });
  for (const k of facts.reportedPresumptive) if (k !== 'prior_approval' && k !== 'medicaid') signals.push({ kind: k });
  if (facts.lastApprovedOn) signals.push({ kind: 'prior_approval', on: facts.lastApprovedOn });
  const state = facts.state && /^[A-Za-z]{2}$/.test(facts.state) ? facts.state.toUpperCase() : undefined;
  if (signals.length) {
    const s = screenEligibility(policy, { presumptive: signals, ...(state ? { state } : {}) }, now);
    if (s.eligible && s.presumptive) {
      return { status: 'likely_eligible', basis: 'presumptive', reasons: [{ code: `presumptive_${s.presumptive}`, text: PRESUMPTIVE_TEXT[s.presumptive] }], discountPct: s.discountPct, estimatedFplPercent: null };
    }
  }
  if (facts.annualIncomeCents !== null && facts.householdSize) {
    const household = { size: facts.householdSize, annualIncomeCents: facts.annualIncomeCents, ...(state ? { state } : {}) };
    const s = screenEligibility(policy, household, now);
    const pct = s.fplPercent;
    const incomeText = pct === null ? 'reported household income' : `reported household income is ${Math.round(pct)}% of the federal poverty guideline`;
    if (s.eligible) {
      return { status: 'likely_eligible', basis: 'estimated_income', reasons: [{ code: 'income_within_policy', text: `${incomeText}, within the assistance policy` }], discountPct: s.discountPct, estimatedFplPercent: pct };
    }
    const law = state ? presetByName(STATE_CHARITY_CARE[state] ?? '') : undefined;
    const top = law ? Math.max(...law.tiers.map((t) => t.maxFplPercent)) : null;
    if (law && top !== null && pct !== null && pct <= top) {
      return { status: 'likely_eligible', basis: 'state_law', reasons: [{ code: 'state_charity_care', text: `${incomeText}, within ${state}'s charity-care law (${law.citation})` }], discountPct: 0, estimatedFplPercent: pct };
    }
    if (s.status === 'needs_information') {
      return { status: 'possibly_eligible', basis: 'estimated_income', reasons: [{ code: 'needs_information', text: `${incomeText}; the policy needs more information (${s.needs.join(', ')})` }], discountPct: 0, estimatedFplPercent: pct };
    }
  }
  if (facts.deceased) {
    return { status: 'possibly_eligible', basis: null, reasons: [{ code: 'deceased_estate_unknown', text: 'the patient has died; whether there is an estate is not known' }], discountPct: 0, estimatedFplPercent: null };
  }
  if (facts.hardship !== null && facts.hardship >= HARDSHIP_FLAG) {
    return { status: 'possibly_eligible', basis: 'hardship_model', reasons: [{ code: 'hardship_likely', text: `the hardship model puts the chance of financial hardship at ${Math.round(facts.hardship * 100)}%` }], discountPct: 0, estimatedFplPercent: null };
  }
  return { status: 'not_indicated', basis: null, reasons: [{ code: 'no_indication', text: 'nothing on file suggests the patient qualifies; they can still apply' }], discountPct: 0, estimatedFplPercent: null };
}
