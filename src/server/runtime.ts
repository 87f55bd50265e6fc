import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from '../platform/clock/index.js';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSecretSetting } from '../platform/crypto/index.js';
import { acquireDataDirLock, migrate, openDatabase, type DataDirLock, type Database } from '../platform/db/index.js';
import { isFreshDataDir, snapshotFile } from '../platform/db/snapshot.js';
import { createLogger, type Logger } from '../platform/logging/index.js';
import { createGateway, useGateway, useInstallationSecret } from '../modules/payments/index.js';
import type { ServerConfig } from './config.js';
import { loadConfiguredKeys, setUpEncryption } from './encryption.js';
import { usePaymentGateways } from './payment-gateways.js';

const locks = new WeakMap<Database, DataDirLock>();

/** The lock this process holds on an embedded database's folder (none on PostgreSQL). */
export function dataDirLockOf(database: Database): DataDirLock | undefined {
  return locks.get(database);
}

/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, else embedded PGlite), migrates
 * it and sets up field encryption (refusing to go on without a key on PostgreSQL). The embedded
 * folder is locked for this process first: a second process gets DataDirLockedError naming the
 * first instead of corrupting the files.
 */
export async function openConfiguredDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir' | 'encryptionKey' | 'dbSchema' | 'dbPoolSize' | 'dbPreparedStatements'>, schema?: string): Promise<Database> {
  // Keys first: on PostgreSQL without KINDLY_ENCRYPTION_KEY nothing is opened or migrated.
  const keys = loadConfiguredKeys(config);
  if (config.databaseUrl) {
    const database = await openDatabase({ url: config.databaseUrl, schema: schema ?? config.dbSchema ?? 'public', ...(config.dbPoolSize ? { maxConnections: config.dbPoolSize } : {}), ...(config.dbPreparedStatements !== undefined ? { preparedPerConnection: config.dbPreparedStatements } : {}) });
    try {
      await migrate(database);
      await setUpEncryption(database, keys);
      await copyPendingData(database);
    } catch (err) {
      await database.close();
      throw err;
    }
    return database;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const lock = acquireDataDirLock(config.dataDir);
  let database: Database | undefined;
  try {
    database = await openEmbedded(config.dataDir);
    const close = database.close.bind(database);
    database.close = async () => {
      try {
        await close();
      } finally {
        lock.release();
      }
    };
    locks.set(database, lock);
    await migrate(database);
    await setUpEncryption(database, keys);
    await copyPendingData(database);
    return database;
  } catch (err) {
    if (database) await database.close().catch(() => undefined);
    else lock.release();
    throw err;
  }
}

/**
 * Data a migration marked for copying that SQL cannot make, because its source is encrypted: made
 * once, after the keys are set up. Each step is safe to run twice (concurrent starts may both run it).
 */
export async function copyPendingData(database: Database): Promise<void> {
  const [pending] = await database.query<{ key: string }>(`select key from app_settings where key = 'ingested_coverage_copy' and value = 'pending'`);
  if (!pending) return;
  // Loaded here, not at the top: CLI commands open the database through this file and stay light.
  const { copyIngestedCoverages, COVERAGE_COPY_SETTING } = await import('../modules/ingestion/index.js');
  await copyIngestedCoverages(database.db);
  await database.query(`update app_settings set value = 'done' where key = $1`, [COVERAGE_COPY_SETTING]);
}

/**
 * Opens the embedded database. A new data folder starts from the build's snapshot (migrated, empty)
 * when one matches the current migrations; otherwise, or when unpacking fails, PGlite creates the
 * cluster from scratch as always.
 */
async function openEmbedded(dataDir: string): Promise<Database> {
  const snapshot = isFreshDataDir(dataDir) ? snapshotFile() : null;
  if (!snapshot) return openDatabase({ dataDir });
  const before = new Set(readdirSync(dataDir));
  try {
    return await openDatabase({ dataDir, loadDataDir: new Blob([readFileSync(snapshot)]) });
  } catch {
    // Leave the folder as it was (the key and lock files stay) and create the database the slow way.
    for (const entry of readdirSync(dataDir)) if (!before.has(entry)) rmSync(join(dataDir, entry), { recursive: true, force: true });
    return openDatabase({ dataDir });
  }
}

/** The signing secret: KINDLY_SECRET, else one generated once and shared through the database (stored encrypted). */
export async function loadSecret(database: Database, given?: string): Promise<string> {
  if (given) return given;
  return ensureSecretSetting(database, 'link_secret', () => randomBytes(32).toString('base64url'));
}

export interface Runtime {
  database: Database;
  clock: Clock;
  logger: Logger;
  secret: string;
}

export async function createRuntime(config: ServerConfig, clock: Clock = systemClock): Promise<Runtime> {
  const logger = createLogger({ level: config.logLevel });
  const database = await openConfiguredDatabase(config);
  const secret = await loadSecret(database, config.secret);
  // The sandbox gateway's webhook secret is derived from it (per installation, never a constant).
  useInstallationSecret(database, secret);
  useGateway(database, createGateway(database, config.payments, clock));
  // Per tenant: its own Stripe account when saved under Integrations, else the gateway above.
  usePaymentGateways({ database, clock, installation: config.payments });
  if (config.smtp) {
    // Loaded here, not at the top: CLI commands open the database through this file and stay light.
    const { useTransactionalSmtp } = await import('../modules/outreach/index.js');
    useTransactionalSmtp(database, config.smtp);
  }
  return { database, clock, logger, secret };
}
