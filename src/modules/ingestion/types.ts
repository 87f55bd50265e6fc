/**
 * Canonical records produced by the ingestion parsers (FHIR R4, X12 835, CSV balances).
 *
 * Design rules (why the shapes look like this):
 * - Every record has a stable natural `key` so that persistence can upsert idempotently:
 *   re-ingesting the same input yields the same keys. Keys never depend on file names or positions
 *   in a file (except the X12 duplicate counter, see RemittanceRecord.key).
 * - Money is integer cents (`Cents`); FHIR decimals are rounded half away from zero from their
 *   shortest decimal text, X12/CSV amounts are parsed exactly from their text.
 * - `IsoDate` is `YYYY-MM-DD` (the calendar date as written by the source, no time zone);
 *   `IsoDateTime` is a UTC instant `YYYY-MM-DDTHH:mm:ss.sssZ` (only when the source gave a time
 *   with an offset).
 * - Absent values are `null` (never `undefined`), so every record of a kind has the same shape.
 * - `source` says where the record came from; it is NOT part of the record's identity and must be
 *   left out when comparing a record with its stored version.
 */

/** Integer number of US cents. */
export type Cents = number;
/** `YYYY-MM-DD`. */
export type IsoDate = string;
/** UTC instant, `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export type IsoDateTime = string;

/** Content kinds that `detectKind` recognizes. */
/** `x12` is an 835 remittance, `x12-837` a claim file (837P or 837I). */
export type IngestFormat = 'fhir-bundle' | 'fhir-ndjson' | 'x12' | 'x12-837' | 'csv' | 'unknown';

export interface SourceLocation {
  file: string;
  /** 1-based physical line: NDJSON line, CSV line, X12 segment line; null inside a JSON bundle. */
  line: number | null;
  /** Index in `Bundle.entry` (FHIR bundles, also a bundle on an NDJSON line); else null. */
  entry: number | null;
  /** 1-based ordinal of the X12 segment in the file (useful when a file is one long line). */
  segment: number | null;
}

export interface Identifier {
  system: string | null;
  value: string;
  /** `Identifier.type` code (MR, MB, NPI, TAX...) when given. */
  type: string | null;
}

export interface PostalAddress {
  lines: string[];
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
}

// ---------------------------------------------------------------- FHIR-derived records

export interface PatientRecord {
  kind: 'patient';
  /** `Patient/<id>` (FHIR logical id, or the uuid of a `urn:uuid:` fullUrl). */
  key: string;
  source: SourceLocation;
  /** Identifiers except SSN, driver's licence and passport (minimum necessary: not carried). */
  identifiers: Identifier[];
  /** Medical record number (identifier of type MR), when present. */
  mrn: string | null;
  /** Member number (identifier of type MB), when present. */
  memberId: string | null;
  familyName: string | null;
  givenNames: string[];
  /** FHIR `date`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the source wrote it. */
  birthDate: string | null;
  gender: 'male' | 'female' | 'other' | 'unknown' | null;
  deceased: boolean;
  deceasedDate: IsoDate | null;
  address: PostalAddress | null;
  phone: string | null;
  email: string | null;
  /** BCP-47 code of the preferred (else first) communication language, e.g. `en-US`, `es`. */
  language: string | null;
}

export interface CoverageRecord {
  kind: 'coverage';
  /**
   * `Coverage/<id>` for a top-level Coverage. A Coverage contained in an EOB (Synthea) has no
   * identity of its own, so its key is derived from what it describes:
   * `Coverage?identifier=<system>|<value>` when it has an identifier, else
   * `Coverage?beneficiary=<patientKey>&payor=<payer>`; one record per distinct key per file.
   */
  key: string;
  source: SourceLocation;
  identifiers: Identifier[];
  status: string | null;
  patientKey: string | null;
  subscriberKey: string | null;
  subscriberId: string | null;
  memberId: string | null;
  /** Subscriber relationship code (self, spouse, child...). */
  relationship: string | null;
  payerKey: string | null;
  payerName: string | null;
  typeCode: string | null;
  typeText: string | null;
  groupId: string | null;
  groupName: string | null;
  planId: string | null;
  planName: string | null;
  network: string | null;
  order: number | null;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  /** True when the payer is Synthea's `NO_INSURANCE` marker: the patient was self-pay. */
  selfPay: boolean;
  /** Key of the EOB that contained it (first one seen), or null for a top-level Coverage. */
  containedIn: string | null;
}

