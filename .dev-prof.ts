import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
import { scoreLexicon } from './src/modules/conversations/sentiment/score-lexicon.js';
import { extractFeatures } from './src/modules/conversations/sentiment/features.js';
import { ENGLISH } from './src/modules/conversations/sentiment/lexicon.js';
const s = c.parseUciSentences(readFileSync('../shared/data/sentiment/uci-sentiment-labelled-sentences/imdb.json', 'utf8')).map((x) => x.text);
function time(name: string, f: (t: string) => unknown) { let x = 0; for (let r = 0; r < 5; r++) { const t0 = process.hrtime.bigint(); for (const q of s) { f(q); } if (r === 4) console.log(name, (Number(process.hrtime.bigint() - t0) / 1000 / s.length).toFixed(2)); } }
const toks = s.map((q) => c.tokenize(q));
time('tokenize', (q) => c.tokenize(q));
time('detect', (q) => c.detectLanguage(c.tokenize(q).words, q));
let i = 0; time('lex', () => scoreLexicon(toks[i++ % toks.length]!, ENGLISH));
i = 0; time('feat', () => { const t = toks[i++ % toks.length]!; return extractFeatures(t, ENGLISH, scoreLexicon(t, ENGLISH)); });
time('full', (q) => c.classifySentiment(q, { language: 'en' }));
import { classifyTokens } from './src/modules/conversations/sentiment/classify-sentiment.js';
i = 0; time('classifyTokens', () => classifyTokens(toks[i++ % toks.length]!, 'en'));
i = 0; time('lex', () => scoreLexicon(toks[i++ % toks.length]!, ENGLISH));
time('tokenize', (q) => c.tokenize(q));
time('full', (q) => c.classifySentiment(q));
