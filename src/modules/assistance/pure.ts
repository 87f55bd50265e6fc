// The pure part of assistance, a second entry point beside index.ts that loads no database code:
// the FAP policy's shape, Kindly's default policy and screening a household against it (the
// strategy simulator's worker threads import this).
export { FapPolicy, FapTier, Household, PresumptiveKind, PresumptiveSignal, PRESUMPTIVE_KINDS } from './fap-policy.schema.js';
export type { FapPolicyInput } from './fap-policy.schema.js';
export { DEFAULT_FAP_POLICY } from './default-fap-policy.js';
export { screenEligibility } from './screen-eligibility.js';
export type { EligibilityScreening, FapReason, ScreenOptions } from './screen-eligibility.js';
