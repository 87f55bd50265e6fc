import { z } from 'zod';
import { FPL_YEARS } from './fpl.js';
import { presetByName } from './presets.js';
import { isValidTimeZone } from './time/zones.js';

/**
 * Question schemas: the contract in ../shared/contracts/compliance.md. Unknown fields are
 * ignored (zod strips them); optional fields mean "nothing known". A few fields beyond the
 * contract are accepted and documented in docs/compliance.md (`collector.onBehalfOf`,
 * `prerecorded`, history `purpose`, contact `atWork` and `consumer.employerProhibitsContact`, eca
 * `timeBarred`, `saleWith501rProtections`, `paidOrSettled`, `dischargedInBankruptcy` and
 * `identityTheftReported`, message_content `at` and `validationPeriodEndsOn`).
 */

export const QuestionId = z.union([z.string().min(1), z.number()]);
export const Instant = z.iso.datetime({ offset: true });
export const CalendarDate = z.iso.date();
export const Clock = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected a local time HH:MM');
export const TimeZone = z.string().refine(isValidTimeZone, { message: 'expected an IANA time zone name' });
export const StateCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'expected a two-letter state code')
  .transform((s) => s.toUpperCase());

export const ENTITIES = ['hospital', 'nonprofit_hospital', 'clinic', 'health_plan', 'agency'] as const;

export const Collector = z.object({
  role: z.enum(['original_creditor', 'debt_collector']),
  entity: z.enum(ENTITIES),
  /** true makes a creditor a debt collector under the FDCPA (15 U.S.C. 1692a(6)). */
  usesThirdPartyName: z.boolean().optional(),
  /** The creditor an agency collects for (e.g. a nonprofit hospital: 501(r) then binds it too). */
  onBehalfOf: z.enum(ENTITIES).optional(),
});
export type Collector = z.infer<typeof Collector>;

