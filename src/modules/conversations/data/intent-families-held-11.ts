/**
 * Held-out set "held11" (Apache-2.0, written for Kindly). Kept UNREAD: no model's figures on it
 * are read until a pass reads it once, for a decision written down beforehand.
 */
import { type IntentFamily } from './intent-families.js';

export const HELD_11_FAMILIES: IntentFamily[] = [];
