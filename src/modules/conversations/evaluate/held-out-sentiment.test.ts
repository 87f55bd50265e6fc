import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vader from 'vader-sentiment';
import { describe, expect, it } from 'vitest';
import { sharedDataDir, SHARED_DATA_MISSING } from '../../../platform/shared-data/index.js';
import {
  binaryFigures,
  domainTrainingExamples,
  leaveOneDomainOut,
  parseSentimentUtterances,
  parseUciSentences,
  parseUtterances,
  SENTIMENT_UTTERANCES_URL,
  UTTERANCES_URL,
  type BinarySentence,
} from '../index.js';

const dir = sharedDataDir(process.env.KINDLY_SHARED_DATA);

// The UCI sentences live in ../shared/data (third-party data, never copied into the repo); a
// fresh clone without it skips this suite.
describe.skipIf(!dir)(`held-out sentiment vs VADER (${dir ? 'UCI sets' : SHARED_DATA_MISSING})`, () => {
  it('beats VADER by >= 5 accuracy points on every set, trained without that set', () => {
    const sets: Record<string, BinarySentence[]> = {};
    for (const s of ['amazon', 'imdb', 'yelp']) {
      sets[s] = parseUciSentences(readFileSync(join(dir!, 'sentiment', 'uci-sentiment-labelled-sentences', `${s}.json`), 'utf8'));
    }
    const domain = domainTrainingExamples([
      ...parseUtterances(readFileSync(UTTERANCES_URL, 'utf8')),
      ...parseSentimentUtterances(readFileSync(SENTIMENT_UTTERANCES_URL, 'utf8')),
    ]);
    for (const held of leaveOneDomainOut(sets, domain)) {
      const s = sets[held.set]!;
      const v = binaryFigures(
        s.map((x) => x.positive),
        s.map((x) => {
          const c = vader.SentimentIntensityAnalyzer.polarity_scores(x.text).compound;
          return c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
        }),
      );
      expect(held.n).toBe(1000);
      expect(held.accuracy - v.accuracy, held.set).toBeGreaterThanOrEqual(0.05);
      expect(held.macroF1, held.set).toBeGreaterThan(v.macroF1);
    }
  });
});
