import type { Language, SentimentEvidence, SentimentLabel, SentimentResult } from '../types.js';
import { decideLanguage, LANGUAGE_WORDS, languageVote } from '../text/detect-language.js';
import { surfaceOf, tokenize, type Tokens } from '../text/tokenize.js';
import { denseFeatures } from './features.js';
import { ENGLISH, NO_INFO, SPANISH, wordInfos, type WordInfo } from './lexicon.js';
import shipped from './model/sentiment-en.json' with { type: 'json' };
import { scoreLexicon, type LexiconScore } from './score-lexicon.js';
import type { SentimentModel } from './train-sentiment-model.js';

/** |score| below this is neutral (the Spanish rule-based path, and polar near-ties in English). */
export const NEUTRAL_BAND = 0.1;

/**
 * English is neutral when the model gives the neutral class at least this probability. Above
 * 1/3 on purpose: the neutral class is learned from few (our own) examples, and on opinionated
 * text a "neutral" is a miss.
 */
export const NEUTRAL_PROBABILITY = 0.5;

/** A model ready for scoring. */
export interface SentimentClassifier {
  /** `language` skips detection. */
  classifyTokens(t: Tokens, language?: Language): SentimentResult;
}

type Triple = [number, number, number];

/** Everything known about one English word, so each token costs one Map lookup. */
interface Entry {
  info: WordInfo;
  uni: Triple | undefined;
  neg: Triple | undefined;
  bi: Map<string, Triple> | undefined;
  lang: number;
}

const EMPTY: Entry = { info: NO_INFO, uni: undefined, neg: undefined, bi: undefined, lang: 0 };

function labelOf(score: number): SentimentLabel {
  return score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
}

// Function words carry weight in the model but explain nothing to a person: not shown.
const NOT_EVIDENCE = new Set(
  ('i me my we our you your he she it its they them this that these those a an the and or to of ' +
    'in on at for with is are was were be been am do did does have has had will would can could ' +
    'el la los las un una y o de del en con por para es son me mi yo su lo le que').split(' '),
);

function topEvidence(t: Tokens, contrib: Float64Array, label: SentimentLabel): SentimentEvidence[] {
  const out: SentimentEvidence[] = [];
  const n = t.words.length;
  for (let i = 0; i < n; i++) {
    const c = contrib[i] as number;
    if (c > -0.15 && c < 0.15) continue;
    if (NOT_EVIDENCE.has(t.words[i] as string)) continue;
    if (label === 'positive' && c < 0) continue;
    if (label === 'negative' && c > 0) continue;
    // A contraction's second half ("'ll" -> will) shares its surface with the first: merge them.
    const term = surfaceOf(t, i);
    const last = out[out.length - 1];
    if (last && t.start[i] === t.start[i - 1]) {
      last.weight = Math.round((last.weight + c) * 100) / 100;
      continue;
    }
    out.push({ term, weight: Math.round(c * 100) / 100 });
  }
  if (out.length > 1) out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** Spreads a lexicon-level contribution over the tokens of each hit, by the hit's share. */
function spreadLexicon(lex: LexiconScore, amount: number, contrib: Float64Array): void {
  let total = 0;
  for (const h of lex.hits) total += Math.abs(h.value);
  if (total === 0) return;
  for (const h of lex.hits) {
    const share = (amount * Math.abs(h.value)) / total;
    const len = h.end - h.start;
    for (let k = h.start; k < h.end; k++) contrib[k]! += share / len;
  }
}

function buildEntries(model: SentimentModel): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const entry = (w: string): Entry => {
    let e = entries.get(w);
    if (!e) entries.set(w, (e = { info: NO_INFO, uni: undefined, neg: undefined, bi: undefined, lang: languageVote(w) }));
    return e;
  };
  const lexWords = [
    ...ENGLISH.words.keys(),
    ...ENGLISH.negators,
    ...ENGLISH.boosters.keys(),
    ...ENGLISH.contrast,
    ...ENGLISH.phraseStarts.keys(),
  ];
  const infos = wordInfos(ENGLISH, lexWords);
  lexWords.forEach((w, i) => (entry(w).info = infos[i] as WordInfo));
  for (const w of LANGUAGE_WORDS) entry(w);
  for (const [key, triple] of Object.entries(model.weights)) {
    const space = key.indexOf(' ');
    if (space >= 0) {
      const e = entry(key.slice(0, space));
      if (!e.bi) e.bi = new Map();
      e.bi.set(key.slice(space + 1), triple);
    } else if (key.charCodeAt(0) === 33 /* ! */ && key.length > 1) entry(key.slice(1)).neg = triple;
    else entry(key).uni = triple;
  }
  return entries;
}

