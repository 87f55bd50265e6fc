import { caReasonablePaymentCapCents } from './affordability.js';
import type { PaymentCapDecision } from './decisions.js';
import type { RuleSet } from './rule-set.js';
import type { PaymentCapQuestion } from './schemas.js';

/**
 * kind "payment_cap": the most a qualifying patient may be asked to pay per month. California's
 * reasonable payment formula caps extended payment plans at 10% of family income for a month
 * after essential living expenses, and those plans are interest-free (Health & Safety Code
 * §127425). With no state formula Kindly knows, there is no legal cap (null) and no legal bar on
 * interest; tenant policy still applies in the plans module.
 */
export function decidePaymentCap(q: PaymentCapQuestion, ruleSet: RuleSet): PaymentCapDecision {
  if (q.state === 'CA') {
    return {
      id: q.id,
      kind: 'payment_cap',
      maxMonthlyPaymentCents: caReasonablePaymentCapCents(q.monthlyFamilyIncomeCents, q.monthlyEssentialExpensesCents ?? 0),
      interestAllowed: false,
      reasons: [],
      ruleSetVersion: ruleSet.version,
    };
  }
  return { id: q.id, kind: 'payment_cap', maxMonthlyPaymentCents: null, interestAllowed: true, reasons: [], ruleSetVersion: ruleSet.version };
}
