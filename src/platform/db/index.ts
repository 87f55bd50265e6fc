export * from './database.js';
export { migrate, MIGRATIONS_DIR, type MigrationResult } from './migrate.js';
export { bulkInsert, type BulkColumn } from './bulk-insert.js';
export { jsonRows, textArray, type RowColumn } from './json-rows.js';
export { streamQuery } from './stream-query.js';
export { acquireDataDirLock, readDataDirLock, processAlive, DataDirLockedError, LOCK_FILE, type DataDirLock, type DataDirLockInfo } from './data-dir-lock.js';
export { fromJsonRow } from './json-table-row.js';
export { frozenSql } from './frozen-sql.js';