// Scratch buffers reused across calls (JS runs one call at a time): the classifier allocates
// little, which matters as much as the arithmetic at a few microseconds per utterance.
let scratchContrib = new Float64Array(64);
const scratchRow: Entry[] = [];
const scratchInfos: WordInfo[] = [];

/**
 * Builds a classifier from a trained model (the shipped one, or one trained in a benchmark fold).
 * The English path computes the same features as extractFeatures (a unit test checks it) in one
 * pass without building key strings: the classifier must stay >= 10x faster than VADER.
 */
export function createSentimentClassifier(model: SentimentModel, neutralProbability = NEUTRAL_PROBABILITY): SentimentClassifier {
  const entries = buildEntries(model);
  const dense = model.dense;
  const [b0, b1, b2] = model.bias;
  return {
    classifyTokens(t: Tokens, language?: Language): SentimentResult {
      const words = t.words;
      const n = words.length;
      if (scratchContrib.length < n) scratchContrib = new Float64Array(n * 2);
      const contrib = scratchContrib;
      contrib.fill(0, 0, n);
      const row = scratchRow;
      const infos = scratchInfos;
      row.length = n;
      infos.length = n;
      let votes = 0;
      for (let i = 0; i < n; i++) {
        const e = entries.get(words[i] as string) ?? EMPTY;
        row[i] = e;
        infos[i] = e.info;
        votes += e.lang;
      }
      const lang = language ?? decideLanguage(votes, words, t.text);
      let score: number;
      let label: SentimentLabel;
      if (lang === 'en') {
        const lex = scoreLexicon(t, ENGLISH, infos);
        const x = denseFeatures(t, lex);
        let zn = b0;
        let zu = b1;
        let zp = b2;
        let densePolar = 0;
        for (let d = 0; d < dense.length; d++) {
          const v = x[d] as number;
          const wd = dense[d] as Triple;
          zn += wd[0] * v;
          zu += wd[1] * v;
          zp += wd[2] * v;
          densePolar += (wd[2] - wd[0]) * v;
        }
        let negClause = -1;
        for (let i = 0; i < n; i++) {
          const e = row[i] as Entry;
          const clause = t.clause[i] as number;
          if (negClause !== clause || e.info.contrast) negClause = -1;
          const wu = negClause >= 0 ? e.neg : e.uni;
          if (wu !== undefined) {
            zn += wu[0];
            zu += wu[1];
            zp += wu[2];
            // Explanations credit each word with its push towards positive vs negative.
            contrib[i]! += wu[2] - wu[0];
          }
          if (e.info.negator) negClause = clause;
          if (e.bi !== undefined && i + 1 < n && t.clause[i + 1] === clause) {
            const wb = e.bi.get(words[i + 1] as string);
            if (wb !== undefined) {
              zn += wb[0];
              zu += wb[1];
              zp += wb[2];
              const half = (wb[2] - wb[0]) / 2;
              contrib[i]! += half;
              contrib[i + 1]! += half;
            }
          }
        }
        spreadLexicon(lex, densePolar, contrib);
        const m = Math.max(zn, zu, zp);
        const en = Math.exp(zn - m);
        const eu = Math.exp(zu - m);
        const ep = Math.exp(zp - m);
        const sum = en + eu + ep;
        score = (ep - en) / sum;
        label = eu / sum >= neutralProbability ? 'neutral' : labelOf(score);
      } else {
        // Spanish: no labeled Spanish corpus we may ship is large enough to train on, so the
        // rule-based lexicon score is the classifier.
        const lex = scoreLexicon(t, SPANISH, wordInfos(SPANISH, words));
        score = lex.compound;
        spreadLexicon(lex, lex.sum, contrib);
        label = labelOf(score);
      }
      score = Math.round(score * 1000) / 1000;
      return { label, score, language: lang, evidence: topEvidence(t, contrib, label) };
    },
  };
}

const defaultClassifier = createSentimentClassifier(shipped as unknown as SentimentModel);

/** Sentiment of one utterance (EN or ES, detected unless `language` is given). */
export function classifySentiment(text: string, opts: { language?: Language } = {}): SentimentResult {
  return defaultClassifier.classifyTokens(tokenize(text), opts.language);
}

/** The same, on already tokenized text (analyzeUtterance tokenizes once for every analysis). */
export function classifyTokens(t: Tokens, language?: Language): SentimentResult {
  return defaultClassifier.classifyTokens(t, language);
}
