import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifySentiment, createSentimentClassifier, parseSentimentUtterances, parseUtterances, SENTIMENT_UTTERANCES_URL, tokenize, trainSentimentModel, UTTERANCES_URL } from '../index.js';
import { extractFeatures, denseFeatures } from './features.js';
import { ENGLISH } from './lexicon.js';
import shipped from './model/sentiment-en.json' with { type: 'json' };
import { scoreLexicon } from './score-lexicon.js';
import type { SentimentModel } from './train-sentiment-model.js';

const model = shipped as unknown as SentimentModel;

/** The slow, obvious implementation: feature strings from extractFeatures, weights from the file. */
function referenceScore(text: string): number {
  const t = tokenize(text);
  const lex = scoreLexicon(t, ENGLISH);
  const f = extractFeatures(t, ENGLISH, lex);
  const z = [...model.bias];
  const x = denseFeatures(t, lex);
  x.forEach((v, d) => model.dense[d]!.forEach((w, c) => (z[c]! += w * v)));
  for (const k of f.keys) model.weights[k]?.forEach((w, c) => (z[c]! += w));
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  return (e[2]! - e[0]!) / (e[0]! + e[1]! + e[2]!);
}

describe('classifySentiment', () => {
  it('labels short factual billing talk neutral', () => {
    for (const text of ['I got a bill today.', 'What is the account number?', 'Can I pay with a card?']) {
      expect(classifySentiment(text).label, text).toBe('neutral');
    }
  });

  it('reads clear positive and negative utterances, with the words that drove them', () => {
    const pos = classifySentiment('Thank you so much, you have been wonderful and very helpful.');
    expect(pos.label).toBe('positive');
    expect(pos.score).toBeGreaterThan(0.5);
    expect(pos.evidence.map((e) => e.term.toLowerCase())).toEqual(expect.arrayContaining(['wonderful']));
    const neg = classifySentiment('This is ridiculous, your billing office is a nightmare.');
    expect(neg.label).toBe('negative');
    expect(neg.score).toBeLessThan(-0.5);
    expect(neg.evidence.every((e) => e.weight < 0)).toBe(true);
  });

  it('handles negation and contrast', () => {
    expect(classifySentiment('The staff was not helpful at all.').label).toBe('negative');
    expect(classifySentiment("Not bad, that's actually a reasonable amount.").label).toBe('positive');
    const contrast = classifySentiment('The bill was high, but the people were kind and helpful.');
    expect(contrast.label).toBe('positive');
  });

  it('classifies Spanish with the Spanish lexicon, negation included', () => {
    expect(classifySentiment('Muchas gracias, fueron muy amables.')).toMatchObject({ language: 'es', label: 'positive' });
    expect(classifySentiment('Esto es una estafa, estoy furioso.')).toMatchObject({ language: 'es', label: 'negative' });
    expect(classifySentiment('No estoy contento con esto.').label).toBe('negative');
    expect(classifySentiment('¿Cuándo vence el pago?')).toMatchObject({ language: 'es', label: 'neutral' });
  });

  it('keeps scores within -1..1', () => {
    for (const text of ['!!!!!!', '', 'AMAZING AMAZING AMAZING!!!!', 'worst worst worst worst ever!!!!']) {
      const r = classifySentiment(text);
      expect(r.score).toBeGreaterThanOrEqual(-1);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('computes exactly what the feature strings and the model file say (fast path = reference)', () => {
    const texts = [
      ...parseUtterances(readFileSync(UTTERANCES_URL, 'utf8')),
      ...parseSentimentUtterances(readFileSync(SENTIMENT_UTTERANCES_URL, 'utf8')),
    ]
      .filter((u) => u.language === 'en')
      .map((u) => u.text);
    texts.push("I didn't like it, but the nurse wasn't rude.", "It's NOT good... I'd never go back :(");
    for (const text of texts) {
      expect(classifySentiment(text, { language: 'en' }).score, text).toBeCloseTo(referenceScore(text), 3);
    }
  });
});

describe('trainSentimentModel', () => {
  const examples = [
    { text: 'great and helpful', label: 'positive' as const },
    { text: 'awful and rude', label: 'negative' as const },
    { text: 'I got the letter', label: 'neutral' as const },
    { text: 'great service', label: 'positive' as const },
    { text: 'rude service', label: 'negative' as const },
  ];

  it('is reproducible: the same examples give the same weights', () => {
    const a = trainSentimentModel(examples, { minCount: 1 });
    const b = trainSentimentModel(examples, { minCount: 1 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('learns the direction of its examples', () => {
    const c = createSentimentClassifier(trainSentimentModel(examples, { minCount: 1, epochs: 50 }));
    expect(c.classifyTokens(tokenize('great'), 'en').score).toBeGreaterThan(0);
    expect(c.classifyTokens(tokenize('rude'), 'en').score).toBeLessThan(0);
  });

  it('ships small model files (< 1 MB each)', () => {
    for (const f of ['sentiment-en.json', 'vader-lexicon.json']) {
      expect(statSync(fileURLToPath(new URL(`./model/${f}`, import.meta.url))).size).toBeLessThan(1_000_000);
    }
  });
});