export interface EncounterRecord {
  kind: 'encounter';
  key: string;
  source: SourceLocation;
  identifiers: Identifier[];
  patientKey: string | null;
  status: string | null;
  classCode: string | null;
  typeCode: string | null;
  typeText: string | null;
  periodStart: IsoDateTime | null;
  periodEnd: IsoDateTime | null;
  /** Calendar date of `period.start` as written by the source. */
  serviceDate: IsoDate | null;
  serviceProviderKey: string | null;
  serviceProviderName: string | null;
  accountKeys: string[];
}

export interface ClaimItem {
  sequence: number | null;
  productSystem: string | null;
  productCode: string | null;
  productDisplay: string | null;
  quantity: number | null;
  unitPriceCents: Cents | null;
  netCents: Cents | null;
  servicedDate: IsoDate | null;
  encounterKeys: string[];
}

export interface ClaimRecord {
  kind: 'claim';
  key: string;
  source: SourceLocation;
  identifiers: Identifier[];
  patientKey: string | null;
  status: string | null;
  use: string | null;
  typeCode: string | null;
  createdAt: IsoDateTime | null;
  billablePeriodStart: IsoDate | null;
  billablePeriodEnd: IsoDate | null;
  providerKey: string | null;
  providerName: string | null;
  insurerKey: string | null;
  insurerName: string | null;
  coverageKeys: string[];
  /** `Claim.insurance[].coverage.display` (Synthea puts the payer name there). */
  coverageDisplays: string[];
  /** Encounters referenced by `Claim.item[].encounter` (and STU3 `Claim.encounter`). */
  encounterKeys: string[];
  /** `Claim.total` (Money); null when absent. */
  totalCents: Cents | null;
  items: ClaimItem[];
  /**
   * X12 837 only (SBR01): 1 when the claim goes to the primary payer, 2 secondary, 3 tertiary.
   * Only a primary claim posts the charge; the next payer's claim bills the same service again.
   * Absent on FHIR claims, whose stored versions therefore keep their content hash.
   */
  payerSequence?: number;
}

/**
 * Adjudication amounts by canonical category. Mapped from the category codes of
 * http://terminology.hl7.org/CodeSystem/adjudication, CARIN BB (C4BBAdjudication) and the CMS
 * Blue Button variables Synthea uses (see fhir/map-adjudication.ts for the full table).
 */
export interface AdjudicationAmounts {
  submittedCents: Cents | null;
  allowedCents: Cents | null;
  /** Paid by the insurer (to provider and/or patient). */
  paidCents: Cents | null;
  deductibleCents: Cents | null;
  coinsuranceCents: Cents | null;
  copayCents: Cents | null;
  /**
   * What the patient owes: `memberliability` when reported, else deductible + coinsurance + copay
   * when any of them is present, else null.
   */
  patientResponsibilityCents: Cents | null;
  discountCents: Cents | null;
  noncoveredCents: Cents | null;
  priorPayerPaidCents: Cents | null;
  /** Already paid by the patient (e.g. at the point of service). */
  paidByPatientCents: Cents | null;
}

export interface EobItem {
  sequence: number | null;
  productSystem: string | null;
  productCode: string | null;
  productDisplay: string | null;
  quantity: number | null;
  netCents: Cents | null;
  servicedDate: IsoDate | null;
  encounterKeys: string[];
  adjudication: AdjudicationAmounts;
}

export interface BenefitBalance {
  categoryCode: string | null;
  typeCode: string | null;
  allowedCents: Cents | null;
  usedCents: Cents | null;
}

export interface EobRecord {
  kind: 'eob';
  key: string;
  source: SourceLocation;
  identifiers: Identifier[];
  claimKey: string | null;
  patientKey: string | null;
  status: string | null;
  outcome: string | null;
  use: string | null;
  typeCode: string | null;
  createdAt: IsoDateTime | null;
  billablePeriodStart: IsoDate | null;
  billablePeriodEnd: IsoDate | null;
  insurerKey: string | null;
  insurerName: string | null;
  providerKey: string | null;
  providerName: string | null;
  coverageKeys: string[];
  /**
   * Claim-level amounts: from `EOB.total[]` / `EOB.adjudication[]` (STU3: `totalCost`,
   * `totalBenefit`) where given; a category the header does not give is the sum over items.
   */
  totals: AdjudicationAmounts;
  /** `EOB.payment.amount`. */
  paymentCents: Cents | null;
  paymentDate: IsoDate | null;
  items: EobItem[];
  benefitBalances: BenefitBalance[];
}

