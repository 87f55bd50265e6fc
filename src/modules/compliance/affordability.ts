/**
 * California's reasonable payment formula (Health & Safety Code §127400 et seq., AB 1020 / §127405(b)):
 * monthly payments may not exceed 10% of a patient's family income for a month,
 * excluding deductions for essential living expenses.
 * Owned by the compliance module; plans import it through compliance/index.ts.
 */
export function caReasonablePaymentCapCents(
  monthlyFamilyIncomeCents: number,
  monthlyEssentialExpensesCents: number,
): number {
  const disposable = Math.max(0, monthlyFamilyIncomeCents - monthlyEssentialExpensesCents);
  return Math.floor(disposable / 10);
}
