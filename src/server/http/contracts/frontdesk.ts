import { z } from 'zod';
import { CoverageView, Eligibility, PaymentView } from './common.js';

export { CoverageView };

const Words = z.object({ en: z.string(), es: z.string() });
const Sentences = z.object({ en: z.array(z.string()), es: z.array(z.string()) });

/** A patient found at the desk. */
export const PatientMatch = z.object({ personId: z.string(), name: z.string(), birthDate: z.string().nullable(), mrn: z.string(), language: z.string() });
export type PatientMatch = z.infer<typeof PatientMatch>;
export const PatientMatchList = z.object({ items: z.array(PatientMatch) });
export type PatientMatchList = z.infer<typeof PatientMatchList>;

/** The patient at the desk: identity, coverage on file and what is owed from earlier visits. */
export const DeskPatient = z.object({
  patient: PatientMatch.extend({ email: z.string().nullable(), phone: z.string().nullable() }),
  coverages: z.array(CoverageView),
  priorBalanceCents: z.number().int(),
});
export type DeskPatient = z.infer<typeof DeskPatient>;

/** A payer's eligibility answer (X12 271) as it came back from the clearinghouse. */
export const EligibilityCheck = z.object({ checkId: z.string(), coverage: CoverageView, result: Eligibility.omit({ checkedAt: true }) });
export type EligibilityCheck = z.infer<typeof EligibilityCheck>;

/** What the desk shows and says at check-in. */
export const DeskView = z.object({
  visitId: z.string(),
  visitType: z.string(),
  /** False in the emergency department: no payment is discussed before screening and stabilization. */
  paymentPrompt: z.boolean(),
  emtalaNotice: z.string().nullable(),
  copayCents: z.number().int().nullable(),
  priorBalanceCents: z.number().int(),
  script: Sentences,
  coverageChecked: z.boolean(),
});
export type DeskView = z.infer<typeof DeskView>;

export const CopayResult = z.object({ payment: PaymentView, accountId: z.string() });
export type CopayResult = z.infer<typeof CopayResult>;

/** A service the desk can estimate, with its prices. */
export const PriceListItem = z.object({
  code: z.string(),
  description: Words,
  serviceType: z.string(),
  grossChargeCents: z.number().int(),
  cashPriceCents: z.number().int(),
  negotiatedRateCents: z.number().int(),
});
export type PriceListItem = z.infer<typeof PriceListItem>;
export const PriceList = z.object({ items: z.array(PriceListItem) });
export type PriceList = z.infer<typeof PriceList>;

/** A patient estimate: the payer's rate and benefits when insured, the cash price when self-pay. */
export const PatientEstimate = z.object({
  kind: z.enum(['insured', 'self_pay']),
  lines: z.array(z.object({ code: z.string(), description: Words, quantity: z.number().int(), grossChargeCents: z.number().int(), expectedCents: z.number().int() })),
  grossChargeCents: z.number().int(),
  expectedCents: z.number().int(),
  patientCents: z.number().int(),
  insuranceCents: z.number().int(),
  basis: Sentences,
});
export type PatientEstimate = z.infer<typeof PatientEstimate>;

export const EstimateResult = z.object({
  estimate: PatientEstimate,
  /** Uninsured or self-pay patients have a right to a Good Faith Estimate (No Surprises Act). */
  goodFaithEstimate: z.object({ required: z.boolean(), dueBy: z.string().nullable() }),
});
export type EstimateResult = z.infer<typeof EstimateResult>;

/** A receipt to print (no card number, no clinical detail). */
export const Receipt = z.object({
  paymentId: z.string(),
  confirmation: z.string(),
  tenantName: z.string(),
  patientName: z.string(),
  amountCents: z.number().int(),
  card: z.object({ brand: z.string(), last4: z.string() }).nullable(),
  paidAt: z.string(),
  timeZone: z.string(),
  purpose: Words,
});
export type Receipt = z.infer<typeof Receipt>;

export const ReceiptSent = z.object({ sent: z.boolean() });
export type ReceiptSent = z.infer<typeof ReceiptSent>;
