import { readFileSync } from 'node:fs';
import vader from 'vader-sentiment';
import * as c from './src/modules/conversations/index.js';
for (const set of ['amazon', 'imdb', 'yelp']) {
  const s = c.parseUciSentences(readFileSync(`../shared/data/sentiment/uci-sentiment-labelled-sentences/${set}.json`, 'utf8')).map((x) => x.text);
  const time = (f: (q: string) => unknown) => { let best = Infinity; for (let r = 0; r < 5; r++) { const t0 = process.hrtime.bigint(); for (const q of s) f(q); best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1000 / s.length); } return best; };
  const ours = time((q) => c.classifySentiment(q));
  const v = time((q) => (vader as any).SentimentIntensityAnalyzer.polarity_scores(q));
  console.log(set, ours.toFixed(2), v.toFixed(2), (v / ours).toFixed(1));
}
