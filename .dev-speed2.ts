import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
const s = c.parseUciSentences(readFileSync('../shared/data/sentiment/uci-sentiment-labelled-sentences/imdb.json', 'utf8')).map((x) => x.text);
let x = 0; for (let rep = 0; rep < 30; rep++) for (const q of s) x += c.classifySentiment(q).score;
console.log(x);
