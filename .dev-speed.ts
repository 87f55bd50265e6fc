import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
const s = c.parseUciSentences(readFileSync('../shared/data/sentiment/uci-sentiment-labelled-sentences/imdb.json', 'utf8'));
for (let rep = 0; rep < 3; rep++) { const t0 = process.hrtime.bigint(); let x = 0; for (const q of s) x += c.classifySentiment(q.text).score; console.log(Number(process.hrtime.bigint() - t0) / 1000 / s.length, 'us', x); }
