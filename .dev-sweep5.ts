import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
const dir = '../shared/data/sentiment/uci-sentiment-labelled-sentences';
const sets: Record<string, c.BinarySentence[]> = {};
for (const n of ['amazon', 'imdb', 'yelp']) sets[n] = c.parseUciSentences(readFileSync(`${dir}/${n}.json`, 'utf8'));
const utt = [...c.parseUtterances(readFileSync(c.UTTERANCES_URL, 'utf8')), ...c.parseSentimentUtterances(readFileSync(c.SENTIMENT_UTTERANCES_URL, 'utf8'))];
const tr = utt.filter((u) => u.split === 'train' && u.language === 'en');
const opts = JSON.parse(process.argv[2] ?? '{}');
const lodo = c.leaveOneDomainOut(sets, c.domainTrainingExamples(tr), opts);
const all = Object.values(sets).flatMap((s) => c.binaryExamples(s));
const k = 5; const pred: c.SentimentLabel[] = new Array(tr.length);
for (let f = 0; f < k; f++) {
  const cl = c.createSentimentClassifier(c.trainSentimentModel([...all, ...c.domainTrainingExamples(tr.filter((_, i) => i % k !== f))], opts));
  tr.forEach((u, i) => { if (i % k === f) pred[i] = cl.classifyTokens(c.tokenize(u.text), 'en').label; });
}
const d = c.threeWayFigures(tr.map((u) => u.sentiment), pred);
console.log(JSON.stringify(opts), lodo.map((r) => `${r.set} ${r.accuracy.toFixed(3)} (neu ${r.neutralRate.toFixed(3)})`).join('  '), ' domCV', d.accuracy.toFixed(3), d.macroF1.toFixed(3));
if (process.argv[3]) tr.forEach((u, i) => { if (pred[i] !== u.sentiment) console.log(u.sentiment.padEnd(8), pred[i]!.padEnd(8), u.text); });
