/**
 * Training-only batch 9 (`s9-` families; Spanish cease requests (and deceased) with their hard negatives), always train, teaching only their own
 * intents (teachesOnlyOwnIntents). `BATCH_9_SHIPPED` is emitted by default after every earlier
 * training family (so no earlier utterance moves); the rest only by
 * `npm run train:intents -- --batch-9`, for evaluation.
 */
import type { IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_9: readonly IntentFamily[] = [];

/** The families of this batch the shipped model is trained on. */
export const BATCH_9_SHIPPED: readonly IntentFamily[] = [];
