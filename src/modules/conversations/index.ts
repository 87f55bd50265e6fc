/**
 * Conversation intelligence (issue 7): sentiment, distress, escalation risk, intents with their
 * compliance effects, and cues for the agent, for EN and ES utterances. Pure: no I/O at run time.
 */
export * from './types.js';
export { INTENTS, INTENT_EFFECTS } from './intent-effects.js';
export type { IntentAction } from './intent-effects.js';
export { classifySentiment, createSentimentClassifier, NEUTRAL_BAND } from './sentiment/classify-sentiment.js';
export type { SentimentClassifier } from './sentiment/classify-sentiment.js';
export { trainSentimentModel, DEFAULT_TRAIN_OPTIONS, CLASSES } from './sentiment/train-sentiment-model.js';
export type { SentimentModel, TrainingExample, TrainOptions } from './sentiment/train-sentiment-model.js';
export { tokenize } from './text/tokenize.js';
export { detectLanguage } from './text/detect-language.js';
export {
  UTTERANCES_URL,
  parseUtterances,
  parseUciSentences,
  parseSentimentUtterances,
  SENTIMENT_UTTERANCES_URL,
  domainTrainingExamples,
  binaryExamples,
} from './evaluate/labeled-data.js';
export type { LabeledUtterance, SentimentUtterance, BinarySentence } from './evaluate/labeled-data.js';
export { binaryFigures, threeWayFigures } from './evaluate/metrics.js';
export type { BinaryFigures, ThreeWayFigures } from './evaluate/metrics.js';
export { leaveOneDomainOut, kFold } from './evaluate/held-out-sentiment.js';
export type { HeldOutFigures } from './evaluate/held-out-sentiment.js';
export { detectIntents } from './intents/detect-intents.js';
