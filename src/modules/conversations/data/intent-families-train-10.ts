/**
 * Training-only batch 10 (`sa-` families; plan requests, bill confusion and the other everyday
 * intents, with their hard negatives), always train, teaching only their own
 * intents (teachesOnlyOwnIntents). `BATCH_10_SHIPPED` is emitted by default after every earlier
 * training family (so no earlier utterance moves); the rest only by
 * `npm run train:intents -- --batch-10`, for evaluation.
 */
import type { IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_10: readonly IntentFamily[] = [];

/** The families of this batch the shipped model is trained on. */
export const BATCH_10_SHIPPED: readonly IntentFamily[] = [];
