import type { ContactChannel, Intent, IntentEffect } from './intent-effects.js';

export type { ContactChannel, Intent, IntentEffect } from './intent-effects.js';

export type Language = 'en' | 'es';
export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/** A word or phrase that pushed a result, with its signed contribution (+ positive, - negative). */
export interface SentimentEvidence {
  term: string;
  weight: number;
}

export interface SentimentResult {
  label: SentimentLabel;
  /** -1 (very negative) .. 1 (very positive). */
  score: number;
  language: Language;
  /** The terms that drove the score, strongest first (at most 6). */
  evidence: SentimentEvidence[];
}

export interface IntentMatch {
  intent: Intent;
  /** The words of the utterance that matched, as written. */
  evidence: string[];
  /** cease_communication only: the channels the person named ('all' when none was named). */
  channels?: ContactChannel[];
  /** What the server must do about it (same object as INTENT_EFFECTS[intent]). */
  effect: IntentEffect;
  /** Calibrated probability that the utterance carries the intent (1 for an opt-out keyword). */
  probability?: number;
  /**
   * The whole utterance is an opt-out keyword ("STOP", "BAJA"): carrier rules say apply it at
   * once. Any other detection in free text is a proposal for a person to confirm.
   */
  keyword?: boolean;
}

export type CueKind = 'acknowledge' | 'avoid' | 'suggest' | 'action';

/** A hint for the agent; `suggest` cues are phrasings to adapt, never a script to read. */
export interface Cue {
  kind: CueKind;
  text: string;
  /** What triggered it: an intent name, 'distress', 'escalation', 'negative' or 'positive'. */
  because: string;
}

export interface UtteranceAnalysis {
  language: Language;
  label: SentimentLabel;
  score: number;
  /** 0..1: how upset, scared or overwhelmed the speaker sounds. */
  distress: number;
  /** 0..1: how likely the conversation is to escalate (anger, threats, supervisor, complaint). */
  escalationRisk: number;
  /** Self-harm language: the agent must follow the crisis protocol. */
  crisis: boolean;
  intents: IntentMatch[];
  cues: Cue[];
  evidence: {
    sentiment: SentimentEvidence[];
    distress: string[];
    escalation: string[];
  };
}

export interface AnalyzeOptions {
  /** Skip language detection. */
  language?: Language;
  /** The medium the utterance came in on; a bare "STOP" then opts out of that medium only. */
  medium?: 'call' | 'sms' | 'email' | 'chat';
}
