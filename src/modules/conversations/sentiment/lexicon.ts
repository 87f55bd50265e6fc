import type { Language } from '../types.js';
import { boundedMemo } from '../../../platform/memo/index.js';
import vader from './model/vader-lexicon.json' with { type: 'json' };
import {
  ENGLISH_BOOSTERS,
  ENGLISH_CONTRAST,
  ENGLISH_LEXICON_EXTRA,
  ENGLISH_NEGATORS,
} from './lexicon-en-extra.js';
import { SPANISH_BOOSTERS, SPANISH_CONTRAST, SPANISH_LEXICON, SPANISH_NEGATORS } from './lexicon-es.js';

/** Everything the rule-based scorer needs for one language, built once at load. */
export interface LexiconPack {
  language: Language;
  words: Map<string, number>;
  /** Phrases keyed by their words joined with spaces; `phraseStarts` lists their first words. */
  phrases: Map<string, number>;
  phraseStarts: Map<string, number>;
  negators: Set<string>;
  boosters: Map<string, number>;
  contrast: Set<string>;
  /** Spanish plural/feminine fallback lookup; English uses exact words only. */
  inflect: boolean;
}

function build(
  language: Language,
  entries: Array<[string, number | null]>,
  negators: string[],
  boosters: Record<string, number>,
  contrast: string[],
  inflect: boolean,
): LexiconPack {
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  const phraseStarts = new Map<string, number>();
  for (const [rawKey, value] of entries) {
    const key = rawKey.replace(/_/g, ' ');
    if (key.includes(' ')) {
      if (value === null) phrases.delete(key);
      else {
        phrases.set(key, value);
        const parts = key.split(' ');
        const first = parts[0] as string;
        phraseStarts.set(first, Math.max(phraseStarts.get(first) ?? 0, parts.length));
      }
    } else if (value === null) words.delete(key);
    else words.set(key, value);
  }
  for (const n of negators) words.delete(n);
  return {
    language,
    words,
    phrases,
    phraseStarts,
    negators: new Set(negators),
    boosters: new Map(Object.entries(boosters)),
    contrast: new Set(contrast),
    inflect,
  };
}

export const ENGLISH: LexiconPack = build(
  'en',
  [...Object.entries(vader.words as Record<string, number>), ...Object.entries(ENGLISH_LEXICON_EXTRA)],
  ENGLISH_NEGATORS,
  ENGLISH_BOOSTERS,
  ENGLISH_CONTRAST,
  false,
);

export const SPANISH: LexiconPack = build(
  'es',
  Object.entries(SPANISH_LEXICON),
  SPANISH_NEGATORS,
  SPANISH_BOOSTERS,
  SPANISH_CONTRAST,
  true,
);

export function lexiconFor(language: Language): LexiconPack {
  return language === 'es' ? SPANISH : ENGLISH;
}

/** What the rules know about one word, found with a single Map lookup per token. */
export interface WordInfo {
  /** Lexicon valence, or NaN when the word has none. */
  valence: number;
  negator: boolean;
  /** Degree-adverb increment (0 when none). */
  booster: number;
  contrast: boolean;
  /** Longest phrase starting with this word (0 when none). */
  phraseLen: number;
}

export const NO_INFO: WordInfo = Object.freeze({ valence: NaN, negator: false, booster: 0, contrast: false, phraseLen: 0 });

function infoOf(pack: LexiconPack, w: string): WordInfo {
  const valence = wordValence(pack, w);
  const negator = pack.negators.has(w);
  const booster = pack.boosters.get(w) ?? 0;
  const contrast = pack.contrast.has(w);
  const phraseLen = pack.phraseStarts.get(w) ?? 0;
  if (valence === undefined && !negator && booster === 0 && !contrast && phraseLen === 0) return NO_INFO;
  return { valence: valence ?? NaN, negator, booster, contrast, phraseLen };
}

const infoMemos = new Map<LexiconPack, (word: string) => WordInfo>();

/** WordInfo of every token (memoized per pack; the memo is bounded for long-running servers). */
export function wordInfos(pack: LexiconPack, words: readonly string[]): WordInfo[] {
  let info = infoMemos.get(pack);
  if (!info) infoMemos.set(pack, (info = boundedMemo(100_000, (w: string) => infoOf(pack, w))));
  const out = new Array<WordInfo>(words.length);
  for (let i = 0; i < words.length; i++) out[i] = info(words[i] as string);
  return out;
}

/** Valence of one word, trying Spanish plural and feminine forms when the pack inflects. */
export function wordValence(pack: LexiconPack, w: string): number | undefined {
  const v = pack.words.get(w);
  if (v !== undefined || !pack.inflect || w.length < 4) return v;
  const last = w.charCodeAt(w.length - 1);
  if (last === 115 /* s */) {
    const sing = w.slice(0, -1);
    const s1 = pack.words.get(sing);
    if (s1 !== undefined) return s1;
    if (sing.endsWith('e')) {
      const s2 = pack.words.get(sing.slice(0, -1));
      if (s2 !== undefined) return s2;
    }
    if (sing.endsWith('a')) return pack.words.get(sing.slice(0, -1) + 'o');
    return undefined;
  }
  if (last === 97 /* a */) return pack.words.get(w.slice(0, -1) + 'o');
  return undefined;
}
