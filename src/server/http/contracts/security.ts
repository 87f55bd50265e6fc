import { z } from 'zod';

/**
 * A security review for admins: a staff account locked after repeated wrong passwords
 * (`staff_sign_in`, with the user and until when) or a patient link closed after repeated failed
 * identity checks (`payment_link`). Ids only, no names.
 */
export const SecurityReview = z.object({
  id: z.string(),
  status: z.string(),
  reason: z.string().nullable(),
  subject: z.string().nullable(),
  detail: z
    .looseObject({ subject: z.string().optional(), userId: z.string().optional(), linkId: z.string().optional(), lockedUntil: z.string().optional(), lockouts: z.number().int().optional() })
    .nullable(),
  personId: z.string().nullable(),
  accountId: z.string().nullable(),
  createdAt: z.string(),
});
export type SecurityReview = z.infer<typeof SecurityReview>;
export const SecurityReviewList = z.object({ items: z.array(SecurityReview) });
export type SecurityReviewList = z.infer<typeof SecurityReviewList>;
