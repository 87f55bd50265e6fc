import type { Tokens } from '../text/tokenize.js';
import { wordInfos, type LexiconPack, type WordInfo } from './lexicon.js';

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

/**
 * Rule-based sentiment over tokens: lexicon valences with phrases, negation (3 words back, same
 * clause), degree adverbs, capitals emphasis, contrast ("but": before x0.5, after x1.5) and "!".
 * `infos` are the tokens' WordInfo (wordInfos(pack, t.words), or the classifier's own merged map).
 */
export function scoreLexicon(t: Tokens, pack: LexiconPack, infos: readonly WordInfo[] = wordInfos(pack, t.words)): LexiconScore {
  const w = t.words;
  const n = w.length;
  const hits: LexiconHit[] = [];
  let contrastAt = -1;
  for (let i = 0; i < n; i++) {
    if ((infos[i] as WordInfo).contrast) {
      contrastAt = i;
      break;
    }
  }
  let sum = 0;
  let positive = 0;
  let negative = 0;
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    let value = NaN;
    let end = i + 1;
    if (info.phraseLen > 0) {
      const word = w[i] as string;
      for (let len = Math.min(info.phraseLen, n - i); len >= 2 && value !== value; len--) {
        let key = word;
        for (let k = 1; k < len; k++) key += ' ' + (w[i + k] as string);
        const pv = pack.phrases.get(key);
        if (pv !== undefined) {
          value = pv;
          end = i + len;
        }
      }
    }
    if (value !== value) {
      if (info.booster !== 0 || info.negator) continue;
      value = info.valence;
      if (value !== value || value === 0) continue;
      // "like" before an amount is filler ("I can do like 20 a month"), not approval.
      if (i + 1 < n && w[i] === 'like' && isDigit((w[i + 1] as string).charCodeAt(0))) continue;
    }
    if (value === 0) {
      // A neutral phrase ("would like", "a good time") hides its words from the rules.
      i = end - 1;
      continue;
    }
    let v = value;
    const s = v > 0 ? 1 : -1;
    if (t.caps[i] === 1 && !t.shouting) v += s * CAPS_INCR;
    const clause = t.clause[i];
    let negated = false;
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const j = i - back;
      if (t.clause[j] !== clause) break;
      const prev = infos[j] as WordInfo;
      if (prev.booster !== 0) v += s * prev.booster * (back === 1 ? 1 : back === 2 ? 0.95 : 0.9);
      if (prev.negator) negated = true;
    }
    if (negated) v *= N_SCALAR;
    if (contrastAt >= 0) v *= i < contrastAt ? 0.5 : i > contrastAt ? 1.5 : 1;
    hits.push({ start: i, end, value: v, negated });
    sum += v;
    if (v > 0) positive += v;
    else negative += v;
    i = end - 1;
  }
  if (sum !== 0 && t.exclamations > 0) sum += (sum > 0 ? 1 : -1) * Math.min(t.exclamations, 4) * EXCL_INCR;
  const compound = sum / Math.sqrt(sum * sum + ALPHA);
  return { sum, positive, negative, compound, hits };
}
