import { tokenize } from '../text/tokenize.js';
import { createSentimentClassifier } from '../sentiment/classify-sentiment.js';
import { trainSentimentModel, type TrainingExample, type TrainOptions } from '../sentiment/train-sentiment-model.js';
import type { SentimentLabel } from '../types.js';
import { binaryExamples, type BinarySentence } from './labeled-data.js';
import { binaryFigures, type BinaryFigures } from './metrics.js';

export interface HeldOutFigures extends BinaryFigures {
  set: string;
  protocol: 'leave-one-domain-out' | 'k-fold';
}

function predictAll(model: ReturnType<typeof trainSentimentModel>, sentences: readonly BinarySentence[]): SentimentLabel[] {
  const c = createSentimentClassifier(model);
  // The UCI sentences are English reviews: held-out figures are for the English classifier.
  return sentences.map((s) => c.classifyTokens(tokenize(s.text), 'en').label);
}

/**
 * The honest generalization figure: for each set, train on the other sets (plus our own domain
 * examples) and test on it, so no test sentence or its domain was seen in training.
 */
export function leaveOneDomainOut(
  sets: Readonly<Record<string, readonly BinarySentence[]>>,
  extra: readonly TrainingExample[],
  options: TrainOptions = {},
): HeldOutFigures[] {
  return Object.entries(sets).map(([name, test]) => {
    const train = Object.entries(sets)
      .filter(([other]) => other !== name)
      .flatMap(([, s]) => binaryExamples(s));
    const model = trainSentimentModel([...train, ...extra], options);
    const figures = binaryFigures(test.map((s) => s.positive), predictAll(model, test));
    return { set: name, protocol: 'leave-one-domain-out' as const, ...figures };
  });
}

/**
 * k-fold cross-validation over the pooled sets (fold of a sentence = its position mod k within its
 * set), reported per set from the out-of-fold predictions.
 */
export function kFold(
  sets: Readonly<Record<string, readonly BinarySentence[]>>,
  extra: readonly TrainingExample[],
  k = 10,
  options: TrainOptions = {},
): HeldOutFigures[] {
  const names = Object.keys(sets);
  const predicted: Record<string, SentimentLabel[]> = {};
  for (const name of names) predicted[name] = new Array<SentimentLabel>(sets[name]!.length);
  for (let fold = 0; fold < k; fold++) {
    const train: TrainingExample[] = [...extra];
    for (const name of names) sets[name]!.forEach((s, i) => i % k !== fold && train.push(...binaryExamples([s])));
    const c = createSentimentClassifier(trainSentimentModel(train, options));
    for (const name of names) {
      sets[name]!.forEach((s, i) => {
        if (i % k === fold) predicted[name]![i] = c.classifyTokens(tokenize(s.text), 'en').label;
      });
    }
  }
  return names.map((name) => ({
    set: name,
    protocol: 'k-fold' as const,
    ...binaryFigures(sets[name]!.map((s) => s.positive), predicted[name]!),
  }));
}
