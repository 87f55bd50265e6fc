import * as c from './src/modules/conversations/index.js';
import m from './src/modules/conversations/sentiment/model/sentiment-en.json' with { type: 'json' };
import { extractFeatures } from './src/modules/conversations/sentiment/features.js';
import { ENGLISH } from './src/modules/conversations/sentiment/lexicon.js';
import { scoreLexicon } from './src/modules/conversations/sentiment/score-lexicon.js';
console.log('bias', m.bias, m.dense);
for (const text of process.argv.slice(2)) {
  const t = c.tokenize(text); const lex = scoreLexicon(t, ENGLISH); const f = extractFeatures(t, ENGLISH, lex);
  const w = m.weights as Record<string, number>;
  console.log(text, c.classifySentiment(text).score, 'lex', lex.compound.toFixed(2), f.keys.filter((k) => w[k] !== undefined).map((k) => `${k}:${w[k]}`).join(' '));
}
