import type { FplLookup } from './fpl.js';

/**
 * Test-only FPL lookup, so assistance tests do not depend on the compliance module's table.
 * Figures: HHS poverty guidelines, 2025 (90 FR 5917) all regions; 2026 contiguous (matches the
 * contract example: 7 persons = $50,040). Other 2026 regions are not needed by the tests.
 */
const TABLE: Record<string, [base: number, perPerson: number]> = {
  '2025/contiguous': [1_565_000, 550_000],
  '2025/alaska': [1_955_000, 688_000],
  '2025/hawaii': [1_799_000, 633_000],
  '2026/contiguous': [1_596_000, 568_000],
};

export const testFpl: FplLookup = (year, region, size) => {
  const row = TABLE[`${year}/${region}`];
  if (!row) throw new Error(`test table has no ${year}/${region}`);
  return row[0] + row[1] * (size - 1);
};
