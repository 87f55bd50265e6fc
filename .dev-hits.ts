import { readFileSync } from 'node:fs';
import * as c from './src/modules/conversations/index.js';
import { scoreLexicon } from './src/modules/conversations/sentiment/score-lexicon.js';
import { ENGLISH } from './src/modules/conversations/sentiment/lexicon.js';
const dir = '../shared/data/sentiment/uci-sentiment-labelled-sentences';
for (const n of ['amazon', 'imdb', 'yelp']) {
  const s = c.parseUciSentences(readFileSync(`${dir}/${n}.json`, 'utf8'));
  const no = s.filter((x) => scoreLexicon(c.tokenize(x.text), ENGLISH).hits.length === 0);
  console.log(n, 'no-hit', no.length, no.slice(0, 8).map((x) => x.text).join(' | '));
}
const utt = c.parseUtterances(readFileSync(c.UTTERANCES_URL, 'utf8')).filter((u) => u.language === 'en' && u.split === 'train');
for (const lab of ['neutral', 'negative', 'positive']) {
  const us = utt.filter((u) => u.sentiment === lab);
  const withHits = us.filter((u) => scoreLexicon(c.tokenize(u.text), ENGLISH).hits.length > 0);
  console.log(lab, us.length, 'withHits', withHits.length);
  if (lab === 'neutral') for (const u of withHits) { const l = scoreLexicon(c.tokenize(u.text), ENGLISH); console.log('   ', l.compound.toFixed(2), u.text, l.hits.map((h) => c.tokenize(u.text).words[h.start] + ':' + h.value.toFixed(1)).join(',')); }
}
