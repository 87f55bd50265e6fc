import type { FapPolicyInput } from './fap-policy.schema.js';

/**
 * A tenant without its own FAP (`tenants.settings.payments.fap`) gets a common nonprofit sliding
 * scale: free care at or below 200% of the poverty guideline, 75% off to 300%, 50% off to 400%,
 * never more than amounts generally billed (40% of gross charges).
 */
export const DEFAULT_FAP_POLICY: FapPolicyInput = {
  name: 'kindly-default',
  tiers: [
    { maxFplPercent: 200, discountPct: 100 },
    { maxFplPercent: 300, discountPct: 75 },
    { maxFplPercent: 400, discountPct: 50 },
  ],
  agbPct: 40,
};
