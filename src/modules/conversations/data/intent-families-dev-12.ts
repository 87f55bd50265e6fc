/**
 * Set "dev12" (Apache-2.0, written for Kindly), ids prefixed `d12-`. Written apart, kept for one decision.
 */
import { type IntentFamily } from './intent-families.js';

export const DEV_12_FAMILIES: IntentFamily[] = [];
