// The pure part of payments: what outreach's decision needs (a message link's short code) without
// the database code of the links themselves, so the strategy simulator's workers load none of it.
export { LINK_CODE_LENGTH, newLinkCode, normalizeLinkCode } from './link-code.js';