export const CHANNELS = ['call', 'sms', 'email', 'voicemail', 'letter'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const PURPOSES = ['collection', 'opt_out_confirmation', 'reply_to_consumer', 'required_notice'] as const;
export const Purpose = z.enum(PURPOSES);
export type Purpose = z.infer<typeof Purpose>;

export const HistoryItem = z.object({
  channel: Channel,
  direction: z.enum(['outbound', 'inbound']),
  at: Instant,
  debtIds: z.array(z.string()).optional(),
  discussedDebtIds: z.array(z.string()).optional(),
  outcome: z.enum(['no_answer', 'voicemail', 'conversation', 'not_connected']).optional(),
  purpose: Purpose.optional(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

export const Consent = z.object({
  channel: z.enum(['call', 'sms', 'email']),
  givenTo: z.enum(['creditor', 'collector']),
  type: z.enum(['prior_express', 'call_window']),
  givenAt: Instant,
  until: Instant.nullable().optional(),
});
export type Consent = z.infer<typeof Consent>;

export const Revocation = z.object({
  channel: z.enum(['sms', 'call', 'email', 'all']),
  receivedAt: Instant,
  means: z.string().optional(),
  text: z.string().optional(),
});
export type Revocation = z.infer<typeof Revocation>;

export const HOLD_TYPES = ['dispute', 'cease_communication', 'attorney', 'bankruptcy', 'deceased'] as const;
export const Hold = z.object({
  type: z.enum(HOLD_TYPES),
  since: Instant.optional(),
  resolvedAt: Instant.nullable().optional(),
  debtIds: z.array(z.string()).optional(),
});
export type Hold = z.infer<typeof Hold>;

export const InconvenientTime = z.object({ from: Clock, to: Clock });

export const Consumer = z.object({
  state: StateCode.optional(),
  timeZones: z.array(TimeZone).optional(),
  inconvenientTimes: z.array(InconvenientTime).optional(),
  /** The collector knows or has reason to know the employer prohibits such communications (1006.6(b)(3)). */
  employerProhibitsContact: z.boolean().optional(),
});

export const ContactQuestion = z.object({
  id: QuestionId,
  kind: z.literal('contact'),
  collector: Collector,
  consumer: Consumer.optional(),
  channel: Channel,
  at: Instant,
  debtIds: z.array(z.string()).optional(),
  autodialed: z.boolean().optional(),
  prerecorded: z.boolean().optional(),
  phoneType: z.enum(['mobile', 'landline', 'voip', 'unknown']).optional(),
  /**
   * The number or address reaches the consumer at work: a work phone, a workplace address, or an
   * email address the employer provided (1006.6(b)(3), 1006.22(f)(3)).
   */
  atWork: z.boolean().optional(),
  purpose: Purpose.optional(),
  history: z.array(HistoryItem).optional(),
  consents: z.array(Consent).optional(),
  revocations: z.array(Revocation).optional(),
  holds: z.array(Hold).optional(),
  holidays: z.array(CalendarDate).optional(),
  policy: z.object({ creditorGuardrails: z.boolean().optional() }).optional(),
});
export type ContactQuestion = z.infer<typeof ContactQuestion>;

export const ECA_ACTIONS = [
  'credit_report',
  'sell_debt',
  'lawsuit',
  'wage_garnishment',
  'lien',
  'defer_care',
  'agency_placement',
  'foreclosure',
  'attach_bank_account',
  'seize_property',
  'body_attachment',
  'bankruptcy_claim',
  'personal_injury_lien',
] as const;

export const EcaQuestion = z.object({
  id: QuestionId,
  kind: z.literal('eca'),
  collector: Collector,
  state: StateCode.optional(),
  action: z.enum(ECA_ACTIONS),
  on: CalendarDate,
  firstPostDischargeStatementOn: CalendarDate.optional(),
  noticesSent: z.array(z.object({ type: z.string(), on: CalendarDate })).optional(),
  fapApplication: z
    .object({
      receivedOn: CalendarDate,
      complete: z.boolean().optional(),
      decision: z.enum(['pending', 'approved', 'denied']).optional(),
      decidedOn: CalendarDate.nullable().optional(),
    })
    .optional(),
  timeBarred: z.boolean().optional(),
  saleWith501rProtections: z.boolean().optional(),
  /** 12 CFR 1006.30(b): facts that forbid a debt collector to sell, transfer or place the debt. */
  paidOrSettled: z.boolean().optional(),
  dischargedInBankruptcy: z.boolean().optional(),
  identityTheftReported: z.boolean().optional(),
});
export type EcaQuestion = z.infer<typeof EcaQuestion>;

const Cents = z.number().int().min(0);

export const CreditReportQuestion = z.object({
  id: QuestionId,
  kind: z.literal('credit_report'),
  collector: Collector,
  on: CalendarDate,
  consumerState: StateCode.optional(),
  tradeline: z.object({
    type: z.string().min(1),
    initialBalanceCents: Cents,
    currentBalanceCents: Cents.optional(),
    paidInFull: z.boolean().optional(),
    firstDelinquencyOn: CalendarDate.optional(),
  }),
  firstCommunicationOn: CalendarDate.optional(),
  /**
   * How that first communication was made (12 CFR 1006.30(a)(1)): speaking with the consumer in
   * person or by telephone needs no wait; a letter or an electronic message (the default) needs
   * a reasonable time (14 days) without a notice that it could not be delivered.
   */
  firstCommunicationMeans: z.enum(['letter', 'electronic', 'in_person', 'telephone']).optional(),
  /** When a notice came back that the letter or message could not be delivered. */
  undeliverableOn: CalendarDate.optional(),
});
export type CreditReportQuestion = z.infer<typeof CreditReportQuestion>;

export const Tier = z.object({
  maxFplPercent: z.number().positive().max(100_000),
  discountPct: z.number().min(0).max(100),
});

export const FapScreenQuestion = z.object({
  id: QuestionId,
  kind: z.literal('fap_screen'),
  tableYear: z
    .number()
    .int()
    .refine((y) => FPL_YEARS.includes(y), { message: `poverty guidelines are shipped for ${FPL_YEARS.join(', ')}` }),
  region: z.enum(['contiguous', 'alaska', 'hawaii']),
  householdSize: z.number().int().min(1),
  annualIncomeCents: Cents,
  policy: z
    .object({ tiers: z.array(Tier).min(1).optional(), preset: z.string().optional() })
    .superRefine((p, ctx) => {
      if ((p.tiers === undefined) === (p.preset === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give either tiers or preset' });
      } else if (p.preset !== undefined && presetByName(p.preset) === undefined) {
        ctx.addIssue({ code: 'custom', path: ['preset'], message: 'unknown preset (see `kindly compliance presets`)' });
      }
    }),
});
export type FapScreenQuestion = z.infer<typeof FapScreenQuestion>;

export const PaymentCapQuestion = z.object({
  id: QuestionId,
  kind: z.literal('payment_cap'),
  state: StateCode.optional(),
  monthlyFamilyIncomeCents: Cents,
  monthlyEssentialExpensesCents: Cents.optional(),
});
export type PaymentCapQuestion = z.infer<typeof PaymentCapQuestion>;

export const MessageContentQuestion = z.object({
  id: QuestionId,
  kind: z.literal('message_content'),
  collector: Collector,
  channel: z.enum(['sms', 'email', 'voicemail', 'letter']),
  subject: z.string().optional(),
  body: z.string(),
  recipientVerified: z.boolean().optional(),
  at: Instant.optional(),
  /** The last day of the consumer's validation period (1006.34(b)(5)); the overshadowing rule reads it. */
  validationPeriodEndsOn: CalendarDate.optional(),
});
export type MessageContentQuestion = z.infer<typeof MessageContentQuestion>;

export const Question = z.discriminatedUnion('kind', [
  ContactQuestion,
  EcaQuestion,
  CreditReportQuestion,
  FapScreenQuestion,
  PaymentCapQuestion,
  MessageContentQuestion,
]);
export type Question = z.infer<typeof Question>;

export type QuestionKind = Question['kind'];
