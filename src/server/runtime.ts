import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from '../platform/clock/index.js';
import { ensureSecretSetting } from '../platform/crypto/index.js';
import { migrate, openDatabase, type Database } from '../platform/db/index.js';
import { createLogger, type Logger } from '../platform/logging/index.js';
import type { ServerConfig } from './config.js';
import { loadConfiguredKeys, setUpEncryption } from './encryption.js';

/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, else embedded PGlite), migrates
 * it and sets up field encryption (refusing to go on without a key on PostgreSQL).
 */
export async function openConfiguredDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>, schema?: string): Promise<Database> {
  // Keys first: on PostgreSQL without KINDLY_ENCRYPTION_KEY nothing is opened or migrated.
  const keys = loadConfiguredKeys(config);
  const database = config.databaseUrl
    ? await openDatabase({ url: config.databaseUrl, schema: schema ?? process.env.KINDLY_DB_SCHEMA ?? 'public' })
    : await openDatabase({ dataDir: config.dataDir });
  await migrate(database);
  try {
    await setUpEncryption(database, keys);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
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
  const logger = createLogger();
  const database = await openConfiguredDatabase(config);
  const secret = await loadSecret(database, config.secret);
  return { database, clock, logger, secret };
}
