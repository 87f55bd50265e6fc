import type { Tokens } from '../text/tokenize.js';
import { wordValence, type LexiconPack } from './lexicon.js';

// VADER's empirically derived constants (Hutto & Gilbert 2014), kept so the rule part behaves
// like the published method; the trained model then learns how much to trust it.
const N_SCALAR = -0.74;
const CAPS_INCR = 0.733;
const EXCL_INCR = 0.292;
const ALPHA = 15;

/** One lexicon hit after the rules: which tokens, and the valence it finally contributed. */
export interface LexiconHit {
  start: number;
  end: number;
  value: number;
  negated: boolean;
}

export interface LexiconScore {
  /** Sum of contributions, punctuation emphasis included. */
  sum: number;
  positive: number;
  negative: number;
  /** VADER-style normalization of `sum` into -1..1. */
  compound: number;
  hits: LexiconHit[];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/**
 * Rule-based sentiment over tokens: lexicon valences with phrases, negation (3 words back, same
 * clause), degree adverbs, capitals emphasis, contrast ("but": before x0.5, after x1.5) and "!".
 */
export function scoreLexicon(t: Tokens, pack: LexiconPack): LexiconScore {
  const w = t.words;
  const n = w.length;
  const hits: LexiconHit[] = [];
  let contrastAt = -1;
  for (let i = 0; i < n; i++) {
    if (pack.contrast.has(w[i] as string)) {
      contrastAt = i;
      break;
    }
  }
  let sum = 0;
  let positive = 0;
  let negative = 0;
  for (let i = 0; i < n; i++) {
    const word = w[i] as string;
    let value: number | undefined;
    let end = i + 1;
    const maxLen = pack.phraseStarts.get(word);
    if (maxLen !== undefined) {
      for (let len = Math.min(maxLen, n - i); len >= 2 && value === undefined; len--) {
        let key = word;
        for (let k = 1; k < len; k++) key += ' ' + (w[i + k] as string);
        const pv = pack.phrases.get(key);
        if (pv !== undefined) {
          value = pv;
          end = i + len;
        }
      }
    }
    if (value === undefined) {
      if (pack.boosters.has(word) || pack.negators.has(word)) continue;
      // "like" before an amount is filler ("I can do like 20 a month"), not approval.
      if (word === 'like' && i + 1 < n && isDigit((w[i + 1] as string).charCodeAt(0))) continue;
      value = wordValence(pack, word);
      if (value === undefined || value === 0) continue;
    }
    if (value === 0) {
      i = end - 1;
      continue;
    }
    let v = value;
    const s = sign(v);
    if (t.caps[i] === 1 && !t.shouting) v += s * CAPS_INCR;
    const clause = t.clause[i];
    let negated = false;
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const j = i - back;
      if (t.clause[j] !== clause) break;
      const prev = w[j] as string;
      const boost = pack.boosters.get(prev);
      if (boost !== undefined) v += s * boost * (back === 1 ? 1 : back === 2 ? 0.95 : 0.9);
      if (pack.negators.has(prev)) negated = true;
    }
    if (negated) v *= N_SCALAR;
    if (contrastAt >= 0) v *= i < contrastAt ? 0.5 : i > contrastAt ? 1.5 : 1;
    hits.push({ start: i, end, value: v, negated });
    sum += v;
    if (v > 0) positive += v;
    else negative += v;
    i = end - 1;
  }
  if (sum !== 0 && t.exclamations > 0) sum += sign(sum) * Math.min(t.exclamations, 4) * EXCL_INCR;
  const compound = sum / Math.sqrt(sum * sum + ALPHA);
  return { sum, positive, negative, compound, hits };
}
