import { z } from 'zod';

const pct = z.number().min(0).max(100);

/** The tenant's discount bounds. */
export const DiscountPolicy = z.object({
  /** Discount for paying in full at or before the visit. */
  promptPay: z.object({ pct, withinDaysOfService: z.number().int().min(0).max(365) }).optional(),
  /** "Early-out" discount for paying in full soon after the first statement. */
  earlyOut: z.object({ pct, withinDaysOfFirstStatement: z.number().int().min(0).max(365) }).optional(),
  /** Settlement: the largest discount the tenant allows on a lump-sum settlement. */
  settlement: z.object({ maxDiscountPct: pct, minBalanceCents: z.number().int().min(0).default(0) }).optional(),
});
export type DiscountPolicy = z.output<typeof DiscountPolicy>;
