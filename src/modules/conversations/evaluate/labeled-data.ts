import type { ContactChannel, Intent, Language, SentimentLabel } from '../types.js';
import { INTENTS } from '../intent-effects.js';
import type { TrainingExample } from '../sentiment/train-sentiment-model.js';

/** One line of data/utterances.jsonl: Kindly's own labeled collections utterances. */
export interface LabeledUtterance {
  id: string;
  split: 'train' | 'test';
  language: Language;
  text: string;
  sentiment: SentimentLabel;
  intents: Intent[];
  channels?: ContactChannel[];
  medium?: 'call' | 'sms' | 'email' | 'chat';
}

/** One line of data/sentiment-utterances.jsonl (sentiment only), or any labeled utterance. */
export interface SentimentUtterance {
  id: string;
  split: 'train' | 'test';
  language: Language;
  text: string;
  sentiment: SentimentLabel;
}

/** A sentence of a binary sentiment corpus (UCI: class 0 negative, 1 positive). */
export interface BinarySentence {
  text: string;
  positive: boolean;
}

/** Where the labeled utterances ship inside the module (read it with fs in Node). */
export const UTTERANCES_URL = new URL('../data/utterances.jsonl', import.meta.url);

/** Kindly's own sentiment-only utterances (mostly neutral, factual billing talk). */
export const SENTIMENT_UTTERANCES_URL = new URL('../data/sentiment-utterances.jsonl', import.meta.url);

const intentSet = new Set<string>(INTENTS);

/** Parses data/sentiment-utterances.jsonl. */
export function parseSentimentUtterances(jsonl: string): SentimentUtterance[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SentimentUtterance);
}

/** Parses data/utterances.jsonl, rejecting unknown intents so a typo cannot hide a label. */
export function parseUtterances(jsonl: string): LabeledUtterance[] {
  const out: LabeledUtterance[] = [];
  for (const [n, line] of jsonl.split('\n').entries()) {
    if (line.trim() === '') continue;
    const u = JSON.parse(line) as LabeledUtterance;
    for (const i of u.intents) if (!intentSet.has(i)) throw new Error(`line ${n + 1}: unknown intent ${i}`);
    out.push(u);
  }
  return out;
}

/** Parses a UCI JSON array ({text, class 0|1|null}), skipping the null-class entries. */
export function parseUciSentences(json: string): BinarySentence[] {
  const rows = JSON.parse(json) as Array<{ text: string; class: 0 | 1 | null }>;
  return rows.filter((r) => r.class === 0 || r.class === 1).map((r) => ({ text: r.text, positive: r.class === 1 }));
}

/** English training-split utterances (ours) as training examples; the test split never is. */
export function domainTrainingExamples(utterances: readonly SentimentUtterance[]): TrainingExample[] {
  return utterances
    .filter((u) => u.split === 'train' && u.language === 'en')
    .map((u) => ({ text: u.text, label: u.sentiment }));
}

export function binaryExamples(sentences: readonly BinarySentence[]): TrainingExample[] {
  return sentences.map((s) => ({ text: s.text, label: s.positive ? 'positive' : 'negative' }));
}
