import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
const dir = '../shared/data/sentiment/uci-sentiment-labelled-sentences';
const sets: Record<string, c.BinarySentence[]> = {};
for (const n of ['amazon', 'imdb', 'yelp']) sets[n] = c.parseUciSentences(readFileSync(`${dir}/${n}.json`, 'utf8'));
const utt = c.parseUtterances(readFileSync(c.UTTERANCES_URL, 'utf8'));
const domain = c.domainTrainingExamples(utt);
const opts = JSON.parse(process.argv[2] ?? '{}');
const bands = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
const res: Record<string, number[]> = {};
for (const [name, test] of Object.entries(sets)) {
  const train = Object.entries(sets).filter(([o]) => o !== name).flatMap(([, s]) => c.binaryExamples(s));
  const m = c.trainSentimentModel([...train, ...domain], opts);
  const cl = c.createSentimentClassifier(m);
  const scores = test.map((s) => cl.classifyTokens(c.tokenize(s.text), 'en').score);
  res[name] = bands.map((b) => test.filter((s, i) => (s.positive ? scores[i]! >= b && scores[i]! > 0 : scores[i]! <= -b && scores[i]! < 0)).length / test.length);
}
// domain train split 3-way with shipped-like model on all UCI + domain
const all = Object.values(sets).flatMap((s) => c.binaryExamples(s));
const cl = c.createSentimentClassifier(c.trainSentimentModel([...all, ...domain], opts));
const tr = utt.filter((u) => u.split === 'train' && u.language === 'en');
const dres = bands.map((b) => {
  const pred = tr.map((u) => { const s = cl.classifyTokens(c.tokenize(u.text), 'en').score; return s >= b && s > 0 ? 'positive' : s <= -b && s < 0 ? 'negative' : 'neutral'; });
  return c.threeWayFigures(tr.map((u) => u.sentiment), pred as any).accuracy;
});
console.log(JSON.stringify(opts), 'bands', bands.join(' '));
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(8), v.map((x) => x.toFixed(3)).join(' '));
console.log('domTrain', dres.map((x) => x.toFixed(3)).join(' '));
