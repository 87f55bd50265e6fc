import { z } from 'zod';
import { ConfigIssue } from './configuration.js';

const cents = z.number().int();

/** One household's screening under a FAP policy, and what it would owe on the sample bill. */
export const FapPreviewOutcome = z.object({
  status: z.string(),
  eligible: z.boolean(),
  basis: z.string().nullable(),
  discountPct: z.number(),
  fplPercent: z.number().nullable(),
  patientPaysCents: cents,
  needs: z.array(z.string()),
});

/** A draft FAP policy beside the one in use, for sample households. */
export const FapPolicyPreview = z.object({
  kind: z.literal('fap_policy'),
  issues: z.array(ConfigIssue),
  currentVersion: z.number().int(),
  sampleBillCents: cents,
  rows: z.array(
    z.object({
      household: z.object({ size: z.number().int(), fplPercent: z.number(), state: z.string(), annualIncomeCents: cents, presumptive: z.string().nullable() }),
      current: FapPreviewOutcome,
      draft: FapPreviewOutcome,
      changed: z.boolean(),
    }),
  ),
});
export type FapPolicyPreview = z.infer<typeof FapPolicyPreview>;

/** The plans (and pay-in-full discount) a patient with a sample balance would be offered under a payment policy. */
export const PaymentPreviewOutcome = z.object({
  options: z.array(z.object({ months: z.number().int(), monthlyPaymentCents: cents, lastPaymentCents: cents, label: z.string() })),
  recommended: z.number().int().nullable(),
  capCents: cents,
  capReasons: z.array(z.string()),
  referToAssistance: z.boolean(),
  maxMonths: z.number().int(),
  minMonthlyPaymentCents: cents,
  firstDueOn: z.string(),
  payInFull: z.object({ discountPct: z.number(), amountDueCents: cents, withinDays: z.number().int() }).nullable(),
});

/** A draft payment policy beside the one in use, for sample balances. */
export const PaymentPolicyPreview = z.object({
  kind: z.literal('payment_policy'),
  issues: z.array(ConfigIssue),
  currentVersion: z.number().int(),
  rows: z.array(
    z.object({
      sample: z.object({ balanceCents: cents, monthlyIncomeCents: cents.optional() }),
      current: PaymentPreviewOutcome,
      draft: PaymentPreviewOutcome,
      changed: z.boolean(),
    }),
  ),
});
export type PaymentPolicyPreview = z.infer<typeof PaymentPolicyPreview>;

export const PolicyPreview = z.discriminatedUnion('kind', [FapPolicyPreview, PaymentPolicyPreview]);
export type PolicyPreview = z.infer<typeof PolicyPreview>;
