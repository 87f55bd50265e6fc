import { FapApplication, type DocumentKind, type ParsedFapApplication } from './application.schema.js';
import type { FapPolicy, PresumptiveKind, PresumptiveSignal } from './fap-policy.schema.js';

export type MissingItemCode =
  | 'household_size'
  | 'household_income'
  | 'income_proof'
  | 'asset_information'
  | 'asset_statement'
  | 'signature';

export interface MissingItem {
  item: MissingItemCode;
  /** Plain words for the written request for missing information (English). */
  message: string;
  /** The same in Spanish. */
  messageEs: string;
}

const MESSAGES: Record<MissingItemCode, [string, string]> = {
  household_size: [
    'How many people are in your household: you, your spouse or partner, and anyone you claim as a dependent.',
    'Cuántas personas hay en su hogar: usted, su cónyuge o pareja y las personas que declara como dependientes.',
  ],
  household_income: [
    "Your household's total yearly income before taxes.",
    'El ingreso anual total de su hogar antes de impuestos.',
  ],
  income_proof: [
    "Proof of income, such as recent pay stubs, last year's tax return or a benefits letter. If no one in your household has income, a signed statement saying so is enough.",
    'Un comprobante de ingresos, como talones de pago recientes, la declaración de impuestos del año pasado o una carta de beneficios. Si nadie en su hogar tiene ingresos, basta con una declaración firmada que lo diga.',
  ],
  asset_information: [
    'The total of your savings and other assets our policy asks about.',
    'El total de sus ahorros y otros bienes que nuestra política pide.',
  ],
  asset_statement: [
    'A recent bank or account statement showing those savings.',
    'Un estado de cuenta bancario reciente que muestre esos ahorros.',
  ],
  signature: ['Your signature on the application.', 'Su firma en la solicitud.'],
};

const INCOME_PROOF: readonly DocumentKind[] = ['pay_stub', 'tax_return', 'benefit_letter', 'employer_letter', 'no_income_attestation'];

/** Documents that verify a presumptive circumstance, so income proof is not needed. */
const PRESUMPTIVE_PROOF: Record<PresumptiveKind, readonly DocumentKind[]> = {
  medicaid: ['medicaid_card', 'benefit_letter'],
  snap: ['snap_letter', 'benefit_letter'],
  wic: ['wic_letter', 'benefit_letter'],
  homeless: ['homeless_attestation'],
  deceased_no_estate: ['death_certificate', 'estate_attestation'],
  prior_approval: [],
};

/** Presumptive circumstances shown by a document or verified (dated) by staff or a data source. */
export function verifiedPresumptiveSignals(app: ParsedFapApplication, policy?: FapPolicy): PresumptiveSignal[] {
  const kinds = policy?.presumptive.criteria;
  const docs = new Set(app.documents.map((d) => d.kind));
  return app.household.presumptive.filter((s) => {
    if (kinds && !kinds.includes(s.kind)) return false;
    if (s.on !== undefined) return true;
    const proof = PRESUMPTIVE_PROOF[s.kind];
    if (s.kind === 'deceased_no_estate') return proof.every((k) => docs.has(k));
    return proof.some((k) => docs.has(k));
  });
}

/**
 * What is still missing from an application, in the words of the written request the patient
 * receives (501(r): an incomplete application gets a notice listing what is needed). With the
 * policy, asset items are asked only when it has an asset test. Empty when complete.
 */
export function checkApplicationCompleteness(application: FapApplication, policy?: FapPolicy): MissingItem[] {
  const app = FapApplication.parse(application);
  const missing: MissingItemCode[] = [];
  const h = app.household;
  const docs = new Set(app.documents.map((d) => d.kind));
  const presumptive = verifiedPresumptiveSignals(app, policy).length > 0;
  if (!presumptive) {
    if (h.size === undefined) missing.push('household_size');
    if (h.annualIncomeCents === undefined && !app.noIncomeAttestation) missing.push('household_income');
    if (!INCOME_PROOF.some((k) => docs.has(k)) && !app.noIncomeAttestation) missing.push('income_proof');
    if (policy?.assetTest) {
      if (h.assetsCents === undefined) missing.push('asset_information');
      if (!docs.has('asset_statement')) missing.push('asset_statement');
    }
  }
  if (app.signedOn === undefined) missing.push('signature');
  return missing.map((item) => ({ item, message: MESSAGES[item][0], messageEs: MESSAGES[item][1] }));
}
