// GENERATED FILE - do not edit. Source: src/modules/compliance/data/fpl-sources.ts (HHS poverty
// guidelines as published); regenerate with: npx tsx scripts/gen-compliance-docs.ts
// Amounts in cents per year. `table[i]` is the guideline for a household of i+1 people; larger
// households add `additionalPersonCents` for each additional person, as HHS directs.

export interface FplRegionTable {
  firstPersonCents: number;
  additionalPersonCents: number;
  table: readonly number[];
}

export interface FplGuidelineYear {
  year: number;
  source: string;
  verification: string;
  regions: { contiguous: FplRegionTable; alaska: FplRegionTable; hawaii: FplRegionTable };
}

export const FPL_GUIDELINES: readonly FplGuidelineYear[] = [
  {
    year: 2025,
    source: "HHS, Annual Update of the HHS Poverty Guidelines, 90 FR 5917 (January 17, 2025)",
    verification: "Figures from the Federal Register notice; Hawaii adds $6,330 per person (some secondary tables misprint $6,325).",
    regions: {
      contiguous: { firstPersonCents: 1565000, additionalPersonCents: 550000, table: [1565000, 2115000, 2665000, 3215000, 3765000, 4315000, 4865000, 5415000] },
      alaska: { firstPersonCents: 1955000, additionalPersonCents: 688000, table: [1955000, 2643000, 3331000, 4019000, 4707000, 5395000, 6083000, 6771000] },
      hawaii: { firstPersonCents: 1799000, additionalPersonCents: 633000, table: [1799000, 2432000, 3065000, 3698000, 4331000, 4964000, 5597000, 6230000] },
    },
  },
  {
    year: 2026,
    source: "HHS/ASPE, 2026 Poverty Guidelines (Annual Update of the HHS Poverty Guidelines, Federal Register, January 2026)",
    verification: "The Federal Register page was not at hand when this was written. The 48-state figures ($15,960 + $5,680; $33,000 for four) match ASPE and the contract example (7 persons: $50,040); the Alaska ($19,950 + $7,100) and Hawaii ($18,360 + $6,530) figures come from a secondary copy of the ASPE table, and their one-person amounts match a second, independent summary. Re-check the per-person amounts against the notice before relying on them for large Alaska or Hawaii households.",
    regions: {
      contiguous: { firstPersonCents: 1596000, additionalPersonCents: 568000, table: [1596000, 2164000, 2732000, 3300000, 3868000, 4436000, 5004000, 5572000] },
      alaska: { firstPersonCents: 1995000, additionalPersonCents: 710000, table: [1995000, 2705000, 3415000, 4125000, 4835000, 5545000, 6255000, 6965000] },
      hawaii: { firstPersonCents: 1836000, additionalPersonCents: 653000, table: [1836000, 2489000, 3142000, 3795000, 4448000, 5101000, 5754000, 6407000] },
    },
  },
];
