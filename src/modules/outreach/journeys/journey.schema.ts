import { z } from 'zod';

export const CHANNELS = ['email', 'sms', 'letter', 'call'] as const;
export type OutreachChannel = (typeof CHANNELS)[number];

export const TONES = ['warm', 'informative', 'urgent_but_kind'] as const;
export type Tone = (typeof TONES)[number];

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Where an account is, as journeys see it. `patient_due`: the patient owes after adjudication;
 * `plan`: a payment plan is being serviced; `resolved`: paid off by the patient.
 */
export const PHASES = ['patient_due', 'plan', 'resolved'] as const;
export type Phase = (typeof PHASES)[number];

/** The date each step's window counts days from (day 0 is the anchor date itself). */
export const ANCHORS = ['due_on', 'first_statement_on', 'installment_due_on', 'resolved_on'] as const;
export type Anchor = (typeof ANCHORS)[number];

export const TENANT_KINDS = ['provider', 'nonprofit_hospital', 'payer', 'agency'] as const;

export const PURPOSES = ['collection', 'required_notice', 'relationship'] as const;

export const JourneyStep = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
  description: z.string().optional(),
  /** Days from the anchor, both ends inclusive, in the person's local calendar. */
  window: z.object({ fromDay: z.number().int(), toDay: z.number().int() }),
  template: z.string().min(1),
  /** Channels allowed for this step, in the journey's order of preference. */
  channels: z.array(z.enum(CHANNELS)).min(1),
  tone: z.enum(TONES),
  /** `relationship` messages (thank-you, survey) are not collection communications. */
  purpose: z.enum(PURPOSES).default('collection'),
  /** Sends of this step per anchor date (reset by a payment). */
  maxAttempts: z.number().int().min(1).max(10).default(1),
  /** Days between repeated sends of this step. */
  repeatEveryDays: z.number().int().min(1).max(90).optional(),
  /**
   * The step announces an extraordinary collection action: it goes out only where the compliance
   * engine says the action could follow after `noticeDays` (501(r)'s 30-day written notice).
   */
  escalation: z
    .object({
      action: z.enum(['credit_report', 'sell_debt', 'lawsuit', 'wage_garnishment', 'lien', 'defer_care', 'agency_placement']),
      noticeDays: z.number().int().min(1).max(120).default(30),
    })
    .optional(),
});
export type JourneyStep = z.infer<typeof JourneyStep>;

export const JourneyDefinition = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
  version: z.number().int().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  entry: z.object({
    tenantKinds: z.array(z.enum(TENANT_KINDS)).min(1),
    phase: z.enum(PHASES),
  }),
  anchor: z.enum(ANCHORS),
  /** After a payment, wait this many days before the next collection contact. */
  quietDaysAfterPayment: z.number().int().min(0).max(60).default(7),
  steps: z.array(JourneyStep).min(1),
});
export type JourneyDefinition = z.infer<typeof JourneyDefinition>;

export const ChannelText = z.object({
  subject: z.string().optional(),
  body: z.string().min(1),
  /** Calls only: the limited-content voicemail an agent may leave. */
  voicemail: z.string().optional(),
});
export type ChannelText = z.infer<typeof ChannelText>;

export const ToneText = z.object({ greeting: z.string(), line: z.string(), closing: z.string() });

/** One language's templates: tone phrases shared by every template, then each template per channel. */
export const TemplateCatalogFile = z.object({
  language: z.enum(LANGUAGES),
  locale: z.string(),
  tones: z.object({ warm: ToneText, informative: ToneText, urgent_but_kind: ToneText }),
  /** Appended to every electronic message (Reg F §1006.6(e)). */
  optOut: z.object({ sms: z.string().min(1), email: z.string().min(1) }),
  /** What a debt collector's texts and emails must say (Reg F § 1006.18(e)); creditors leave it out. */
  collectorDisclosure: z.string().min(1),
  /** Verification line (scam resistance) appended to electronic messages and letters. */
  verify: z.string().min(1),
  templates: z.record(
    z.string(),
    z.object({
      sms: ChannelText.optional(),
      email: ChannelText.extend({ subject: z.string().min(1) }).optional(),
      letter: ChannelText.extend({ subject: z.string().min(1) }).optional(),
      call: ChannelText.optional(),
    }),
  ),
});
export type TemplateCatalogFile = z.infer<typeof TemplateCatalogFile>;

/** Placeholders a template may use; anything else is a configuration error found at boot. */
export const PLACEHOLDERS = [
  'firstName',
  'org',
  'orgPhone',
  'amount',
  'dueDate',
  'link',
  'verifyCode',
  'verifyUrl',
  'surveyLink',
  'installmentAmount',
  'installmentDueDate',
  'greeting',
  'toneLine',
  'closing',
  'accountRef',
  'agentName',
] as const;
