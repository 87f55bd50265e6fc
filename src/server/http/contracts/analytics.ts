import { z } from 'zod';

const Int = z.number().int();
const Rate = z.number().nullable();

/** The contract's KPI fields (../shared/contracts/analytics.md). */
export const Kpis = z.object({
  cohortAccounts: Int,
  placedCents: Int,
  collectedCents: Int,
  recoveryRate: Rate,
  assistanceAdjustedCents: Int,
  resolvedAccounts: Int,
  medianDaysToResolution: z.number().nullable(),
  contacts: z.object({ email: Int, sms: Int, letter: Int, call: Int }),
  blockedContacts: Int,
  optOuts: Int,
  optOutRate: Rate,
  plansStarted: Int,
  plansCompleted: Int,
  plansDefaulted: Int,
  planCompletionRate: Rate,
  assistanceApplications: Int,
  assistanceApproved: Int,
  assistanceUptakeRate: Rate,
  csatResponses: Int,
  csatAverage: z.number().nullable(),
  csatTopTwoBox: Rate,
  firstContactResolutionRate: Rate,
  complaints: Int,
  churnRate: Rate,
});
export type Kpis = z.infer<typeof Kpis>;

export const AnalyticsReport = z.object({
  from: z.string(),
  until: z.string(),
  tenant: z.string(),
  generatedAt: z.string(),
  kpis: Kpis,
  groups: z.array(z.object({ key: z.string(), kpis: Kpis })).optional(),
});
export type AnalyticsReport = z.infer<typeof AnalyticsReport>;

