/**
 * Training-only batch 15 (`sf-` families): critical intents said on someone else's behalf (a
 * caregiver, relative, pastor or interpreter speaking for the patient), with hard negatives in the
 * same voices; always train, teaching only their own intents (teachesOnlyOwnIntents).
 * `BATCH_15_SHIPPED` is emitted by default after every earlier training family; the rest only by
 * `npm run train:intents -- --batch-15`, for evaluation.
 */
import type { IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_15: readonly IntentFamily[] = [];
export const BATCH_15_SHIPPED: readonly IntentFamily[] = [];
