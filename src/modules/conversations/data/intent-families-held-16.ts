import { type IntentFamily } from './intent-families.js';

export const HELD_16_FAMILIES: IntentFamily[] = [];
