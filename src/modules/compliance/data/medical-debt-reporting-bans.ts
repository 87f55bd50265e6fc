/**
 * State laws that forbid furnishing medical debt to consumer reporting agencies, as data (the
 * default rule set's `medicalDebtReportingBans`; tenants add more through rule-set overrides).
 *
 * `effectiveFrom` is the first day the ban applies. Where a statute's own effective date could
 * not be confirmed when this list was compiled, the signing date is used instead (marked
 * "signed"), which errs on the side of not reporting. Review this list when laws change: it is
 * law transcribed by hand, not generated.
 */
export interface MedicalDebtReportingBan {
  state: string;
  effectiveFrom: string;
  citation: string;
}

export const MEDICAL_DEBT_REPORTING_BANS: readonly MedicalDebtReportingBan[] = [
  { state: 'CA', effectiveFrom: '2025-01-01', citation: 'Cal. Civ. Code §1785.27 (SB 1061, 2024)' },
  { state: 'CO', effectiveFrom: '2023-08-07', citation: 'Colorado HB 23-1126 (Consumer Credit Reporting Act amendments)' },
  { state: 'CT', effectiveFrom: '2024-07-01', citation: 'Conn. Gen. Stat. §20-7i (Public Act 24-6)' },
  { state: 'DE', effectiveFrom: '2025-07-29', citation: 'Delaware Medical Debt Protection Act (2025; signed)' },
  { state: 'IL', effectiveFrom: '2025-01-01', citation: 'Illinois SB 2933 (2024)' },
  { state: 'ME', effectiveFrom: '2025-09-24', citation: 'Maine Fair Credit Reporting Act as amended by LD 558 (2025)' },
  { state: 'MD', effectiveFrom: '2025-10-01', citation: 'Maryland Fair Medical Debt Reporting Act (HB 1020, 2025)' },
  { state: 'MN', effectiveFrom: '2024-10-01', citation: 'Minnesota Debt Fairness Act (2024), Minn. Stat. ch. 332C' },
  { state: 'NJ', effectiveFrom: '2024-07-22', citation: 'New Jersey Louisa Carman Medical Debt Relief Act (2024; signed)' },
  { state: 'NY', effectiveFrom: '2023-12-13', citation: 'N.Y. Gen. Bus. Law §380-j (Fair Medical Debt Reporting Act)' },
  { state: 'OR', effectiveFrom: '2025-06-17', citation: 'Oregon SB 605 (2025; signed)' },
  { state: 'RI', effectiveFrom: '2025-06-26', citation: 'Rhode Island S 0169 / S 0172 (2025; signed)' },
  { state: 'VT', effectiveFrom: '2025-07-01', citation: 'Vermont Act 1 of 2025 (S. 27)' },
  { state: 'VA', effectiveFrom: '2024-07-01', citation: 'Virginia HB 1370 (2024)' },
  { state: 'WA', effectiveFrom: '2025-07-27', citation: 'Washington SB 5480 (2025)' },
];
