import { INTENT_EFFECTS, INTENTS, type ContactChannel, type Intent } from '../intent-effects.js';
import { detectLanguage } from '../text/detect-language.js';
import { tokenize, type Tokens } from '../text/tokenize.js';
import { intentFeatures } from './intent-features.js';
import { compileIntentModel, evidenceTokens, scoreIntents, type IntentModel } from './intent-model.js';
import shipped from './model/intents.json' with { type: 'json' };
import type { AnalyzeOptions, IntentMatch, Language } from '../types.js';
import {
  CHANNEL_WORDS,
  NEAR_NEGATORS,
  NEGATION_STOPS,
  NEGATION_WINDOW,
  NEGATORS,
  OPT_OUT_FILLERS,
  OPT_OUT_KEYWORDS,
  PATTERNS,
  TYPOS,
} from './patterns.js';

// Patterns compiled once with the global flag (exec walks every match); lastIndex is reset per use.
const COMPILED = new Map(
  INTENTS.map((intent) => {
    const p = PATTERNS[intent];
    return [
      intent,
      {
        rules: p.rules.map((r) => ({ re: new RegExp(r.re.source, 'g'), negatable: r.negatable !== false })),
        unless: (p.unless ?? []).map((u) => new RegExp(u.source, 'g')),
      },
    ] as const;
  }),
);

/** The utterance rewritten for the patterns, with a map back to the tokens. */
interface Normalized {
  text: string;
  words: string[];
  /** Token index of every character of `text` (-1 for separators). */
  tokenAt: Int32Array;
}

function normalize(t: Tokens): Normalized {
  const words = t.words.map((w) => TYPOS[w] ?? w);
  let text = '';
  const owner: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i > 0) {
      const sep = t.clause[i] !== t.clause[i - 1] ? ' , ' : ' ';
      text += sep;
      for (let k = 0; k < sep.length; k++) owner.push(-1);
    }
    const w = words[i] as string;
    text += w;
    for (let k = 0; k < w.length; k++) owner.push(i);
  }
  return { text, words, tokenAt: Int32Array.from(owner) };
}

function tokenSpan(n: Normalized, from: number, to: number): [number, number] {
  let first = -1;
  let last = -1;
  for (let c = from; c < to; c++) {
    const tok = n.tokenAt[c] as number;
    if (tok < 0) continue;
    if (first < 0) first = tok;
    last = tok;
  }
  return [first, last];
}

function isNegated(t: Tokens, n: Normalized, first: number, language: Language): boolean {
  const clause = t.clause[first];
  const window = NEGATION_WINDOW[language];
  for (let back = 1; back <= window && first - back >= 0; back++) {
    const j = first - back;
    if (t.clause[j] !== clause) return false;
    const w = n.words[j] as string;
    if (NEGATION_STOPS.has(w)) return false;
    if (NEGATORS.has(w)) return true;
    if (NEAR_NEGATORS.has(w) && (back === 1 || language === 'es')) return true;
  }
  return false;
}

function overlapsAny(text: string, from: number, to: number, patterns: readonly RegExp[]): boolean {
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m.index < to && m.index + m[0].length > from) return true;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return false;
}

function surface(t: Tokens, first: number, last: number): string {
  return t.text.slice(t.start[first], t.end[last]);
}

/** Channels named in the clauses a match touches ("stop calling" -> call); none named -> all. */
function channelsOf(t: Tokens, n: Normalized, first: number, last: number): ContactChannel[] {
  const clauses = new Set<number>();
  for (let i = first; i <= last; i++) clauses.add(t.clause[i] as number);
  const found = new Set<ContactChannel>();
  for (let i = 0; i < n.words.length; i++) {
    if (!clauses.has(t.clause[i] as number)) continue;
    const w = n.words[i] as string;
    const ch = CHANNEL_WORDS[w] ?? (w === 'mail' && n.words[i - 1] === 'e' ? 'email' : undefined);
    if (ch) found.add(ch);
  }
  return found.size === 0 ? ['all'] : (['call', 'sms', 'email'] as const).filter((c) => found.has(c));
}

/**
 * Asking for one channel instead of another ("text me instead of calling", "don't call, just
 * email", "prefiero mensajes, no puedo contestar llamadas", "mándenme un correo en vez de
 * llamar") revokes consent for the other one (TCPA, Reg F). A high-precision layer over the model,
 * outside its features: it proposes cease for the named channel when the model does not, and names
 * the channel the model's clause-wide reading would blur (both "text" and "calling" are in the
 * clause). `rev` is the channel given up.
 */
