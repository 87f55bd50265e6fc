import { analyzeUtterance } from './analyze-utterance.js';
import type { AnalyzeOptions, Cue, Intent, Language, SentimentEvidence, SentimentLabel } from './types.js';

/** One output line of `kindly sentiment classify`. */
export type ClassifiedLine =
  | {
      id: unknown;
      label: SentimentLabel;
      score: number;
      intents: Intent[];
      cues: Cue[];
      language: Language;
      distress: number;
      escalationRisk: number;
      crisis: boolean;
      /** cease_communication only: the channels to opt out of. */
      optOutChannels?: string[];
      evidence: {
        sentiment: SentimentEvidence[];
        intents: Partial<Record<Intent, string[]>>;
        distress: string[];
        escalation: string[];
      };
    }
  | { id: unknown; error: { path: string; message: string } };

const MEDIA = new Set(['call', 'sms', 'email', 'chat']);

/**
 * Classifies one input line `{"id","text"}` (optional "language": "en"|"es", "medium":
 * "call"|"sms"|"email"|"chat"). Returns `ok: false` with an error line for malformed input; the
 * CLI prints every result and exits 1 at the end if any line was rejected.
 */
export function classifyJsonLine(line: string): { ok: boolean; value: ClassifiedLine } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { ok: false, value: { id: null, error: { path: '', message: `invalid JSON: ${(e as Error).message}` } } };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, value: { id: null, error: { path: '', message: 'expected a JSON object {"id","text"}' } } };
  }
  const o = input as Record<string, unknown>;
  const id = o.id ?? null;
  if (typeof o.text !== 'string') {
    return { ok: false, value: { id, error: { path: 'text', message: 'text must be a string' } } };
  }
  if (o.language !== undefined && o.language !== 'en' && o.language !== 'es') {
    return { ok: false, value: { id, error: { path: 'language', message: 'language must be "en" or "es"' } } };
  }
  if (o.medium !== undefined && !(typeof o.medium === 'string' && MEDIA.has(o.medium))) {
    return { ok: false, value: { id, error: { path: 'medium', message: 'medium must be one of call, sms, email, chat' } } };
  }
  const opts: AnalyzeOptions = {};
  if (o.language !== undefined) opts.language = o.language as Language;
  if (o.medium !== undefined) opts.medium = o.medium as AnalyzeOptions['medium'];
  const a = analyzeUtterance(o.text, opts);
  const intentEvidence: Partial<Record<Intent, string[]>> = {};
  for (const m of a.intents) intentEvidence[m.intent] = m.evidence;
  const value: ClassifiedLine = {
    id,
    label: a.label,
    score: a.score,
    intents: a.intents.map((m) => m.intent),
    cues: a.cues,
    language: a.language,
    distress: a.distress,
    escalationRisk: a.escalationRisk,
    crisis: a.crisis,
    evidence: {
      sentiment: a.evidence.sentiment,
      intents: intentEvidence,
      distress: a.evidence.distress,
      escalation: a.evidence.escalation,
    },
  };
  const cease = a.intents.find((m) => m.intent === 'cease_communication');
  if (cease?.channels) value.optOutChannels = cease.channels;
  return { ok: true, value };
}

/** Classifies every non-blank line; `rejected` counts the malformed ones. */
export function classifyJsonLines(lines: Iterable<string>): { results: ClassifiedLine[]; rejected: number } {
  const results: ClassifiedLine[] = [];
  let rejected = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const r = classifyJsonLine(line);
    if (!r.ok) rejected++;
    results.push(r.value);
  }
  return { results, rejected };
}
