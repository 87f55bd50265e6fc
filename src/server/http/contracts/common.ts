import { z } from 'zod';

/** A JSON object whose keys are open (details, settings): passed through as sent. */
export const JsonObject = z.record(z.string(), z.unknown());

/** `{ deleted: true }` for a removal that went through. */
export const Deleted = z.object({ deleted: z.boolean() });

/** A payment plan: its schedule, where it stands and what comes next. */
export const PlanView = z.object({
  id: z.string(),
  accountId: z.string(),
  status: z.string(),
  totalCents: z.number().int(),
  remainingCents: z.number().int(),
  monthlyPaymentCents: z.number().int(),
  nextDue: z.object({ seq: z.number().int(), dueOn: z.string(), amountCents: z.number().int() }).nullable(),
  installments: z.array(z.object({ seq: z.number().int(), dueOn: z.string(), amountCents: z.number().int(), paidCents: z.number().int() })),
  history: z.array(z.object({ at: z.string(), from: z.string().nullable(), to: z.string(), reason: z.string() })),
  autopay: z.object({ brand: z.string().nullable(), last4: z.string() }).nullable(),
  pausedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type PlanView = z.infer<typeof PlanView>;

/** What an assistance application still lacks, in English and Spanish. */
export const MissingItem = z.object({ item: z.string(), message: z.string(), messageEs: z.string() });

/** A financial assistance application with its documents and decision. */
export const ApplicationView = z.object({
  id: z.string(),
  personId: z.string(),
  accountId: z.string().nullable(),
  status: z.string(),
  receivedOn: z.string(),
  household: z.object({
    size: z.number().int().nullable(),
    annualIncomeCents: z.number().int().nullable(),
    assetsCents: z.number().int().nullable(),
    state: z.string().nullable(),
    presumptive: z.array(z.object({ kind: z.string(), on: z.string().optional() })),
  }),
  noIncomeAttestation: z.boolean(),
  signed: z.boolean(),
  language: z.enum(['en', 'es']),
  channel: z.string(),
  missing: z.array(MissingItem),
  documents: z.array(z.object({ id: z.string(), kind: z.string(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int(), sha256: z.string(), uploadedAt: z.string() })),
  decision: z
    .object({
      id: z.string(),
      decision: z.string(),
      discountPct: z.number(),
      agbPct: z.number().nullable(),
      reasons: z.array(z.string()),
      decidedOn: z.string(),
      validThrough: z.string().nullable(),
      details: JsonObject,
    })
    .nullable(),
  holdActive: z.boolean(),
  createdAt: z.string(),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

/** A card payment as the patient and staff see it. */
export const PaymentView = z.object({
  id: z.string(),
  accountId: z.string(),
  status: z.string(),
  amountCents: z.number().int(),
  discountCents: z.number().int(),
  discountKind: z.string().nullable(),
  card: z.object({ brand: z.string(), last4: z.string() }).nullable(),
  failure: z.object({ code: z.string(), userMessage: z.string() }).nullable(),
  gatewayChargeId: z.string().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});
export type PaymentView = z.infer<typeof PaymentView>;

/** An insurance coverage with its latest eligibility answer (the 271's figures pass through). */
export const CoverageView = z.object({
  id: z.string(),
  source: z.string(),
  payerName: z.string(),
  payerId: z.string().nullable(),
  memberId: z.string(),
  groupId: z.string().nullable(),
  planName: z.string().nullable(),
  priority: z.number().int(),
  eligibility: z.looseObject({ active: z.boolean(), planName: z.string().nullable(), checkedAt: z.string() }).nullable(),
});
export type CoverageView = z.infer<typeof CoverageView>;

/** One visit on a statement: charges, what insurance paid and why the rest is the patient's. */
export const StatementLine = z.looseObject({
  accountId: z.string(),
  accountRef: z.string(),
  serviceDate: z.string().nullable(),
  facility: z.string().nullable(),
  youOweCents: z.number().int(),
});
