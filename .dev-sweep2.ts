import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
const dir = '../shared/data/sentiment/uci-sentiment-labelled-sentences';
const sets: Record<string, c.BinarySentence[]> = {};
for (const n of ['amazon', 'imdb', 'yelp']) sets[n] = c.parseUciSentences(readFileSync(`${dir}/${n}.json`, 'utf8'));
const utt = c.parseUtterances(readFileSync(c.UTTERANCES_URL, 'utf8'));
const tr = utt.filter((u) => u.split === 'train' && u.language === 'en');
const opts = JSON.parse(process.argv[2] ?? '{}');
const bands = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4];
const all = Object.values(sets).flatMap((s) => c.binaryExamples(s));
const k = 5; const scores: number[] = new Array(tr.length); const hits: number[] = new Array(tr.length);
for (let f = 0; f < k; f++) {
  const dtrain = c.domainTrainingExamples(tr.filter((_, i) => i % k !== f));
  const cl = c.createSentimentClassifier(c.trainSentimentModel([...all, ...dtrain], opts));
  tr.forEach((u, i) => { if (i % k === f) { const r = cl.classifyTokens(c.tokenize(u.text), 'en'); scores[i] = r.score; } });
}
const dres = bands.map((b) => {
  const pred = tr.map((u, i) => { const s = scores[i]!; return s >= b && s > 0 ? 'positive' : s <= -b && s < 0 ? 'negative' : 'neutral'; });
  return c.threeWayFigures(tr.map((u) => u.sentiment), pred as any);
});
console.log('bands   ', bands.join('  '));
console.log('domCV acc', dres.map((x) => x.accuracy.toFixed(3)).join(' '));
console.log('domCV F1 ', dres.map((x) => x.macroF1.toFixed(3)).join(' '));
if (process.argv[3]) tr.forEach((u, i) => { const s = scores[i]!; const p = s >= 0.2 ? 'positive' : s <= -0.2 ? 'negative' : 'neutral'; if (p !== u.sentiment) console.log(u.sentiment.padEnd(8), s.toFixed(2), u.text); });
