export * from './database.js';
export { migrate, MIGRATIONS_DIR, type MigrationResult } from './migrate.js';
export { bulkInsert, type BulkColumn } from './bulk-insert.js';
export { jsonRows, textArray, type RowColumn } from './json-rows.js';
export { streamQuery } from './stream-query.js';