/** Every series of the dashboard for a window, from the daily rollups. */
export const Dashboard = z.object({
  from: z.string(),
  until: z.string(),
  refreshedAt: z.string().nullable(),
  cohorts: z.array(z.object({ month: z.string(), accounts: Int, placedCents: Int, collectedCents: Int, recoveryRate: Rate })),
  collectedByMonth: z.array(z.object({ cohort: z.string(), month: z.string(), collectedCents: Int })),
  aging: z.array(z.object({ monthEnd: z.string(), bucket: z.string(), accounts: Int, openCents: Int })),
  rollRates: z.array(z.object({ monthEnd: z.string(), from: z.string(), to: z.string(), accounts: Int, rolled: Int, rate: Rate })),
  monthly: z.array(
    z.object({
      month: z.string(),
      contacts: Int,
      optOuts: Int,
      optOutRate: Rate,
      complaints: Int,
      complaintRate: Rate,
      plansStarted: Int,
      plansCompleted: Int,
      plansDefaulted: Int,
      planCompletionRate: Rate,
      cohortAccounts: Int,
      assistanceApplications: Int,
      assistanceApproved: Int,
      assistanceUptakeRate: Rate,
      csatResponses: Int,
      csatAverage: z.number().nullable(),
    }),
  ),
  channelEffectiveness: z.array(z.object({ channel: z.string(), hour: Int, messages: Int, paidWithin7Days: Int, rate: Rate })),
  /** Per agent, by display name (staff names are not patient data). */
  firstContactResolution: z.array(z.object({ agent: z.string(), conversations: Int, resolved: Int, rate: Rate })),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const RefreshResult = z.object({ newAccounts: Int, rows: Int, stoppedArms: z.array(z.object({ experimentId: z.string(), arm: z.string(), reason: z.string() })) });

const FairnessRow = z.object({
  dimension: z.string(),
  key: z.string(),
  cohortAccounts: Int,
  placedCents: Int,
  collectedCents: Int,
  recoveryRate: Rate,
  resolvedShare: Rate,
  medianDaysToResolution: z.number().nullable(),
  escalatedShare: Rate,
  planOfferedShare: Rate,
  assistanceOfferedShare: Rate,
  optOutRate: Rate,
  /** Measures where this group differs from the whole by enough to look at. */
  gaps: z.array(z.string()),
});
export type FairnessRow = z.infer<typeof FairnessRow>;

const FairnessScoreRow = z.object({
  dimension: z.string(),
  key: z.string(),
  scoredAccounts: Int,
  meanPay30: Rate,
  meanPay90: Rate,
  meanHardship: Rate,
  /** Share with a hardship likelihood high enough to be offered help sooner. */
  hardshipFlaggedShare: Rate,
  /** Share the presumptive screening found likely eligible for financial assistance. */
  likelyEligibleShare: Rate,
  /** Measures where this group's average differs from everyone's by enough to look at. */
  gaps: z.array(z.enum(['meanPay30', 'meanPay90', 'meanHardship', 'hardshipFlaggedShare', 'likelyEligibleShare'])),
});
export type FairnessScoreRow = z.infer<typeof FairnessScoreRow>;

export const FairnessReport = z.object({
  from: z.string(),
  until: z.string(),
  overall: FairnessRow,
  rows: z.array(FairnessRow),
  notes: z.array(z.string()),
  zipIncome: z.object({ areas: Int, source: z.string().nullable(), loadedAt: z.string().nullable() }),
  /** Today's scores of accounts that owe something, overall and per group (not limited to the window). */
  scores: z.object({ overall: FairnessScoreRow, rows: z.array(FairnessScoreRow) }),
});
export type FairnessReport = z.infer<typeof FairnessReport>;

const StepVariant = z.object({
  step: z.string(),
  skip: z.boolean().optional(),
  shiftDays: Int.optional(),
  template: z.string().optional(),
  tone: z.string().optional(),
  sendHour: Int.optional(),
  channels: z.array(z.string()).optional(),
});

const Arm = z.object({
  id: z.string(),
  label: z.string(),
  weight: Int,
  template: z.string().optional(),
  tone: z.string().optional(),
  sendHour: Int.optional(),
  channels: z.array(z.string()).optional(),
  journey: z.string().optional(),
  steps: z.array(StepVariant).optional(),
});

/** An experiment on a journey step (or a whole journey) and where it stands. */
export const Experiment = z.object({
  id: z.string(),
  tenantId: z.string(),
  name: z.string(),
  journey: z.string(),
  step: z.string(),
  kind: z.string(),
  arms: z.array(Arm),
  holdoutPct: Int,
  rampPct: Int,
  guardrails: z.object({ maxOptOutRate: z.number(), maxComplaintRate: z.number(), minContacts: Int }),
  plannedPerArm: Int.optional(),
  status: z.enum(['draft', 'running', 'stopped']),
  stoppedArms: z.record(z.string(), z.object({ at: z.string(), reason: z.string() })),
  startedAt: z.string().nullable(),
  stoppedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Experiment = z.infer<typeof Experiment>;
export const ExperimentList = z.object({ items: z.array(Experiment) });

const Interval = z.object({ estimate: z.number(), low: z.number(), high: z.number() });

/** Results per arm with uplift and 95% intervals, and how many accounts each arm needs. */
export const ExperimentResult = z.object({
  experiment: Experiment,
  baseline: z.string(),
  arms: z.array(
    z.object({
      arm: z.string(),
      label: z.string(),
      accounts: Int,
      matureAccounts: Int,
      contacts: Int,
      placedCents: Int,
      collectedCents: Int,
      recoveryRate: Rate,
      collectedPerAccountCents: z.number().nullable(),
      paidWithin30Days: Rate,
      optOutRate: Rate,
      complaintRate: Rate,
      csatAverage: z.number().nullable(),
      stopped: z.object({ at: z.string(), reason: z.string() }).nullable(),
      uplift: z
        .object({ paidWithin30Days: Interval.nullable(), collectedPerAccountCents: Interval.nullable(), optOutRate: Interval.nullable(), csatAverage: Interval.nullable() })
        .nullable(),
    }),
  ),
  sampleSize: z.array(z.object({ mde: z.number(), perArm: Int })),
  ready: z.boolean(),
  method: z.string(),
});
export type ExperimentResult = z.infer<typeof ExperimentResult>;
