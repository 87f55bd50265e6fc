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

/** A sentence of a binary sentiment corpus (UCI: class 0 negative, 1 positive). */
export interface BinarySentence {
  text: string;
  positive: boolean;
}

/** Where the labeled utterances ship inside the module (read it with fs in Node). */
export const UTTERANCES_URL = new URL('../data/utterances.jsonl', import.meta.url);

const intentSet = new Set<string>(INTENTS);

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

/** English training-split utterances as soft-target examples (neutral = 0.5). */
export function domainTrainingExamples(utterances: readonly LabeledUtterance[]): TrainingExample[] {
  return utterances
    .filter((u) => u.split === 'train' && u.language === 'en')
    .map((u) => ({ text: u.text, target: u.sentiment === 'positive' ? 1 : u.sentiment === 'negative' ? 0 : 0.5 }));
}

export function binaryExamples(sentences: readonly BinarySentence[]): TrainingExample[] {
  return sentences.map((s) => ({ text: s.text, target: s.positive ? 1 : 0 }));
}
