/** The closed list of intents (same names in API, CLI and UI; ../shared/contracts/cli.md). */
export const INTENTS = [
  'dispute',
  'cease_communication',
  'attorney',
  'bankruptcy',
  'deceased',
  'hardship',
  'already_paid',
  'wrong_person',
  'wants_plan',
  'wants_assistance',
  'bill_confusion',
  'insurance_should_pay',
  'callback_later',
  'complaint',
] as const;

export type Intent = (typeof INTENTS)[number];

/**
 * Intents whose miss is a legal violation: their thresholds are tuned for recall, and in free
 * text they become a proposed effect (outreach paused, a person confirms or dismisses).
 */
export const CRITICAL_INTENTS = ['dispute', 'cease_communication', 'attorney', 'bankruptcy', 'deceased'] as const satisfies readonly Intent[];
export type CriticalIntent = (typeof CRITICAL_INTENTS)[number];

/** Channels a cease-communication request can name; 'all' when none was named. */
export type ContactChannel = 'call' | 'sms' | 'email' | 'all';

export type IntentAction =
  | 'record_opt_out'
  | 'place_hold'
  | 'offer_assistance_screening'
  | 'verify_payment'
  | 'stop_and_verify_identity'
  | 'offer_plan'
  | 'explain_bill'
  | 'review_insurance'
  | 'schedule_callback'
  | 'escalate_to_supervisor';

/**
 * What the server must do when an intent is detected. Kindly's compliance engine consumes the
 * `hold` types and the opt-out (a revocation on the named channels) from the contract in
 * ../shared/contracts/compliance.md; the rest are workflow effects.
 */
export interface IntentEffect {
  action: IntentAction;
  /** The compliance hold to place (compliance.md `holds[].type`), if any. */
  hold?: 'dispute' | 'cease_communication' | 'attorney' | 'bankruptcy' | 'deceased';
  /** Collection activity on the account must pause until a person has reviewed it. */
  pausesCollection: boolean;
  /** A person must confirm before the effect is final (a model found it, a human decides). */
  requiresReview: boolean;
  /** The compliance reason codes this effect will produce once applied. */
  reasonCodes: string[];
  description: string;
}

/** Declared compliance and workflow effect of every intent, exported as data for the server. */
export const INTENT_EFFECTS: Readonly<Record<Intent, IntentEffect>> = Object.freeze({
  dispute: {
    action: 'place_hold',
    hold: 'dispute',
    pausesCollection: true,
    requiresReview: true,
    reasonCodes: ['reg_f_dispute_pending_verification'],
    description: 'Dispute hold: stop collecting the disputed debt until it is verified (and send verification).',
  },
  cease_communication: {
    action: 'record_opt_out',
    pausesCollection: false,
    requiresReview: false,
    reasonCodes: ['reg_f_medium_opt_out', 'tcpa_consent_revoked', 'reg_f_cease_communication'],
    description:
      "Record an opt-out (revocation) for the named channels at once; 'all' becomes a cease-communication hold when given in writing.",
  },
  attorney: {
    action: 'place_hold',
    hold: 'attorney',
    pausesCollection: true,
    requiresReview: true,
    reasonCodes: ['attorney_represented'],
    description: 'Attorney hold: contact the attorney, not the consumer, once representation is confirmed.',
  },
  bankruptcy: {
    action: 'place_hold',
    hold: 'bankruptcy',
    pausesCollection: true,
    requiresReview: true,
    reasonCodes: ['bankruptcy'],
    description: 'Bankruptcy hold: stop collection (automatic stay) and verify the case.',
  },
  deceased: {
    action: 'place_hold',
    hold: 'deceased',
    pausesCollection: true,
    requiresReview: true,
    reasonCodes: ['deceased'],
    description: 'Deceased hold: stop contact about the person, route to estate handling with care.',
  },
  hardship: {
    action: 'offer_assistance_screening',
    pausesCollection: false,
    requiresReview: false,
    reasonCodes: [],
    description: 'Offer a financial-assistance screening and affordable options before any payment ask.',
  },
  already_paid: {
    action: 'verify_payment',
    pausesCollection: true,
    requiresReview: true,
    reasonCodes: [],
    description: 'Look up the payment and pause reminders until it is reconciled.',
  },
  wrong_person: {
    action: 'stop_and_verify_identity',
    pausesCollection: true,
    requiresReview: true,
    reasonCodes: [],
    description: 'Stop: disclose nothing more, mark the number as possibly wrong, verify identity.',
  },
  wants_plan: {
    action: 'offer_plan',
    pausesCollection: false,
    requiresReview: false,
    reasonCodes: [],
    description: 'Offer payment plans within policy and the stated budget.',
  },
  wants_assistance: {
    action: 'offer_assistance_screening',
    pausesCollection: false,
    requiresReview: false,
    reasonCodes: ['irc_501r6_fap_application_pending'],
    description: 'Send or start the financial assistance application (an open application holds ECAs).',
  },
  bill_confusion: {
    action: 'explain_bill',
    pausesCollection: false,
    requiresReview: false,
    reasonCodes: [],
    description: 'Explain the bill in plain language (statement lines, EOB, what insurance paid).',
  },
  insurance_should_pay: {
    action: 'review_insurance',
    pausesCollection: false,
    requiresReview: true,
    reasonCodes: [],
    description: 'Check coverage and claim status; rebill insurance if it should pay.',
  },
  callback_later: {
    action: 'schedule_callback',
    pausesCollection: false,
    requiresReview: false,
    reasonCodes: ['reg_f_known_inconvenient_time'],
    description: 'Schedule the callback; record a stated inconvenient time so it is respected.',
  },
  complaint: {
    action: 'escalate_to_supervisor',
    pausesCollection: false,
    requiresReview: true,
    reasonCodes: [],
    description: 'Log the complaint and offer a supervisor.',
  },
});
