import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
import { scoreLexicon } from './src/modules/conversations/sentiment/score-lexicon.js';
import { ENGLISH } from './src/modules/conversations/sentiment/lexicon.js';
const dir = '../shared/data/sentiment/uci-sentiment-labelled-sentences';
const sets: Record<string, c.BinarySentence[]> = {};
for (const n of ['amazon', 'imdb', 'yelp']) sets[n] = c.parseUciSentences(readFileSync(`${dir}/${n}.json`, 'utf8'));
const utt = [...c.parseUtterances(readFileSync(c.UTTERANCES_URL, 'utf8')), ...c.parseSentimentUtterances(readFileSync(c.SENTIMENT_UTTERANCES_URL, 'utf8'))];
const tr = utt.filter((u) => u.split === 'train' && u.language === 'en');
const train = [...c.binaryExamples(sets.amazon!), ...c.binaryExamples(sets.imdb!), ...c.domainTrainingExamples(tr)];
const cl = c.createSentimentClassifier(c.trainSentimentModel(train));
let n = 0;
for (const s of sets.yelp!) { const r = cl.classifyTokens(c.tokenize(s.text), 'en'); if (r.label === 'neutral' && n++ < 40) console.log(s.positive ? 'P' : 'N', r.score.toFixed(2), scoreLexicon(c.tokenize(s.text), ENGLISH).compound.toFixed(2), s.text); }
