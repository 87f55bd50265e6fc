import type { ContactChannel } from '../intent-effects.js';
import type { Cue, IntentMatch, Language, SentimentResult } from '../types.js';
import { CUE_LIBRARY, type Signal } from './cue-library.js';

export interface CueInput {
  text: string;
  language: Language;
  sentiment: SentimentResult;
  intents: readonly IntentMatch[];
  distress: number;
  escalationRisk: number;
  crisis: boolean;
}

/** Signals in the order an agent must deal with them: safety, legal holds, then the rest. */
const PRIORITY: Signal[] = [
  'crisis', 'deceased', 'attorney', 'bankruptcy', 'cease_communication', 'dispute', 'wrong_person',
  'distress', 'escalation', 'complaint', 'hardship', 'already_paid', 'insurance_should_pay',
  'bill_confusion', 'wants_assistance', 'wants_plan', 'callback_later', 'negative', 'positive',
];

const CHANNEL_EN: Record<ContactChannel, [string, string]> = {
  all: ['all channels', 'contacting you'],
  call: ['calls', 'calling you'],
  sms: ['text messages', 'texting you'],
  email: ['email', 'emailing you'],
};
const CHANNEL_ES: Record<ContactChannel, [string, string]> = {
  all: ['contactarle', 'contactándole'],
  call: ['llamarle', 'llamándole'],
  sms: ['enviarle mensajes', 'enviándole mensajes'],
  email: ['enviarle correos', 'enviándole correos'],
};

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function joinOr(parts: string[], or: string): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${or} ${parts[parts.length - 1]}`;
}

function fill(text: string, channels: readonly ContactChannel[] | undefined, language: Language): string {
  if (!text.includes('{')) return text;
  const chans = channels && channels.length > 0 ? channels : (['all'] as const);
  return text
    .replace('{channels}', joinOr(chans.map((c) => CHANNEL_EN[c][0]), 'or'))
    .replace('{channelsVerb}', joinOr(chans.map((c) => (language === 'es' ? CHANNEL_ES[c][0] : CHANNEL_EN[c][1])), language === 'es' ? 'o' : 'or'))
    .replace('{channelsGerund}', joinOr(chans.map((c) => CHANNEL_ES[c][1]), 'o'));
}

/**
 * Cues for the agent from what was detected: for the most pressing signals, what to acknowledge,
 * what to avoid, the action due, and at most two suggested phrasings in the conversation's
 * language, varied by utterance so they read as suggestions, not a script.
 */
export function suggestCues(input: CueInput): Cue[] {
  const signals: Signal[] = [];
  const present = new Set<Signal>(input.intents.map((m) => m.intent));
  if (input.crisis) present.add('crisis');
  if (input.distress >= 0.5) present.add('distress');
  if (input.escalationRisk >= 0.5) present.add('escalation');
  if (input.sentiment.label === 'negative' && input.sentiment.score <= -0.5) present.add('negative');
  if (input.sentiment.label === 'positive' && present.size === 0) present.add('positive');
  for (const s of PRIORITY) if (present.has(s)) signals.push(s);
  // Generic sentiment cues only when nothing more specific applies.
  const specific = signals.filter((s) => s !== 'negative' && s !== 'positive');
  const chosen = (specific.length > 0 ? specific : signals).slice(0, 4);
  const channels = input.intents.find((m) => m.intent === 'cease_communication')?.channels;
  const cues: Cue[] = [];
  const seed = hash(input.text);
  for (const s of chosen) {
    const c = CUE_LIBRARY[s];
    cues.push({ kind: 'acknowledge', text: fill(c.acknowledge, channels, 'en'), because: s });
    if (c.avoid) cues.push({ kind: 'avoid', text: c.avoid, because: s });
    if (c.action) cues.push({ kind: 'action', text: fill(c.action, channels, 'en'), because: s });
  }
  // One phrasing for the most pressing signal, a second for the next one (different signals, so
  // the agent sees two angles, e.g. condolences and the plan).
  chosen.slice(0, 2).forEach((s, k) => {
    const options = CUE_LIBRARY[s].suggest[input.language];
    const text = options[(seed + k) % options.length] as string;
    cues.push({ kind: 'suggest', text: fill(text, channels, input.language), because: s });
  });
  return cues;
}
