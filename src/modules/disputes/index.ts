/**
 * Disputes: a patient or an agent says a debt is wrong; collection on it pauses until billing
 * corrects it, verifies it (the letter is mailed first), or finds it is not the patient's.
 * Holds that only a compliance officer may lift are released here too, with a reason.
 */
export { DISPUTE_CATEGORIES, DISPUTE_SOURCES, DISPUTE_RESOLUTIONS, DISPUTE_DUE_DAYS, OFFICER_RELEASED_HOLDS, DOCUMENT_TYPES as DISPUTE_DOCUMENT_TYPES, MAX_DISPUTE_DOCUMENT_BYTES } from './categories.js';
export type { DisputeCategory, DisputeSource, DisputeResolution } from './categories.js';
export { recordDispute, recordReplyDispute, type RecordDisputeOptions, type RecordedDispute } from './record-dispute.js';
export { resolveDispute, type ResolveDisputeOptions, type ResolvedDispute } from './resolve-dispute.js';
export { releaseHold } from './release-hold.js';
export { listDisputes, accountDisputesSql, disputesFromRows, getDispute, getDisputeDocument, listHolds, disputesCsv, type DisputeView } from './read-disputes.js';
export { disputeLetter, disputeLetterText, renderDisputeLetterPdf, type DisputeLetter, type DisputeLetterKind } from './dispute-letters.js';
export { disputeLetterFor } from './letter-for-dispute.js';
