/**
 * Set "held12" (Apache-2.0, written for Kindly), ids prefixed `h12-`. Written apart, kept for one decision.
 */
import { type IntentFamily } from './intent-families.js';

export const HELD_12_FAMILIES: IntentFamily[] = [];