const CHANNEL_SWITCHES: readonly RegExp[] = [
  /\b(?:text|txt|email|message|write)(?: me| us)?(?: only)? (?:instead of|rather than) (?<rev>call|calling|phone|phoning|ringing)\b/,
  /\b(?:call|phone) me (?:instead of|rather than) (?<rev>text|texting|txting|email|emailing)\b/,
  /\b(?:don't|dont|do not|no more) (?<rev>call|calls|calling|phone calls)(?: me)?(?: ,)? (?:just |only |please |but )*(?:text|txt|email|message|write)\b/,
  /\b(?:prefer|rather) (?:\w+ ){0,2}(?:texts?|text messages|texting|emails?|messages)\b(?: ,)?(?: \S+){0,3}? (?:can't|cant|cannot|don't|dont|do not|no|not)(?: \S+){0,3}? (?<rev>calls|phone calls)\b/,
  /\b(?:prefer|rather)(?: \S+){0,3}? (?:text|texts|email|emails|text messages)(?: \S+){0,2}? (?:than|over|instead of) (?:a |the )?(?<rev>call|calls|phone calls|calling)\b/,
  /\b(?:mand|escrib|envi)\w* (?:\w+ ){0,2}(?:mensajes?|textos?|correos?|whatsapp)\b(?: \w+){0,2}? (?:en vez de|en lugar de) (?<rev>llamar\w*|marcar\w*)\b/,
  /\bprefiero (?:\w+ ){0,2}(?:mensajes|textos?|correos?|whatsapp)\b(?: ,)?(?: \S+){0,3}? (?:no|ni|que|en vez de|en lugar de)(?: \S+){0,3}? (?<rev>llamadas|llamen|llamar\w*)\b/,
  /\bno me (?<rev>llamen|marquen)\b(?: ,)? (?:mejor |nomas |solo |solamente |por favor )*(?:mand|escrib|envi)\w*/,
];
const revokedChannel = (word: string): ContactChannel => (/^(?:text|txt|messag|mensaj|whatsapp)/.test(word) ? 'sms' : /^(?:email|correo)/.test(word) ? 'email' : 'call');

/** The first channel switch in the text: the words that said it and the channel given up. */
function channelSwitch(t: Tokens, n: Normalized): { evidence: string; channel: ContactChannel } | null {
  for (const re of CHANNEL_SWITCHES) {
    const m = re.exec(n.text);
    if (!m?.groups?.rev) continue;
    const [first, last] = tokenSpan(n, m.index, m.index + m[0].length);
    if (first < 0) continue;
    return { evidence: surface(t, first, last), channel: revokedChannel(m.groups.rev) };
  }
  return null;
}

/** A reply that is only an opt-out keyword ("STOP", "Unsubscribe", "BAJA"), or a clause that is. */
function optOutKeyword(t: Tokens, n: Normalized): [number, number] | null {
  let keyword = -1;
  for (let i = 0; i < n.words.length; i++) {
    const w = n.words[i] as string;
    if (OPT_OUT_KEYWORDS.has(w)) keyword = keyword < 0 ? i : keyword;
    else if (!OPT_OUT_FILLERS.has(w)) {
      keyword = -2;
      break;
    }
  }
  if (keyword >= 0) return [keyword, n.words.length - 1];
  // "... Stop." / "Please stop!" as a clause of its own.
  let start = 0;
  for (let i = 0; i <= n.words.length; i++) {
    if (i === n.words.length || t.clause[i] !== t.clause[start]) {
      const clause = n.words.slice(start, i);
      if (clause.includes('stop') && clause.every((w) => w === 'stop' || w === 'please' || w === 'it' || w === 'now')) {
        return [start, i - 1];
      }
      start = i;
    }
  }
  return null;
}

/**
 * The hand-written patterns alone (a high-precision layer and features of the model): every
 * intent a rule matches, with the words it matched.
 */
export function matchIntentPatterns(t: Tokens, language: Language, opts: AnalyzeOptions = {}, n: Normalized = normalize(t)): IntentMatch[] {
  const out: IntentMatch[] = [];
  for (const intent of INTENTS) {
    const { rules, unless } = COMPILED.get(intent)!;
    const evidence: string[] = [];
    let channelFrom = -1;
    let channelTo = -1;
    for (const rule of rules) {
      const re = rule.re;
      re.lastIndex = 0;
      for (let m = re.exec(n.text); m !== null; m = re.exec(n.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const from = m.index;
        const to = from + m[0].length;
        const [first, last] = tokenSpan(n, from, to);
        if (first < 0) continue;
        if (rule.negatable && isNegated(t, n, first, language)) continue;
        if (overlapsAny(n.text, from, to, unless)) continue;
        const s = surface(t, first, last);
        if (!evidence.includes(s)) evidence.push(s);
        if (channelFrom < 0 || first < channelFrom) channelFrom = first;
        if (last > channelTo) channelTo = last;
      }
    }
    let channels: ContactChannel[] | undefined;
    let isKeyword = false;
    if (intent === 'cease_communication') {
      const keyword = optOutKeyword(t, n);
      if (keyword) {
        isKeyword = keyword[0] === 0 && keyword[1] === n.words.length - 1;
        const s = surface(t, keyword[0], keyword[1]);
        if (!evidence.includes(s)) evidence.push(s);
        // A bare keyword opts out of the medium it came in on (the SMS convention); otherwise, or
        // when the medium is unknown, everything: the conservative reading for the consumer.
        const m = opts.medium;
        channels = m === 'call' || m === 'sms' || m === 'email' ? [m] : ['all'];
      } else if (evidence.length > 0) channels = channelsOf(t, n, channelFrom, channelTo);
    }
    if (evidence.length === 0) continue;
    const match: IntentMatch = { intent, evidence, effect: INTENT_EFFECTS[intent] };
    if (channels) match.channels = channels;
    if (isKeyword) match.keyword = true;
    out.push(match);
  }
  return out;
}

const MODEL = compileIntentModel(shipped as unknown as IntentModel);

/** Thresholds and calibration of the shipped model (documented in docs/conversations.md). */
export function intentModelInfo(): Pick<IntentModel, 'intents' | 'thresholds' | 'patternThresholds' | 'calibration' | 'patternFeatures'> & { verifierThresholds: Partial<Record<Intent, number>>; verifierTrustAbove: Partial<Record<Intent, number>> } {
  const { intents, thresholds, patternThresholds, calibration, patternFeatures } = MODEL.model;
  const verifierThresholds = Object.fromEntries((MODEL.model.verifiers ?? []).map((v) => [v.intent, v.threshold]));
  const verifierTrustAbove = Object.fromEntries((MODEL.model.verifiers ?? []).flatMap((v) => (v.trustAbove === undefined ? [] : [[v.intent, v.trustAbove]])));
  return { intents, thresholds, patternThresholds, calibration, patternFeatures, verifierThresholds, verifierTrustAbove };
}

/**
 * Intents of tokenized text (analyzeUtterance shares the tokens with the other analyses): the
 * trained model decides, each intent with its calibrated probability; a bare opt-out keyword is
 * always reported (carrier rules), and the words shown as evidence are the pattern's match when a
 * pattern agrees, else the words that weighed most in the model.
 */
export function detectIntentsInTokens(t: Tokens, language: Language, opts: AnalyzeOptions = {}): IntentMatch[] {
  // Normalized once: the patterns, the opt-out channels and the channel switch all read it.
  const n = normalize(t);
  const patterns = matchIntentPatterns(t, language, opts, n);
  // A bare opt-out keyword is the whole message: it says nothing else, so the model (whose
  // low critical thresholds would otherwise read a one-word text as anything) is not asked.
  const keyword = patterns.find((m) => m.keyword);
  if (keyword) return [{ ...keyword, probability: 1 }];
  const f = intentFeatures(t, language, MODEL.model.patternFeatures ? patterns.map((m) => m.intent) : [], MODEL.model.featureSet ?? 1);
  const scores = scoreIntents(MODEL, f, patterns.map((m) => m.intent));
  const out: IntentMatch[] = [];
  for (const s of scores) {
    const p = patterns.find((m) => m.intent === s.intent);
    if (p?.keyword) {
      out.push({ ...p, probability: 1 });
      continue;
    }
    if (!s.fires) continue;
    const probability = Math.round(s.probability * 1000) / 1000;
    if (p) {
      out.push({ ...p, probability });
      continue;
    }
    const spans = evidenceTokens(MODEL, f, s.intent);
    const evidence = spans.map(([a, b]) => surface(t, a, b));
    const match: IntentMatch = { intent: s.intent, evidence: evidence.length ? evidence : [t.text.trim().slice(0, 80)], effect: INTENT_EFFECTS[s.intent], probability };
    if (s.intent === 'cease_communication') {
      const first = spans[0]?.[0] ?? 0;
      const last = spans.at(-1)?.[1] ?? Math.max(0, t.words.length - 1);
      match.channels = t.words.length ? channelsOf(t, n, first, last) : ['all'];
    }
    out.push(match);
  }
  // A channel switch is a cease request for the channel given up, whatever the model read.
  const change = t.words.length ? channelSwitch(t, n) : null;
  if (change) {
    const cease = out.find((m) => m.intent === 'cease_communication');
    if (cease) cease.channels = [change.channel];
    else {
      const p = scores.find((x) => x.intent === 'cease_communication')!.probability;
      out.push({ intent: 'cease_communication', evidence: [change.evidence], effect: INTENT_EFFECTS.cease_communication, probability: Math.round(p * 1000) / 1000, channels: [change.channel] });
    }
  }
  // The model's intent order is the closed list's order, as the patterns' is.
  return out.sort((a, b) => INTENTS.indexOf(a.intent) - INTENTS.indexOf(b.intent));
}

/** Intents of one utterance, each with the words that matched and its compliance effect. */
export function detectIntents(text: string, opts: AnalyzeOptions = {}): IntentMatch[] {
  const t = tokenize(text);
  return detectIntentsInTokens(t, opts.language ?? detectLanguage(t.words, text), opts);
}

/**
 * The hand-written patterns alone, for callers that apply effects without a person confirming:
 * the model's thresholds are set low for recall because its findings go to review.
 */
export function detectIntentPatterns(text: string, opts: AnalyzeOptions = {}): IntentMatch[] {
  const t = tokenize(text);
  return matchIntentPatterns(t, opts.language ?? detectLanguage(t.words, text), opts);
}

/** Intent names only (for evaluation and simple callers). */
export function intentNames(matches: readonly IntentMatch[]): Intent[] {
  return matches.map((m) => m.intent);
}
