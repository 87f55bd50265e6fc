/**
 * Reproducible training of the shipped English sentiment model (`npm run train:sentiment`).
 *
 * 1. Compiles the VADER lexicon (vader-sentiment 1.1.3, Apache-2.0; lexicon by Hutto & Gilbert,
 *    MIT) from node_modules into src/modules/conversations/sentiment/model/vader-lexicon.json.
 * 2. Trains logistic regression on the UCI Sentiment Labelled Sentences (CC BY 4.0, from
 *    ../shared/data/sentiment) plus the English train split of our own utterances, and writes
 *    src/modules/conversations/sentiment/model/sentiment-en.json.
 * 3. Prints held-out figures (leave-one-domain-out and 10-fold) as JSON on stdout.
 * Deterministic: the same inputs give byte-identical files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const moduleDir = join(here, '..', 'src', 'modules', 'conversations');
const modelDir = join(moduleDir, 'sentiment', 'model');

function compileVaderLexicon(): void {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('vader-sentiment/package.json'));
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const words: Record<string, number> = {};
  for (const line of readFileSync(join(pkgDir, 'vader_lexicon.txt'), 'utf8').split('\n')) {
    const [word, mean] = line.split('\t');
    // Only plain words: the tokenizer never produces emoticon or hyphenated tokens (the few
    // useful phrases are in lexicon-en-extra.ts).
    if (word && mean && /^[a-z]+$/.test(word)) words[word] = Number(mean);
  }
  const out = {
    source: `vader-sentiment@${version} vader_lexicon.txt (npm)`,
    license: 'vaderSentiment-js: Apache-2.0 (Comcast); VADER lexicon: MIT (C.J. Hutto, E. Gilbert)',
    generatedBy: 'npm run train:sentiment (scripts/train-sentiment.ts); do not edit by hand',
    words,
  };
  writeFileSync(join(modelDir, 'vader-lexicon.json'), JSON.stringify(out) + '\n');
}

async function main(): Promise<void> {
  compileVaderLexicon();
  const modelFile = join(modelDir, 'sentiment-en.json');
  // The classifier imports the model file at load: on a first run (or after a format change) give
  // it an empty one to start from.
  const current = existsSync(modelFile) ? (JSON.parse(readFileSync(modelFile, 'utf8')) as { format?: number }) : {};
  if (current.format !== 2) writeFileSync(modelFile, JSON.stringify({ format: 2, classes: ['negative', 'neutral', 'positive'], bias: [0, 0, 0], dense: [[0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]], weights: {} }) + '\n');
  // Imported after the lexicon file exists: the module loads it at import time.
  const c = await import('../src/modules/conversations/index.js');
  const { sharedDataDir, SHARED_DATA_MISSING } = await import('../src/platform/shared-data/index.js');
  const dir = sharedDataDir(process.env.KINDLY_SHARED_DATA);
  if (!dir) throw new Error(`${SHARED_DATA_MISSING}; training needs the UCI sentences`);
  const sets: Record<string, ReturnType<typeof c.parseUciSentences>> = {};
  for (const name of ['amazon', 'imdb', 'yelp']) {
    sets[name] = c.parseUciSentences(readFileSync(join(dir, 'sentiment', 'uci-sentiment-labelled-sentences', `${name}.json`), 'utf8'));
  }
  const utterances = [
    ...c.parseUtterances(readFileSync(c.UTTERANCES_URL, 'utf8')),
    ...c.parseSentimentUtterances(readFileSync(c.SENTIMENT_UTTERANCES_URL, 'utf8')),
  ];
  const domain = c.domainTrainingExamples(utterances);
  const all = [...Object.values(sets).flatMap((s) => c.binaryExamples(s)), ...domain];
  const model = c.trainSentimentModel(all);
  const shipped = {
    ...model,
    trainedOn: [
      'UCI Sentiment Labelled Sentences (Kotzias et al., KDD 2015), CC BY 4.0: amazon, imdb, yelp (3000 sentences)',
      `Kindly utterances (data/utterances.jsonl and data/sentiment-utterances.jsonl), Apache-2.0: English train split (${domain.length})`,
    ],
    license: 'Apache-2.0 weights; trained on CC BY 4.0 data (attribution: Kotzias, Denil, de Freitas, Smyth 2015)',
  };
  writeFileSync(modelFile, JSON.stringify(shipped) + '\n');
  const lodo = c.leaveOneDomainOut(sets, domain);
  const cv = c.kFold(sets, domain, 10);
  process.stdout.write(
    JSON.stringify({ features: Object.keys(model.weights).length, heldOut: [...lodo, ...cv] }, null, 1) + '\n',
  );
}

await main();
