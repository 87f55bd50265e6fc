// Scoring: propensity to pay (30/90 days) and likelihood of financial hardship, fitted per tenant
// on its own history (regularized logistic regression, documented in docs/scoring.md), with plain
// reasons; and the presumptive financial-assistance screening of the whole book. Scores order
// work and shape channel, timing and tone; they never deny a plan or assistance, and never bring
// an escalation sooner.
export { FEATURES, PROPENSITY_FEATURES, HARDSHIP_FEATURES, TARGETS, TARGET_FEATURES, extractFeatures, featureRow } from './features.js';
export type { FeatureName, Target, FeatureSet } from './features.js';
export { fitLogistic, predict, auc, brier, reliability, standardization } from './logistic.js';
export type { FittedLogistic, Matrix, ReliabilityBin } from './logistic.js';
export { MODEL_FAMILY, priorModel, compileModel, scoreRow, modelVersion } from './model.js';
export type { StoredModel, ModelMetrics, HoldoutMetrics } from './model.js';
export { reasonText, explainReasons, packReasons, unpackReasons, TARGET_LABELS } from './reasons.js';
export type { ScoreReason, StoredReason, PackedReasons } from './reasons.js';
export { trainScoringModels, loadScoringModels } from './train-scoring-models.js';
export type { TrainScoringModelsOptions, TrainScoringModelsResult } from './train-scoring-models.js';
export { scoreAccounts } from './score-accounts.js';
export type { ScoreAccountsOptions, ScoreAccountsResult } from './score-accounts.js';
export { screenAccount, STATE_CHARITY_CARE, HARDSHIP_FLAG } from './screen-account.js';
export type { AccountScreening, ScreeningFacts, ScreeningStatus, ScreeningBasis, ScreeningReason } from './screen-account.js';
export { screenBook } from './screen-book.js';
export type { ScreenBookOptions, ScreenBookResult } from './screen-book.js';
export { getAccountScores, scoringForOutreach, outreachScoringJoinSql, outreachScoringColumnsSql, outreachScoringOf, accountScoresSql, readScreeningCounts, likelyHardshipAccountsSql } from './read-scores.js';
export type { AccountScoresView, AccountScoreView, AccountScreeningView, OutreachScoring, ScreeningCounts } from './read-scores.js';
export { runScoring, SCORING_TRAIN_QUEUE, SCORING_RUN_QUEUE } from './run-scoring.js';
export type { RunScoringOptions, RunScoringResult } from './run-scoring.js';
