import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { installFieldEncryption, parseKeys } from '../crypto/index.js';
import { TEST_BLIND_INDEX_SECRET, TEST_ENCRYPTION_KEY } from '../crypto/testing.js';
import { openDatabase, type Database, type DatabaseKind } from './database.js';
import { migrate } from './migrate.js';

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI sets it). */
export const DB_TARGETS: DatabaseKind[] = process.env.DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];

/** A migrated, empty database: in-memory PGlite, or a fresh schema of its own on PostgreSQL. */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  const database =
    kind === 'postgresql'
      ? await openDatabase({ url: process.env.DATABASE_URL, schema: `t_${randomBytes(5).toString('hex')}`, maxConnections: 5 })
      : await openDatabase();
  await migrate(database);
  // Processes the test spawns (workers, the CLI) inherit the same fixed key.
  process.env.KINDLY_ENCRYPTION_KEY ||= TEST_ENCRYPTION_KEY;
  await installFieldEncryption(database, { keyring: parseKeys(process.env.KINDLY_ENCRYPTION_KEY), tables: [], newBlindIndexSecret: TEST_BLIND_INDEX_SECRET });
  return database;
}

export async function closeTestDatabase(database: Database): Promise<void> {
  const { schema, connectionString } = database;
  await database.close();
  if (database.kind === 'postgresql' && schema !== 'public' && connectionString) {
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    await admin.query(`drop schema if exists "${schema}" cascade`);
    await admin.end();
  }
}

/** Runs a suite once per database target, each with its own migrated database. */
export function describeDb(title: string, body: (getDb: () => Database, kind: DatabaseKind) => void): void {
  for (const kind of DB_TARGETS) {
    describe(`${title} [${kind}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await openTestDatabase(kind);
      });
      afterAll(async () => {
        if (database) await closeTestDatabase(database);
      });
      body(() => {
        if (!database) throw new Error('database not ready');
        return database;
      }, kind);
    });
  }
}
