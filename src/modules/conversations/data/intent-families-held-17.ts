import { type IntentFamily } from './intent-families.js';

export const HELD_17_FAMILIES: IntentFamily[] = [];
