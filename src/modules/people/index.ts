export { persons, contactPoints, consents, revocations, holds, type PersonPreferences, type HoldType } from './schema.js';
export { timeZonesForAddress, type PersonTimeZones } from './time-zones.js';
