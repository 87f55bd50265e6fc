import type { Language, SentimentEvidence, SentimentLabel, SentimentResult } from '../types.js';
import { detectLanguage } from '../text/detect-language.js';
import { tokenize, type Tokens } from '../text/tokenize.js';
import { denseFeatures } from './features.js';
import { ENGLISH, lexiconFor } from './lexicon.js';
import shipped from './model/sentiment-en.json' with { type: 'json' };
import { scoreLexicon, type LexiconScore } from './score-lexicon.js';
import type { SentimentModel } from './train-sentiment-model.js';

/**
 * |score| below this is neutral. Small on purpose: on opinionated text a "neutral" is a miss, so
 * only utterances with next to no evidence (short factual ones, "I got a bill today") land here.
 */
export const NEUTRAL_BAND = 0.1;

/**
 * Neutral when the model gives the neutral class at least this probability. Above 1/3 on purpose:
 * the neutral class is learned from few (our own) examples, and on opinionated text a "neutral"
 * is a miss.
 */
export const NEUTRAL_PROBABILITY = 0.5;

/** A model ready for scoring (weights in a Map). */
export interface SentimentClassifier {
  classifyTokens(t: Tokens, language: Language): SentimentResult;
}

function labelOf(score: number): SentimentLabel {
  return score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
}

function topEvidence(t: Tokens, contrib: Float64Array, label: SentimentLabel): SentimentEvidence[] {
  const out: SentimentEvidence[] = [];
  for (let i = 0; i < contrib.length; i++) {
    const c = contrib[i] as number;
    if (Math.abs(c) < 0.15) continue;
    if (label === 'positive' && c < 0) continue;
    if (label === 'negative' && c > 0) continue;
    out.push({ term: t.surface[i] as string, weight: Math.round(c * 100) / 100 });
  }
  out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** Spreads a lexicon-level contribution over the tokens of each hit, by the hit's share. */
function spreadLexicon(lex: LexiconScore, amount: number, contrib: Float64Array): void {
  let total = 0;
  for (const h of lex.hits) total += Math.abs(h.value);
  if (total === 0) return;
  for (const h of lex.hits) {
    const share = (amount * Math.abs(h.value)) / total;
    // Credit the evaluative word itself, or the whole phrase split evenly.
    const len = h.end - h.start;
    for (let k = h.start; k < h.end; k++) contrib[k]! += share / len;
  }
}

type Triple = [number, number, number];

/**
 * Inference-side mirror of extractFeatures that looks weights up without building key strings
 * (unigram, negated-unigram and nested bigram maps): it keeps the classifier allocation-light.
 * A unit test checks it against extractFeatures on real sentences.
 */
interface CompiledWeights {
  uni: Map<string, Triple>;
  neg: Map<string, Triple>;
  bi: Map<string, Map<string, Triple>>;
}

function compileWeights(weights: Record<string, Triple>): CompiledWeights {
  const uni = new Map<string, Triple>();
  const neg = new Map<string, Triple>();
  const bi = new Map<string, Map<string, Triple>>();
  for (const [key, w] of Object.entries(weights)) {
    const space = key.indexOf(' ');
    if (space >= 0) {
      const first = key.slice(0, space);
      let m = bi.get(first);
      if (!m) bi.set(first, (m = new Map()));
      m.set(key.slice(space + 1), w);
    } else if (key.charCodeAt(0) === 33 /* ! */ && key.length > 1) neg.set(key.slice(1), w);
    else uni.set(key, w);
  }
  return { uni, neg, bi };
}

/** Builds a classifier from a trained model (the shipped one, or one trained in a benchmark fold). */
export function createSentimentClassifier(model: SentimentModel, neutralProbability = NEUTRAL_PROBABILITY): SentimentClassifier {
  const { uni, neg, bi } = compileWeights(model.weights);
  const dense = model.dense;
  const [b0, b1, b2] = model.bias;
  const negators = ENGLISH.negators;
  const contrast = ENGLISH.contrast;
  return {
    classifyTokens(t: Tokens, language: Language): SentimentResult {
      const pack = lexiconFor(language);
      const lex = scoreLexicon(t, pack);
      const n = t.words.length;
      const contrib = new Float64Array(n);
      let score: number;
      let label: SentimentLabel;
      if (language === 'en') {
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
        const words = t.words;
        let negClause = -1;
        for (let i = 0; i < n; i++) {
          const word = words[i] as string;
          const clause = t.clause[i] as number;
          if (negClause !== clause) negClause = -1;
          if (contrast.has(word)) negClause = -1;
          const wu = (negClause >= 0 ? neg : uni).get(word);
          if (wu !== undefined) {
            zn += wu[0];
            zu += wu[1];
            zp += wu[2];
            // Explanations credit each word with its push towards positive vs negative.
            contrib[i]! += wu[2] - wu[0];
          }
          if (negators.has(word)) negClause = clause;
          if (i + 1 < n && t.clause[i + 1] === clause) {
            const wb = bi.get(word)?.get(words[i + 1] as string);
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
        score = (ep - en) / (en + eu + ep);
        label = eu / (en + eu + ep) >= neutralProbability ? 'neutral' : labelOf(score);
      } else {
        // Spanish: no labeled Spanish corpus we may ship is large enough to train on, so the
        // rule-based lexicon score is the classifier.
        score = lex.compound;
        spreadLexicon(lex, lex.sum, contrib);
        label = labelOf(score);
      }
      score = Math.round(score * 1000) / 1000;
      return { label, score, language, evidence: topEvidence(t, contrib, label) };
    },
  };
}

const defaultClassifier = createSentimentClassifier(shipped as unknown as SentimentModel);

/** Sentiment of one utterance; `language` skips detection. */
export function classifySentiment(text: string, opts: { language?: Language } = {}): SentimentResult {
  const t = tokenize(text);
  const language = opts.language ?? detectLanguage(t.words, text);
  return defaultClassifier.classifyTokens(t, language);
}

/** The same, on already tokenized text (analyzeUtterance tokenizes once for every analysis). */
export function classifyTokens(t: Tokens, language: Language): SentimentResult {
  return defaultClassifier.classifyTokens(t, language);
}
