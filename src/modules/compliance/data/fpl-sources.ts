/**
 * The HHS poverty guidelines as published: for each year and region, the guideline for a
 * household of one and the amount added for each additional person. This is the only place the
 * figures are typed in; `fpl-guidelines.generated.ts` is generated from it by
 * `npx tsx scripts/gen-compliance-docs.ts` and must not be edited by hand.
 *
 * Dollars, as HHS publishes them (the generated table is in cents).
 */
export type FplRegion = 'contiguous' | 'alaska' | 'hawaii';

export interface FplYearSource {
  year: number;
  source: string;
  /** How the figures were checked, so a reader knows how far to trust them. */
  verification: string;
  regions: Record<FplRegion, { firstPersonDollars: number; additionalPersonDollars: number }>;
}

export const FPL_SOURCES: readonly FplYearSource[] = [
  {
    year: 2025,
    source: 'HHS, Annual Update of the HHS Poverty Guidelines, 90 FR 5917 (January 17, 2025)',
    verification:
      'Figures from the Federal Register notice; Hawaii adds $6,330 per person (some secondary tables misprint $6,325).',
    regions: {
      contiguous: { firstPersonDollars: 15_650, additionalPersonDollars: 5_500 },
      alaska: { firstPersonDollars: 19_550, additionalPersonDollars: 6_880 },
      hawaii: { firstPersonDollars: 17_990, additionalPersonDollars: 6_330 },
    },
  },
  {
    year: 2026,
    source: 'HHS/ASPE, 2026 Poverty Guidelines (Annual Update of the HHS Poverty Guidelines, Federal Register, January 2026)',
    verification:
      'The Federal Register page was not at hand when this was written. The 48-state figures ($15,960 + $5,680; ' +
      '$33,000 for four) match ASPE and the contract example (7 persons: $50,040); the Alaska ($19,950 + $7,100) ' +
      'and Hawaii ($18,360 + $6,530) figures come from a secondary copy of the ASPE table, and their one-person ' +
      'amounts match a second, independent summary. Re-check the per-person amounts against the notice before ' +
      'relying on them for large Alaska or Hawaii households.',
    regions: {
      contiguous: { firstPersonDollars: 15_960, additionalPersonDollars: 5_680 },
      alaska: { firstPersonDollars: 19_950, additionalPersonDollars: 7_100 },
      hawaii: { firstPersonDollars: 18_360, additionalPersonDollars: 6_530 },
    },
  },
];
