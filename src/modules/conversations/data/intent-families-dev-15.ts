import { type IntentFamily } from './intent-families.js';

export const DEV_15_FAMILIES: IntentFamily[] = [];
