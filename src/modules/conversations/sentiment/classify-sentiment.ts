import type { Language, SentimentEvidence, SentimentLabel, SentimentResult } from '../types.js';
import { detectLanguage } from '../text/detect-language.js';
import { tokenize, type Tokens } from '../text/tokenize.js';
import { DENSE_FEATURES, extractFeatures } from './features.js';
import { ENGLISH, lexiconFor } from './lexicon.js';
import shipped from './model/sentiment-en.json' with { type: 'json' };
import { scoreLexicon, type LexiconScore } from './score-lexicon.js';
import type { SentimentModel } from './train-sentiment-model.js';

/**
 * |score| below this is neutral. Small on purpose: on opinionated text a "neutral" is a miss, so
 * only utterances with next to no evidence (short factual ones, "I got a bill today") land here.
 */
export const NEUTRAL_BAND = 0.2;

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

/** Builds a classifier from a trained model (the shipped one, or one trained in a benchmark fold). */
export function createSentimentClassifier(model: SentimentModel): SentimentClassifier {
  const weights = new Map(Object.entries(model.weights));
  const dense = DENSE_FEATURES.map((name) => model.dense[name]);
  return {
    classifyTokens(t: Tokens, language: Language): SentimentResult {
      const pack = lexiconFor(language);
      const lex = scoreLexicon(t, pack);
      const contrib = new Float64Array(t.words.length);
      let score: number;
      if (language === 'en') {
        const f = extractFeatures(t, ENGLISH, lex);
        let z = model.bias;
        let denseZ = 0;
        for (let d = 0; d < dense.length; d++) denseZ += (dense[d] as number) * (f.dense[d] as number);
        z += denseZ;
        for (let k = 0; k < f.keys.length; k++) {
          const wk = weights.get(f.keys[k] as string);
          if (wk === undefined) continue;
          z += wk;
          const i = f.at[k] as number;
          if ((f.keys[k] as string).includes(' ')) {
            contrib[i]! += wk / 2;
            contrib[i + 1]! += wk / 2;
          } else contrib[i]! += wk;
        }
        spreadLexicon(lex, denseZ, contrib);
        score = Math.tanh(z / 2);
      } else {
        // Spanish: no labeled Spanish corpus we may ship is large enough to train on, so the
        // rule-based lexicon score is the classifier.
        score = lex.compound;
        spreadLexicon(lex, lex.sum, contrib);
      }
      score = Math.round(score * 1000) / 1000;
      const label = labelOf(score);
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
