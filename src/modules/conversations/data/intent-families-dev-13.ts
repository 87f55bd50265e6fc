/**
 * Set "dev13" (Apache-2.0, written for Kindly), ids prefixed `d13-`. Written apart, kept for one decision.
 */
import { type IntentFamily } from './intent-families.js';

export const DEV_13_FAMILIES: IntentFamily[] = [];
