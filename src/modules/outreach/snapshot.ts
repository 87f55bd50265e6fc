import type { HoldType, PersonPreferences } from '../people/index.js';
import type { Language, OutreachChannel, Tone } from './journeys/journey.schema.js';

/** Hold types the compliance contract knows; the others are journey pauses only. */
export const COMPLIANCE_HOLD_TYPES = ['dispute', 'cease_communication', 'attorney', 'bankruptcy', 'deceased'] as const;

export interface PlanInstallmentView {
  seq: number;
  dueOn: string;
  amountCents: number;
  paidCents: number;
}

/** A payment plan as outreach needs it, read from the plans module's tables (load-snapshots). */
export interface PlanView {
  status: 'active' | 'grace' | 'missed' | 'hardship_paused' | 'replan_offered' | 'defaulted' | 'completed' | 'cancelled';
  installments: PlanInstallmentView[];
}

export interface StepAttempts {
  n: number;
  lastAt: string;
}

export interface JourneyStateView {
  journey: string | null;
  journeyVersion: number | null;
  status: 'new' | 'active' | 'paused' | 'completed';
  pausedReason: string | null;
  /** Keyed `step@anchorDate`, counted since the last payment. */
  attempts: Record<string, StepAttempts>;
  totalAttempts: number;
  lastContactAt: Date | null;
  paymentMarker: Date | null;
  manualPause: { reason: string; until: string } | null;
  lastSignature: string | null;
  enteredAt: Date | null;
  nextEvalAt: Date;
}

export interface HistoryItem {
  channel: string;
  direction: 'outbound' | 'inbound';
  at: Date;
  status: string;
  outcome: string | null;
  accountId: string | null;
}

/**
 * Everything the decision for one account needs, read in one go (set-based for a batch):
 * the account, the person (zones, language, preferences), consents, revocations, holds, the last
 * days of contact history, the plan, and where the account is in its journey.
 */
/**
 * What the contact question (contactQuestion) reads of a snapshot, and all a call check may read:
 * a list's call check fills only this (questionSnapshotsOf), so a question that came to read more
 * would not compile rather than read an empty field.
 */
export interface ContactQuestionInput {
  tenant: Pick<AccountSnapshot['tenant'], 'id' | 'kind' | 'collectorRole' | 'ruleSetVersion'>;
  account: Pick<AccountSnapshot['account'], 'id'>;
  person: Pick<AccountSnapshot['person'], 'state' | 'timeZones' | 'deceased' | 'preferences'>;
  contactPoints: AccountSnapshot['contactPoints'];
  consents: AccountSnapshot['consents'];
  revocations: AccountSnapshot['revocations'];
  holds: AccountSnapshot['holds'];
  history: AccountSnapshot['history'];
}

export interface AccountSnapshot {
  tenant: {
    id: string;
    name: string;
    kind: 'provider' | 'nonprofit_hospital' | 'payer' | 'agency';
    collectorRole: 'original_creditor' | 'debt_collector';
    timeZone: string;
    phone: string;
    /** The representative named in voicemails (a limited-content message names a natural person). */
    agentName: string;
    /** The tenant's current rule-set version (null: the shipped rules); read only when asked for (loadSnapshots' `ruleSetVersion`). */
    ruleSetVersion?: string | null;
  };
  account: {
    id: string;
    externalRef: string;
    status: string;
    dueOn: string | null;
    firstStatementOn: string | null;
    balanceCents: number;
    insurancePendingCents: number;
    patientDueCents: number;
    lastPaymentAt: Date | null;
  };
  person: {
    id: string;
    givenName: string;
    language: Language;
    state: string | null;
    timeZones: string[];
    deceased: boolean;
    preferences: PersonPreferences & { tone?: Tone };
  };
  contactPoints: Array<{ system: 'phone' | 'email'; value: string; use: string; rank: number; verified: boolean }>;
  consents: Array<{ channel: 'call' | 'sms' | 'email'; type: 'prior_express' | 'call_window'; givenTo: 'creditor' | 'collector'; givenAt: Date; until: Date | null }>;
  revocations: Array<{ channel: 'call' | 'sms' | 'email' | 'all'; receivedAt: Date; means: string; text: string | null }>;
  holds: Array<{ type: HoldType; accountId: string | null; since: Date; resolvedAt: Date | null }>;
  history: HistoryItem[];
  plan: PlanView | null;
  state: JourneyStateView;
  /**
   * The scoring module's view (absent when never scored or screened): a likely-eligible screening
   * puts the assistance offer first and holds escalations; hardship softens the tone. Never used
   * to contact sooner or harder.
   */
  scoring?: { likelyEligible: boolean; pay30: number | null; hardship: number | null } | null;
}

export type { OutreachChannel, Tone, Language };
