export { ingestFiles, type IngestSummary, type IngestOptions, type IngestError } from './ingest-files.js';
export { ingestionRuns, ingestedRecords, ingestedRecordHistory, ingestionRejections } from './schema.js';
export { recordHash } from './project-records.js';
export { listRemittancesForReview, getRemittance, listUnremittedClaims, getIngestedRecord, pageCoverageRecords, type StoredRecord } from './read-records.js';
export { INGESTION_ENCRYPTED_TABLES } from './record-envelope.js';
export { copyIngestedCoverages, COVERAGE_COPY_SETTING } from './copy-ingested-coverages.js';
