/**
 * Conversation intelligence: sentiment, distress, escalation risk, intents with their
 * compliance effects, and cues for the agent, for EN and ES utterances. Pure: no I/O at run time
 * (the model and lexicons are JSON/TS files imported with the code).
 */
export * from './types.js';
export { INTENTS, INTENT_EFFECTS, CRITICAL_INTENTS } from './intent-effects.js';
export type { IntentAction, CriticalIntent } from './intent-effects.js';
export { confirmationLine } from './cues/confirmation-line.js';
export { analyzeUtterance } from './analyze-utterance.js';
export { classifySentiment, createSentimentClassifier, NEUTRAL_BAND, NEUTRAL_PROBABILITY } from './sentiment/classify-sentiment.js';
export type { SentimentClassifier } from './sentiment/classify-sentiment.js';
export { detectIntents, detectIntentPatterns, intentModelInfo } from './intents/detect-intents.js';
export { conversationTrend } from './conversation-trend.js';
export type { ConversationTrend, ConversationTurn, TrendPoint, IntentSoFar } from './conversation-trend.js';
export { suggestCues } from './cues/suggest-cues.js';
export { classifyJsonLine, classifyJsonLines } from './classify-json-lines.js';
export type { ClassifiedLine } from './classify-json-lines.js';
export { tokenize } from './text/tokenize.js';
export { detectLanguage } from './text/detect-language.js';
// Training and evaluation (used by scripts/train-sentiment.ts, bench/sentiment.ts and tests).
export { trainSentimentModel, DEFAULT_TRAIN_OPTIONS, CLASSES } from './sentiment/train-sentiment-model.js';
export type { SentimentModel, TrainingExample, TrainOptions } from './sentiment/train-sentiment-model.js';
export {
  UTTERANCES_URL,
  SENTIMENT_UTTERANCES_URL,
  parseUtterances,
  parseSentimentUtterances,
  parseUciSentences,
  domainTrainingExamples,
  binaryExamples,
} from './evaluate/labeled-data.js';
export type { LabeledUtterance, SentimentUtterance, BinarySentence } from './evaluate/labeled-data.js';
export { binaryFigures, threeWayFigures } from './evaluate/metrics.js';
export type { BinaryFigures, ThreeWayFigures } from './evaluate/metrics.js';
export { evaluateIntents } from './evaluate/evaluate-intents.js';
export type { IntentFigures } from './evaluate/evaluate-intents.js';
export { leaveOneDomainOut, kFold } from './evaluate/held-out-sentiment.js';
// The sets written apart, by family name: the development sets (trained on), the held-out sets (held16, held17) and the pending ones (none now) (docs/conversations.md).
export { generateIntentExamples, familySplit, isFreshFamily, isCheckFamily, isBlindFamily, isHeld5Family, isHeld6Family, isHeld7Family, isHeld8Family, isHeld9Family, isHeld10Family, isHeld11Family, isHeld12Family, isHeld13Family, isDev12Family, isDev13Family, isHeld14Family, isHeld15Family, isDev14Family, isDev15Family, isHeld16Family, isHeld17Family, isFixedTestFamily, isNamedHeldOutFamily, isDevelopmentFamily, DEVELOPMENT_SETS, HELD_OUT_SETS, PENDING_SETS, DEFAULT_SEED as INTENT_DATA_SEED } from './data/generate-intent-data.js';
export type { IntentExample } from './data/generate-intent-data.js';
export { intentSetFigures, evalItemsOf, wilson } from './evaluate/evaluate-intent-set.js';
export type { IntentSetFigures, IntentRow, EvalItem } from './evaluate/evaluate-intent-set.js';
export type { HeldOutFigures } from './evaluate/held-out-sentiment.js';
export { reviewedExamples } from './evaluate/reviewed-labels.js';
