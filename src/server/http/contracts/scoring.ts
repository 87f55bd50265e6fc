import { z } from 'zod';

const Reason = z.object({ feature: z.string(), direction: z.enum(['up', 'down']), text: z.string() });

/** An account's propensity and hardship scores with their reasons, and its assistance screening. */
export const AccountScores = z.object({
  accountId: z.string(),
  scores: z.array(z.object({ target: z.enum(['pay_30', 'pay_90', 'hardship']), label: z.string(), score: z.number(), reasons: z.array(Reason) })),
  modelVersion: z.string().nullable(),
  scoredAt: z.string().nullable(),
  screening: z
    .object({
      status: z.enum(['likely_eligible', 'possibly_eligible', 'not_indicated', 'assisted']),
      basis: z.string().nullable(),
      reasons: z.array(z.object({ code: z.string(), text: z.string() })),
      discountPct: z.number(),
      estimatedFplPercent: z.number().nullable(),
      screenedAt: z.string(),
      policyName: z.string(),
      taskCreated: z.boolean(),
    })
    .nullable(),
});
export type AccountScores = z.infer<typeof AccountScores>;
