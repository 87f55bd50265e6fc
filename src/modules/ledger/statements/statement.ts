import type { Cents } from '../../../platform/money/index.js';

export type Language = 'en' | 'es';

/** One visit (account) on a statement, as the patient should understand it. */
export interface StatementLine {
  accountId: string;
  accountRef: string;
  serviceDate: string | null;
  facility: string | null;
  /** Clinical description: shown only in the verified portal (HIPAA minimum necessary). */
  serviceDescription: string | null;
  payerName: string | null;
  chargesCents: Cents;
  insurancePaidCents: Cents;
  /** Taken off by the contract between the hospital and the insurer: never the patient's. */
  contractualAdjustmentCents: Cents;
  /** Still waiting for the insurer's decision: not billed to the patient yet. */
  insurancePendingCents: Cents;
  patientShare: { deductibleCents: Cents; coinsuranceCents: Cents; copayCents: Cents; otherCents: Cents };
  patientPaymentsCents: Cents;
  discountsCents: Cents;
  /** Taken off by an approved financial assistance application. */
  assistanceCents?: Cents;
  youOweCents: Cents;
}

export interface Statement {
  tenantName: string;
  statementDate: string;
  dueOn: string;
  language: Language;
  guarantor: { name: string; addressLines: string[] };
  lines: StatementLine[];
  totals: { chargesCents: Cents; insurancePaidCents: Cents; adjustmentsCents: Cents; insurancePendingCents: Cents; paymentsCents: Cents; youOweCents: Cents };
  /** Where the patient acts: secure portal link, phone, hours. */
  contact: { portalUrl: string; phone: string; hours: string };
  /** Code printed on the statement so the patient can check it is genuine on the portal. */
  verifyCode: string;
}

export function totalsOf(lines: StatementLine[]): Statement['totals'] {
  const sum = (f: (l: StatementLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  return {
    chargesCents: sum((l) => l.chargesCents),
    insurancePaidCents: sum((l) => l.insurancePaidCents),
    adjustmentsCents: sum((l) => l.contractualAdjustmentCents),
    insurancePendingCents: sum((l) => l.insurancePendingCents),
    paymentsCents: sum((l) => l.patientPaymentsCents),
    youOweCents: sum((l) => l.youOweCents),
  };
}
