/** Canonical fields of a balance row that a CSV column can feed. */
export type BalanceField =
  | 'accountNumber'
  | 'personId'
  | 'firstName'
  | 'lastName'
  | 'birthDate'
  | 'encounterId'
  | 'serviceDate'
  | 'charges'
  | 'insurancePaid'
  | 'adjustments'
  | 'patientPaid'
  | 'balance'
  | 'payerName'
  | 'email'
  | 'phone'
  | 'addressLine'
  | 'city'
  | 'state'
  | 'postalCode'
  | 'language';

/** Canonical field -> header name (or several accepted names). Matching ignores case and punctuation. */
export type BalanceColumnMapping = Partial<Record<BalanceField, string | readonly string[]>>;

export const REQUIRED_BALANCE_FIELDS: readonly BalanceField[] = ['accountNumber', 'serviceDate', 'balance'];

/** Header names recognized when no mapping is given (a given mapping replaces a field's names). */
export const DEFAULT_BALANCE_MAPPING: Readonly<Record<BalanceField, readonly string[]>> = {
  accountNumber: ['account_number', 'account', 'account_no', 'account_id', 'acct', 'acct_no', 'guarantor_account'],
  personId: ['person_id', 'patient_id', 'mrn', 'medical_record_number', 'patient_number'],
  firstName: ['first_name', 'patient_first_name', 'given_name', 'first'],
  lastName: ['last_name', 'patient_last_name', 'family_name', 'surname', 'last'],
  birthDate: ['birth_date', 'date_of_birth', 'dob', 'birthdate'],
  encounterId: ['encounter_id', 'encounter', 'visit_id', 'visit_number', 'encounter_number'],
  serviceDate: ['service_date', 'date_of_service', 'dos', 'visit_date', 'admit_date'],
  charges: ['charges', 'total_charges', 'charge_amount', 'charge', 'billed_amount', 'gross_charges'],
  insurancePaid: ['insurance_paid', 'insurance_payments', 'insurance_payment', 'payer_paid', 'ins_paid'],
  adjustments: ['adjustments', 'adjustment', 'contractual_adjustment', 'write_off', 'adjustment_amount'],
  patientPaid: ['patient_paid', 'patient_payments', 'payments', 'patient_payment', 'amount_paid'],
  balance: ['balance', 'balance_due', 'patient_balance', 'amount_due', 'outstanding_balance', 'current_balance'],
  payerName: ['payer', 'payer_name', 'insurance', 'insurance_name', 'primary_payer', 'plan'],
  email: ['email', 'email_address', 'patient_email'],
  phone: ['phone', 'phone_number', 'mobile', 'cell_phone', 'home_phone', 'patient_phone'],
  addressLine: ['address', 'address_line', 'address1', 'street', 'address_line_1'],
  city: ['city'],
  state: ['state', 'state_code'],
  postalCode: ['postal_code', 'zip', 'zip_code', 'zipcode'],
  language: ['language', 'preferred_language', 'lang'],
};

export function normalizeHeader(h: string): string {
  return h.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface ResolvedColumns {
  /** Column index per field (fields without a column are absent). */
  index: Partial<Record<BalanceField, number>>;
  /** The header text of each column as written in the file (for rejection `field`s). */
  headers: string[];
  /** Required fields that no column feeds, with the names that were looked for. */
  missing: { field: BalanceField; looked: readonly string[] }[];
}

/** Resolves a header row against a mapping (merged over the default one). */
export function resolveColumns(headers: string[], mapping: BalanceColumnMapping = {}): ResolvedColumns {
  const byName = new Map<string, number>();
  headers.forEach((h, i) => {
    const k = normalizeHeader(h);
    if (!byName.has(k)) byName.set(k, i);
  });
  const index: Partial<Record<BalanceField, number>> = {};
  const missing: ResolvedColumns['missing'] = [];
  for (const field of Object.keys(DEFAULT_BALANCE_MAPPING) as BalanceField[]) {
    const given = mapping[field];
    const names: readonly string[] =
      given === undefined ? DEFAULT_BALANCE_MAPPING[field] : typeof given === 'string' ? [given] : given;
    const i = names.map((n) => byName.get(normalizeHeader(n))).find((x) => x !== undefined);
    if (i !== undefined) index[field] = i;
    else if (REQUIRED_BALANCE_FIELDS.includes(field)) missing.push({ field, looked: names });
  }
  return { index, headers, missing };
}
