import { type IntentFamily } from './intent-families.js';

export const DEV_14_FAMILIES: IntentFamily[] = [];