export interface AccountRecord {
  kind: 'account';
  key: string;
  source: SourceLocation;
  identifiers: Identifier[];
  status: string | null;
  name: string | null;
  /** First `Account.subject` that is a Patient. */
  patientKey: string | null;
  subjectKeys: string[];
  guarantorKeys: string[];
  coverageKeys: string[];
  servicePeriodStart: IsoDate | null;
  servicePeriodEnd: IsoDate | null;
  ownerKey: string | null;
  ownerName: string | null;
  description: string | null;
}

export interface InvoiceLine {
  sequence: number | null;
  chargeItemKey: string | null;
  code: string | null;
  display: string | null;
  /** Sum of the line's `priceComponent` amounts of type base/surcharge minus deduction/discount. */
  amountCents: Cents | null;
}

export interface InvoiceRecord {
  kind: 'invoice';
  key: string;
  source: SourceLocation;
  identifiers: Identifier[];
  status: string | null;
  patientKey: string | null;
  recipientKey: string | null;
  accountKey: string | null;
  issuerKey: string | null;
  date: IsoDate | null;
  totalNetCents: Cents | null;
  totalGrossCents: Cents | null;
  lines: InvoiceLine[];
}

export interface OrganizationRecord {
  kind: 'organization';
  key: string;
  source: SourceLocation;
  identifiers: Identifier[];
  name: string | null;
  npi: string | null;
  taxId: string | null;
  typeCode: string | null;
  active: boolean | null;
  address: PostalAddress | null;
  phone: string | null;
}

// ---------------------------------------------------------------- X12 835 records

/** Claim adjustment group codes. PR is billable to the patient; the others are not. */
export type AdjustmentGroup = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

export interface ClaimAdjustment {
  group: AdjustmentGroup;
  /** CARC (claim adjustment reason code), e.g. `45`, `1`, `A2`. */
  reason: string;
  amountCents: Cents;
  quantity: number | null;
  /** Ordinal of the CAS segment in the file (one CAS may carry up to six adjustments). */
  segment: number;
}

export interface ProcedureCode {
  /** Product/service id qualifier, e.g. `HC` (HCPCS/CPT), `NU` (revenue code), `N4` (NDC). */
  qualifier: string | null;
  code: string | null;
  modifiers: string[];
  description: string | null;
}

export interface X12Reference {
  qualifier: string;
  value: string;
}

export interface X12Amount {
  qualifier: string;
  cents: Cents;
}

export interface X12Name {
  entityType: string | null;
  /** Last name, or organization name. */
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  suffix: string | null;
  idQualifier: string | null;
  id: string | null;
}

export interface RemittanceServiceLine {
  procedure: ProcedureCode;
  chargeCents: Cents | null;
  paidCents: Cents | null;
  revenueCode: string | null;
  /** SVC05 (units of service paid). */
  unitsPaid: number | null;
  /** SVC06, when the payer adjudicated a different code than submitted. */
  originalProcedure: ProcedureCode | null;
  /** SVC07 (original units of service). */
  unitsBilled: number | null;
  serviceDateFrom: IsoDate | null;
  serviceDateTo: IsoDate | null;
  /** AMT*B6. */
  allowedCents: Cents | null;
  /** REF*6R, the provider's line item control number. */
  lineControlNumber: string | null;
  adjustments: ClaimAdjustment[];
  amounts: X12Amount[];
  references: X12Reference[];
  /** LQ segments (remark codes). */
  remarks: { qualifier: string; code: string }[];
}

export interface X12Party {
  name: string | null;
  idQualifier: string | null;
  id: string | null;
}

/** One claim payment (CLP loop) of an 835 remittance. */
export interface RemittanceRecord {
  kind: 'remittance';
  /**
   * `835|<payer id>|<payment trace number>|<CLP01>|<CLP07>|<CLP02>#<n>`, where n counts earlier
   * claims with the same prefix in the same transaction (usually 0).
   */
  key: string;
  source: SourceLocation;
  /** `004010`, `005010`... from GS08 (else ISA12). */
  version: string | null;
  interchangeControlNumber: string | null;
  transactionControlNumber: string | null;
  payer: X12Party;
  payee: X12Party;
  /** TRN02: check or EFT trace number. */
  paymentTraceNumber: string | null;
  /** BPR16. */
  paymentDate: IsoDate | null;
  /** CLP01: the provider's patient control number, for matching to claims. */
  patientControlNumber: string;
  /** CLP02 (1 processed as primary, 2 secondary, 3 tertiary, 4 denied, 22 reversal...). */
  claimStatusCode: string;
  chargeCents: Cents;
  /** CLP04. */
  paidCents: Cents;
  /** CLP05 (null when absent). */
  patientResponsibilityCents: Cents | null;
  claimFilingIndicator: string | null;
  /** CLP07. */
  payerClaimControlNumber: string | null;
  facilityTypeCode: string | null;
  claimFrequencyCode: string | null;
  patient: X12Name | null;
  insured: X12Name | null;
  correctedPatient: X12Name | null;
  renderingProvider: X12Name | null;
  statementFrom: IsoDate | null;
  statementTo: IsoDate | null;
  receivedDate: IsoDate | null;
  /** Claim-level CAS. */
  adjustments: ClaimAdjustment[];
  amounts: X12Amount[];
  references: X12Reference[];
  serviceLines: RemittanceServiceLine[];
}

