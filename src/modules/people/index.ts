export { persons, contactPoints, consents, revocations, holds, type PersonPreferences, type HoldType } from './schema.js';
export { timeZonesForAddress, STATE_TIME_ZONES, type PersonTimeZones } from './time-zones.js';
