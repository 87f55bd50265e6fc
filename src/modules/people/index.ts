export { persons, contactPoints, consents, revocations, holds, type PersonPreferences, type HoldType } from './schema.js';
export { timeZonesForAddress, type PersonTimeZones } from './time-zones.js';
// PHI is encrypted at rest: read names, dates of birth, addresses and contact values through these.
export { decryptPersonFields, personDisplayName, decryptContactValue, decryptRevocationText, readPersonNames, PEOPLE_ENCRYPTED_TABLES, type PersonName } from './read-person-fields.js';
export { personBlindIndexes, personReportingKeys, birthDateBlindIndex, contactBlindIndex, personSearchIndexes, type PersonSearchIndexes } from './blind-indexes.js';
