// The part of configuration that outreach reads: the stored documents themselves, with no
// dependency on outreach (which validates and merges them), so the two never import each other.
export { configDocuments, DOCUMENT_KINDS, POLICY_KINDS, type DocumentKind, type PolicyKind } from './schema.js';
export { currentDocuments, latestDocument, latestDocumentJsonSql, latestDocumentFromRow, type PublishedDocument } from './documents.js';
