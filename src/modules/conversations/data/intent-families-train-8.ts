/**
 * Training-only batch 8 (`s8-` families; attorney statements and their hard negatives), always train, teaching only their own
 * intents (teachesOnlyOwnIntents). `BATCH_8_SHIPPED` is emitted by default after every earlier
 * training family (so no earlier utterance moves); the rest only by
 * `npm run train:intents -- --batch-8`, for evaluation.
 */
import type { IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_8: readonly IntentFamily[] = [];

/** The families of this batch the shipped model is trained on. */
export const BATCH_8_SHIPPED: readonly IntentFamily[] = [];
