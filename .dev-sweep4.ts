import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
import { scoreLexicon } from './src/modules/conversations/sentiment/score-lexicon.js';
import { ENGLISH } from './src/modules/conversations/sentiment/lexicon.js';
const dir = '../shared/data/sentiment/uci-sentiment-labelled-sentences';
const sets: Record<string, c.BinarySentence[]> = {};
for (const n of ['amazon', 'imdb', 'yelp']) sets[n] = c.parseUciSentences(readFileSync(`${dir}/${n}.json`, 'utf8'));
const utt = c.parseUtterances(readFileSync(c.UTTERANCES_URL, 'utf8'));
const tr = utt.filter((u) => u.split === 'train' && u.language === 'en');
const opts = JSON.parse(process.argv[2] ?? '{}');
const combos: Array<[number, number]> = [[0, 0], [0.1, 0.1], [0.2, 0.2], [0.1, 0.4], [0.1, 0.6], [0.1, 0.8], [0.2, 0.6], [0.2, 0.8], [0.1, 1]];
const nohit = (t: string) => scoreLexicon(c.tokenize(t), ENGLISH).hits.length === 0;
const lab = (s: number, nh: boolean, [b1, b2]: [number, number]) => { const b = nh ? b2 : b1; return s >= b && s > 0 ? 'positive' : s <= -b && s < 0 ? 'negative' : 'neutral'; };
const lodo: Record<string, number[]> = {};
for (const [name, test] of Object.entries(sets)) {
  const train = Object.entries(sets).filter(([o]) => o !== name).flatMap(([, s]) => c.binaryExamples(s));
  const cl = c.createSentimentClassifier(c.trainSentimentModel([...train, ...c.domainTrainingExamples(tr)], opts));
  const sc = test.map((s) => cl.classifyTokens(c.tokenize(s.text), 'en').score);
  const nh = test.map((s) => nohit(s.text));
  lodo[name] = combos.map((b) => test.filter((s, i) => lab(sc[i]!, nh[i]!, b) === (s.positive ? 'positive' : 'negative')).length / test.length);
}
const all = Object.values(sets).flatMap((s) => c.binaryExamples(s));
const k = 5; const scores: number[] = new Array(tr.length);
for (let f = 0; f < k; f++) {
  const cl = c.createSentimentClassifier(c.trainSentimentModel([...all, ...c.domainTrainingExamples(tr.filter((_, i) => i % k !== f))], opts));
  tr.forEach((u, i) => { if (i % k === f) scores[i] = cl.classifyTokens(c.tokenize(u.text), 'en').score; });
}
const nhd = tr.map((u) => nohit(u.text));
const dres = combos.map((b) => c.threeWayFigures(tr.map((u) => u.sentiment), tr.map((_, i) => lab(scores[i]!, nhd[i]!, b)) as any));
console.log(JSON.stringify(opts), 'combos', combos.map((x) => x.join('/')).join(' '));
for (const [n, v] of Object.entries(lodo)) console.log(n.padEnd(9), v.map((x) => x.toFixed(3)).join('   '));
console.log('domCVacc ', dres.map((x) => x.accuracy.toFixed(3)).join('   '));
console.log('domCV F1 ', dres.map((x) => x.macroF1.toFixed(3)).join('   '));
if (process.argv[3]) { const b: [number, number] = JSON.parse(process.argv[3]); tr.forEach((u, i) => { const p = lab(scores[i]!, nhd[i]!, b); if (p !== u.sentiment) console.log(u.sentiment.padEnd(8), p.padEnd(8), scores[i]!.toFixed(2), nhd[i] ? 'nohit' : 'hit  ', u.text); }); }
