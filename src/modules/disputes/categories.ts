/**
 * What the patient says is wrong (the portal form's choices; agents pick the same).
 * `original_creditor` is a request for the original creditor's name and address (12 CFR
 * 1006.38(c)): collection pauses the same way until billing mails the answer.
 */
export const DISPUTE_CATEGORIES = ['amount', 'not_mine', 'insurance', 'already_paid', 'services', 'other', 'original_creditor'] as const;
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number];

export const DISPUTE_SOURCES = ['portal', 'reply', 'call'] as const;
export type DisputeSource = (typeof DISPUTE_SOURCES)[number];

/** `original_creditor`: the original creditor's name and address were mailed (the answer to that request). */
export const DISPUTE_RESOLUTIONS = ['corrected', 'verified', 'not_ours', 'original_creditor'] as const;
export type DisputeResolution = (typeof DISPUTE_RESOLUTIONS)[number];

/** Days billing has to answer (Kindly's service level; collection stays paused however long it takes). */
export const DISPUTE_DUE_DAYS = 30;

/** Holds only a compliance officer may release, with a reason. Disputes end only by resolution. */
export const OFFICER_RELEASED_HOLDS = ['attorney', 'bankruptcy', 'deceased', 'cease_communication'] as const;

export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/webp'] as const;
export const MAX_DISPUTE_DOCUMENT_BYTES = 10 * 1024 * 1024;