export interface ProviderAdjustment {
  providerId: string | null;
  fiscalPeriodDate: IsoDate | null;
  /** PLB03-1 etc. (e.g. `WO` overpayment recovery, `CV` capital passthrough, `L6` interest). */
  reasonCode: string;
  reference: string | null;
  amountCents: Cents;
}

/** The payment of one 835 transaction (BPR/TRN header, payer, payee, PLB adjustments). */
export interface RemittancePaymentRecord {
  kind: 'remittance_payment';
  /** `835|<payer id>|<payment trace number>` (falls back to ISA13/ST02 when TRN is missing). */
  key: string;
  source: SourceLocation;
  version: string | null;
  interchangeControlNumber: string | null;
  transactionControlNumber: string | null;
  payer: X12Party;
  payee: X12Party;
  paymentTraceNumber: string | null;
  paymentDate: IsoDate | null;
  /** BPR02. */
  totalPaymentCents: Cents | null;
  /** BPR01 (I remittance + payment, H notification only, ...). */
  handlingCode: string | null;
  /** BPR03 (C credit, D debit). */
  creditDebit: string | null;
  /** BPR04 (ACH, CHK, BOP, FWT, NON). */
  paymentMethod: string | null;
  /** Claims of this transaction emitted as `remittance` records (rejected claims excluded). */
  claimCount: number;
  providerAdjustments: ProviderAdjustment[];
}

// ---------------------------------------------------------------- CSV balance records

export interface BalanceRecord {
  kind: 'balance';
  /** `balance|<accountNumber>|<encounterId or serviceDate>`. */
  key: string;
  source: SourceLocation;
  accountNumber: string;
  personId: string | null;
  firstName: string | null;
  lastName: string | null;
  birthDate: IsoDate | null;
  encounterId: string | null;
  serviceDate: IsoDate;
  chargesCents: Cents | null;
  insurancePaidCents: Cents | null;
  adjustmentsCents: Cents | null;
  patientPaidCents: Cents | null;
  balanceCents: Cents;
  payerName: string | null;
  email: string | null;
  phone: string | null;
  addressLine: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  language: string | null;
}

// ---------------------------------------------------------------- events

export type CanonicalRecord =
  | PatientRecord
  | CoverageRecord
  | EncounterRecord
  | ClaimRecord
  | EobRecord
  | AccountRecord
  | InvoiceRecord
  | OrganizationRecord
  | RemittanceRecord
  | RemittancePaymentRecord
  | BalanceRecord;

export type RecordKind = CanonicalRecord['kind'];

/** A record (or a whole file) that was not ingested, and why. Everything valid around it is kept. */
export interface Rejection {
  kind: 'rejection';
  file: string;
  line: number | null;
  entry: number | null;
  /** X12 segment ordinal (see SourceLocation.segment), else null. */
  segment: number | null;
  /** Path of the offending field: `entry[12].resource.total.value`, `CLP04`, a CSV header... */
  field: string | null;
  message: string;
  /** What would have been produced, when known. */
  recordKind: RecordKind | null;
  /** Raw rejected text for the quarantine (NDJSON line, CSV row, X12 claim), when small. */
  raw: string | null;
}

/** Last event of every file parsed by `parseFile`. */
export interface FileSummary {
  kind: 'file_summary';
  file: string;
  format: IngestFormat;
  bytes: number;
  records: Partial<Record<RecordKind, number>>;
  rejected: number;
  /** FHIR resources of types that Kindly does not ingest (Observation, Immunization...), by type. */
  skipped: Record<string, number>;
}

export type IngestEvent = CanonicalRecord | Rejection | FileSummary;
