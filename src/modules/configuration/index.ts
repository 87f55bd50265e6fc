// Configuration as data: a tenant's templates and journeys as versioned documents, checked with
// the boot validation and the compliance content check before they are published.
export { configDocuments, DOCUMENT_KINDS, POLICY_KINDS, type DocumentKind, type PolicyKind } from './schema.js';
export { currentDocuments, documentVersions, latestDocument, latestDocumentJsonSql, latestDocumentFromRow, type PublishedDocument } from './documents.js';
export { tenantOutreachConfig, mergeDocuments, documentFile, configFiles } from '../outreach/index.js';
export { checkDocument, checkDocuments, renderAndCheck, sampleFor, CONTENT_REASON_WORDS, type DraftDocument, type CheckDeps, type RenderedPreview } from './check-document.js';
export { publishDocument, writeDocumentVersion, type PublishOptions } from './publish-document.js';
export { exportConfig, importConfig, COMPLIANCE_OVERRIDES_FILE, type ExportResult, type ImportResult } from './config-files-io.js';
