import { type IntentFamily } from './intent-families.js';

export const HELD_15_FAMILIES: IntentFamily[] = [];
