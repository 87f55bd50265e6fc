import type { Tokens } from '../text/tokenize.js';
import type { LexiconPack } from './lexicon.js';
import type { LexiconScore } from './score-lexicon.js';

/** Names of the dense (lexicon) features, in model order. */
export const DENSE_FEATURES = ['lexCompound', 'lexPositive', 'lexNegative', 'lexStrength', 'exclaim'] as const;

export interface SentimentFeatures {
  /** Sparse binary features: "word", "!word" (inside a negation's scope), "word word" (bigram). */
  keys: string[];
  /** Token index each sparse key starts at (for explanations); bigrams also cover index + 1. */
  at: number[];
  dense: number[];
}

/** The dense features (DENSE_FEATURES order). */
export function denseFeatures(t: Tokens, lex: LexiconScore): number[] {
  // lexStrength lets the neutral class learn that strong affect (either way) is not neutral.
  return [
    lex.compound,
    Math.tanh(lex.positive / 3),
    Math.tanh(-lex.negative / 3),
    Math.abs(lex.compound),
    t.exclamations > 0 ? 1 : 0,
  ];
}

/**
 * The features the trained model sees; training (scripts/train-sentiment.ts) and inference call
 * this same function, so they cannot drift apart.
 */
export function extractFeatures(t: Tokens, pack: LexiconPack, lex: LexiconScore): SentimentFeatures {
  const w = t.words;
  const n = w.length;
  const keys: string[] = [];
  const at: number[] = [];
  // Negation scope: from a negator to the end of its clause or a contrast word (Das & Chen style
  // marking), so "not good" and "good" become different features.
  let negClause = -1;
  for (let i = 0; i < n; i++) {
    const word = w[i] as string;
    const clause = t.clause[i] as number;
    if (negClause !== clause) negClause = -1;
    if (pack.contrast.has(word)) negClause = -1;
    keys.push(negClause >= 0 ? '!' + word : word);
    at.push(i);
    if (pack.negators.has(word)) negClause = clause;
    if (i + 1 < n && t.clause[i + 1] === clause) {
      keys.push(word + ' ' + (w[i + 1] as string));
      at.push(i);
    }
  }
  return { keys, at, dense: denseFeatures(t, lex) };
}
