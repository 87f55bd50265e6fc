import { type IntentFamily } from './intent-families.js';

export const HELD_14_FAMILIES: IntentFamily[] = [];
