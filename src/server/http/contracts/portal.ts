import { z } from 'zod';
import { ApplicationView, MissingItem, PaymentView, PlanView, Statement } from './common.js';

export type { ApplicationView, PaymentView, PlanView };

/** What a link allows before the identity check (no PHI). */
export const LinkStatus = z.object({ tenantName: z.string(), actions: z.array(z.string()), expiresAt: z.string(), verified: z.boolean(), locked: z.boolean(), lockedUntil: z.string().nullable() });
export type LinkStatus = z.infer<typeof LinkStatus>;

export const Verified = z.object({ verified: z.literal(true), expiresAt: z.string() });

const Cents = z.number().int();

/** Pay in full today, with the tenant's prompt-pay or early-out discount when one is open. */
export const PayInFull = z.object({ kind: z.enum(['prompt_pay', 'early_out']).nullable(), discountPct: z.number(), discountCents: Cents, amountDueCents: Cents, validThrough: z.string().nullable() });

/** The verified patient's bill page. */
export const PortalSummary = z.object({
  tenantName: z.string(),
  givenName: z.string(),
  language: z.enum(['en', 'es']),
  account: z.object({ id: z.string(), externalRef: z.string(), serviceDate: z.string().nullable(), balanceCents: Cents, patientDueCents: Cents, insurancePendingCents: Cents, status: z.string() }),
  statement: Statement,
  statementHtml: z.string(),
  payInFull: PayInFull,
  plan: PlanView.nullable(),
  assistance: ApplicationView.nullable(),
  payments: z.array(PaymentView),
  actions: z.array(z.string()),
  gateway: z.string(),
  publishableKey: z.string().nullable(),
  today: z.string(),
});
export type PortalSummary = z.infer<typeof PortalSummary>;

export const CardToken = z.object({ token: z.string(), card: z.object({ brand: z.string(), last4: z.string() }) });

/** A payment made from the portal, with its confirmation number and the balance after it. */
export const PortalPaymentResult = z.object({
  payment: PaymentView,
  confirmationNumber: z.string(),
  balanceAfterCents: Cents,
  receipt: z.object({ to: z.string() }).nullable(),
  replayed: z.boolean(),
});
export type PortalPaymentResult = z.infer<typeof PortalPaymentResult>;

/** One plan the patient may choose: interest-free, with its whole schedule. */
export const PlanOption = z.object({
  months: z.number().int(),
  monthlyPaymentCents: Cents,
  totalCents: Cents,
  interestCents: z.literal(0),
  label: z.enum(['shortest', 'balanced', 'lowest_payment']),
  firstDueOn: z.string(),
  lastDueOn: z.string(),
  anchorDay: z.number().int(),
  schedule: z.array(z.object({ dueOn: z.string(), amountCents: Cents })),
});
export type PlanOption = z.infer<typeof PlanOption>;

/** Plan options within the payment the patient can afford, or a referral to assistance when none fits. */
export const PlanQuote = z.object({
  capCents: Cents,
  capReasons: z.array(z.string()),
  options: z.array(PlanOption),
  recommended: z.number().int().nullable(),
  referToAssistance: z.boolean(),
  startOn: z.string(),
  capBelowPolicyMinimum: z.boolean(),
});
export type PlanQuote = z.infer<typeof PlanQuote>;

export const PortalPlanQuote = PlanQuote.extend({ balanceCents: Cents, today: z.string(), plan: PlanView.nullable() });
export type PortalPlanQuote = z.infer<typeof PortalPlanQuote>;

export const AcceptedPortalPlan = z.object({ plan: PlanView.nullable(), option: PlanOption });
export type AcceptedPortalPlan = z.infer<typeof AcceptedPortalPlan>;

export const SubmittedApplication = z.object({ applicationId: z.string(), status: z.string(), missing: z.array(MissingItem) });
export type SubmittedApplication = z.infer<typeof SubmittedApplication>;

export const PortalAssistance = z.object({ application: ApplicationView.nullable(), documentKinds: z.array(z.string()) });
export type PortalAssistance = z.infer<typeof PortalAssistance>;

export const FinishedApplication = SubmittedApplication.extend({ noticeSent: z.boolean() });
export type FinishedApplication = z.infer<typeof FinishedApplication>;

export const UploadedDocument = z.object({ documentId: z.string(), sha256: z.string(), missing: z.array(MissingItem) });
export type UploadedDocument = z.infer<typeof UploadedDocument>;
