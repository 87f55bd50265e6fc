import { describe, expect, it } from 'vitest';
import { DiscountPolicy } from './discounts.schema.js';
import { evaluateSettlement } from './evaluate-settlement.js';
import { discountCentsFor, quotePayInFull } from './quote-pay-in-full.js';

const policy = DiscountPolicy.parse({
  promptPay: { pct: 10, withinDaysOfService: 0 },
  earlyOut: { pct: 5, withinDaysOfFirstStatement: 30 },
  settlement: { maxDiscountPct: 30, minBalanceCents: 10000 },
});

describe('pay-in-full discounts', () => {
  it('gives the prompt-pay discount on the day of service and the early-out one within 30 days of the statement', () => {
    expect(quotePayInFull({ balanceCents: 84999, today: '2026-03-01', serviceOn: '2026-03-01', policy })).toMatchObject({
      kind: 'prompt_pay',
      discountCents: 8500,
      amountDueCents: 76499,
      validThrough: '2026-03-01',
    });
    const base = { balanceCents: 84999, serviceOn: '2026-03-01', firstStatementOn: '2026-03-20', policy };
    expect(quotePayInFull({ ...base, today: '2026-04-19' })).toMatchObject({ kind: 'early_out', discountCents: 4250, validThrough: '2026-04-19' });
    expect(quotePayInFull({ ...base, today: '2026-04-20' })).toMatchObject({ kind: null, discountCents: 0, amountDueCents: 84999 });
  });

  it('rounds half a cent in the patient favour', () => {
    expect(discountCentsFor(25, 10)).toBe(3); // 2.5 -> 3
    expect(discountCentsFor(24, 10)).toBe(2);
    expect(discountCentsFor(999_999_999_999, 12.34)).toBe(123_400_000_000);
  });
});

describe('settlements', () => {
  const base = { balanceCents: 100000, policy, agentMaxDiscountPct: 15 };

  it('an agent may settle within their own limit', () => {
    expect(evaluateSettlement({ ...base, settlementCents: 85000 })).toEqual({
      allowed: true,
      requiresApproval: false,
      discountCents: 15000,
      discountPct: 15,
      reasons: ['within_agent_limit'],
    });
  });

  it('needs approval one cent beyond the agent limit, and is refused beyond the tenant bounds', () => {
    expect(evaluateSettlement({ ...base, settlementCents: 84999 })).toMatchObject({ allowed: true, requiresApproval: true, reasons: ['beyond_agent_limit'] });
    expect(evaluateSettlement({ ...base, settlementCents: 70000 })).toMatchObject({ allowed: true, requiresApproval: true });
    expect(evaluateSettlement({ ...base, settlementCents: 69999 })).toMatchObject({ allowed: false, reasons: ['beyond_tenant_bounds'] });
  });

  it('is not offered on small balances or when the tenant has no settlement policy', () => {
    expect(evaluateSettlement({ ...base, balanceCents: 9999, settlementCents: 9000 })).toMatchObject({ allowed: false, reasons: ['balance_below_settlement_minimum'] });
    expect(evaluateSettlement({ ...base, policy: {}, settlementCents: 90000 })).toMatchObject({ allowed: false, reasons: ['settlement_not_offered'] });
    expect(evaluateSettlement({ ...base, settlementCents: 100000 })).toMatchObject({ allowed: true, reasons: ['not_a_discount'] });
  });
});
