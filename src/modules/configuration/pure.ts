// The part of configuration that outreach reads: the stored documents themselves, with no
// dependency on outreach (which validates and merges them), so the two never import each other.
export { configDocuments, DOCUMENT_KINDS, type DocumentKind } from './schema.js';
export { currentDocuments, type PublishedDocument } from './documents.js';
