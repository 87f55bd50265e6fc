import { z } from 'zod';

const cents = z.number().int().min(0);
const pct = z.number().min(0).max(100);
const isoDate = z.iso.date({ message: 'must be a calendar date YYYY-MM-DD' });

export const PRESUMPTIVE_KINDS = ['medicaid', 'snap', 'wic', 'homeless', 'deceased_no_estate', 'prior_approval'] as const;
export const PresumptiveKind = z.enum(PRESUMPTIVE_KINDS);
export type PresumptiveKind = z.infer<typeof PresumptiveKind>;

export const FapTier = z.object({
  /** Inclusive: a household at exactly this % of the FPL is in the tier. */
  maxFplPercent: z.number().positive().max(10_000),
  /**
   * Discount on the patient's responsibility. 0 still makes the household eligible: its
   * benefit is then the AGB cap (e.g. California's discount payment band).
   */
  discountPct: pct,
});
export type FapTier = z.infer<typeof FapTier>;

/** A tenant's financial assistance policy, as data. */
export const FapPolicy = z
  .object({
    name: z.string().min(1).default('custom'),
    /** HHS guideline year; absent: the year of the screening date (clamped to the tables we have). */
    tableYear: z.union([z.literal(2025), z.literal(2026)]).optional(),
    /** Absent: from the household's state (AK, HI), else the 48 contiguous states and DC. */
    region: z.enum(['contiguous', 'alaska', 'hawaii']).optional(),
    tiers: z.array(FapTier).min(1),
    assetTest: z.object({ maxAssetsCents: cents }).optional(),
    /** Amounts generally billed as % of gross charges: an eligible patient never pays more. */
    agbPct: pct.optional(),
    presumptive: z
      .object({
        criteria: z.array(PresumptiveKind).default([...PRESUMPTIVE_KINDS]),
        discountPct: pct.default(100),
        /** A prior approval within this many months counts presumptively. */
        priorApprovalMonths: z.number().int().min(0).max(24).default(6),
        /**
         * When the book screening finds one of the criteria on file (Medicaid coverage, SNAP, WIC,
         * homelessness or no estate reported earlier, a prior approval), approve without an
         * application: the decision, the ledger discount and the approval letter. Off: a counselor
         * task is opened and the counselor decides.
         */
        applyAutomatically: z.boolean().default(false),
      })
      .prefault({}),
    /** How long an approval lasts. */
    approvalValidMonths: z.number().int().min(1).max(24).default(6),
    /** Local calendar used for dates ("within 6 months"). */
    timeZone: z.string().default('UTC'),
  })
  .superRefine((p, ctx) => {
    p.tiers.forEach((t, i) => {
      const prev = p.tiers[i - 1];
      if (prev && t.maxFplPercent <= prev.maxFplPercent) {
        ctx.addIssue({ code: 'custom', path: ['tiers', i, 'maxFplPercent'], message: 'tiers must be in increasing order of maxFplPercent' });
      }
    });
  });
export type FapPolicy = z.output<typeof FapPolicy>;
export type FapPolicyInput = z.input<typeof FapPolicy>;

export const PresumptiveSignal = z.object({
  kind: PresumptiveKind,
  /** When the fact was verified (for prior_approval: the approval date). */
  on: isoDate.optional(),
});
export type PresumptiveSignal = z.infer<typeof PresumptiveSignal>;

export const Household = z.object({
  /** Needed for the sliding scale; presumptive eligibility does not need it. */
  size: z.number().int().min(1).max(50).optional(),
  annualIncomeCents: cents.optional(),
  state: z.string().regex(/^[A-Za-z]{2}$/).optional(),
  assetsCents: cents.optional(),
  presumptive: z.array(PresumptiveSignal).default([]),
});
export type Household = z.input<typeof Household>;
