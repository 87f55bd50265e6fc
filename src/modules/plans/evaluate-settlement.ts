import type { DiscountPolicy } from './discounts.schema.js';

export interface EvaluateSettlementOptions {
  balanceCents: number;
  /** The lump sum the patient offers (or the agent proposes) to settle the balance. */
  settlementCents: number;
  policy: DiscountPolicy;
  /** The largest discount this agent may grant without a supervisor's approval. */
  agentMaxDiscountPct: number;
}

export type SettlementReason =
  | 'within_agent_limit'
  | 'beyond_agent_limit'
  | 'beyond_tenant_bounds'
  | 'settlement_not_offered'
  | 'balance_below_settlement_minimum'
  | 'not_a_discount';

export interface SettlementDecision {
  allowed: boolean;
  requiresApproval: boolean;
  discountCents: number;
  /** Rounded to two decimals for display; limits are compared on the exact figure. */
  discountPct: number;
  reasons: SettlementReason[];
}

/** True when discountCents / balanceCents exceeds pct/100, compared exactly. */
function exceeds(discountCents: number, balanceCents: number, pct: number): boolean {
  return BigInt(discountCents) * 10_000n > BigInt(Math.round(pct * 100)) * BigInt(balanceCents);
}

/**
 * Is this settlement within the tenant's bounds, and may this agent grant it alone? Beyond the
 * tenant's bounds it is refused; beyond the agent's own limit it needs approval.
 */
export function evaluateSettlement(opts: EvaluateSettlementOptions): SettlementDecision {
  const { balanceCents, settlementCents, policy } = opts;
  const discountCents = Math.max(0, balanceCents - settlementCents);
  const discountPct = balanceCents > 0 ? Math.round((discountCents * 10_000) / balanceCents) / 100 : 0;
  const result = (allowed: boolean, requiresApproval: boolean, reasons: SettlementReason[]): SettlementDecision => ({
    allowed,
    requiresApproval,
    discountCents,
    discountPct,
    reasons,
  });
  if (discountCents === 0) return result(true, false, ['not_a_discount']);
  const bounds = policy.settlement;
  if (!bounds) return result(false, false, ['settlement_not_offered']);
  if (balanceCents < bounds.minBalanceCents) return result(false, false, ['balance_below_settlement_minimum']);
  if (exceeds(discountCents, balanceCents, bounds.maxDiscountPct)) return result(false, false, ['beyond_tenant_bounds']);
  if (exceeds(discountCents, balanceCents, opts.agentMaxDiscountPct)) return result(true, true, ['beyond_agent_limit']);
  return result(true, false, ['within_agent_limit']);
}
