/**
 * Training-only batch 16 (`sg-` families): relatives, partners and caregivers mentioned in
 * everyday billing talk with no death, lawyer, bankruptcy, dispute or request to stop (hard
 * negatives of the critical intents they might be mistaken for); always train, teaching only their
 * own intents (teachesOnlyOwnIntents). `BATCH_16_SHIPPED` is emitted by default after every earlier
 * training family; the rest only by `npm run train:intents -- --batch-16`, for evaluation.
 */
import type { IntentFamily } from './intent-families.js';

export const TRAIN_ONLY_FAMILIES_16: readonly IntentFamily[] = [];
export const BATCH_16_SHIPPED: readonly IntentFamily[] = [];
