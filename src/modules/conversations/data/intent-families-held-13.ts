/**
 * Set "held13" (Apache-2.0, written for Kindly), ids prefixed `h13-`. Written apart, kept for one decision.
 */
import { type IntentFamily } from './intent-families.js';

export const HELD_13_FAMILIES: IntentFamily[] = [];
