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
  /** The payment-policy version the plan was set up under (0: the tenant's settings or the defaults; null: not recorded). */
  paymentPolicyVersion: z.number().int().nullable(),
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

const Amounts = z.object({ totalCents: z.number().int().nullable(), remainingCents: z.number().int().nullable(), metCents: z.number().int().nullable() });

/** A payer's eligibility answer (X12 271) and when it was asked. */
export const Eligibility = z.object({
  trace: z.string().nullable(),
  active: z.boolean(),
  planName: z.string().nullable(),
  /** In-network copays by service type code (98 office, 86 emergency, 30 general...). */
  copayCents: z.record(z.string(), z.number().int()),
  coinsurancePercent: z.number().nullable(),
  deductible: Amounts,
  outOfPocket: Amounts,
  errors: z.array(z.object({ code: z.string(), message: z.string() })),
  checkedAt: z.string(),
});

/** An insurance coverage with its latest eligibility answer. */
export const CoverageView = z.object({
  id: z.string(),
  source: z.string(),
  payerName: z.string(),
  payerId: z.string().nullable(),
  memberId: z.string(),
  groupId: z.string().nullable(),
  planName: z.string().nullable(),
  priority: z.number().int(),
  eligibility: Eligibility.nullable(),
});
export type CoverageView = z.infer<typeof CoverageView>;

const Cents = z.number().int();

/** One visit on a statement: charges, what insurance paid and why the rest is the patient's. */
export const StatementLine = z.object({
  accountId: z.string(),
  accountRef: z.string(),
  serviceDate: z.string().nullable(),
  facility: z.string().nullable(),
  /** Clinical description: shown only in the verified portal (HIPAA minimum necessary). */
  serviceDescription: z.string().nullable(),
  payerName: z.string().nullable(),
  chargesCents: Cents,
  insurancePaidCents: Cents,
  contractualAdjustmentCents: Cents,
  insurancePendingCents: Cents,
  patientShare: z.object({ deductibleCents: Cents, coinsuranceCents: Cents, copayCents: Cents, otherCents: Cents }),
  patientPaymentsCents: Cents,
  discountsCents: Cents,
  assistanceCents: Cents.optional(),
  youOweCents: Cents,
});

/** A plain-language statement: every visit, the totals, and where the patient can act. */
export const Statement = z.object({
  tenantName: z.string(),
  statementDate: z.string(),
  dueOn: z.string(),
  language: z.enum(['en', 'es']),
  guarantor: z.object({ name: z.string(), addressLines: z.array(z.string()) }),
  lines: z.array(StatementLine),
  totals: z.object({ chargesCents: Cents, insurancePaidCents: Cents, adjustmentsCents: Cents, insurancePendingCents: Cents, paymentsCents: Cents, youOweCents: Cents }),
  contact: z.object({ portalUrl: z.string(), phone: z.string(), hours: z.string() }),
  verifyCode: z.string(),
});

/**
 * The compliance engine's answer to a contact question: allowed or not, the reason codes, when
 * it would be allowed, and the question id, kind and rule set that decided.
 */
export const ComplianceDecision = z.object({
  id: z.union([z.string(), z.number()]).nullable().optional(),
  kind: z.string().optional(),
  allowed: z.boolean(),
  reasons: z.array(z.string()),
  earliestAllowedAt: z.string().nullable().optional(),
  earliestAllowedOn: z.string().nullable().optional(),
  ruleSetVersion: z.string().optional(),
  /** A malformed question: the first problem, and every one when there are several. */
  error: z.object({ path: z.string(), message: z.string() }).optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ComplianceDecision = z.infer<typeof ComplianceDecision>;
