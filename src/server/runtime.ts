import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from '../platform/clock/index.js';
import { migrate, openDatabase, type Database } from '../platform/db/index.js';
import { createLogger, type Logger } from '../platform/logging/index.js';
import { useInstallationSecret } from '../modules/payments/index.js';
import type { ServerConfig } from './config.js';

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else embedded PGlite) and migrates it. */
export async function openConfiguredDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>, schema?: string): Promise<Database> {
  const database = config.databaseUrl
    ? await openDatabase({ url: config.databaseUrl, schema: schema ?? process.env.KINDLY_DB_SCHEMA ?? 'public' })
    : await openDatabase({ dataDir: config.dataDir });
  await migrate(database);
  return database;
}

/** The signing secret: KINDLY_SECRET, else one generated once and shared through the database. */
export async function loadSecret(database: Database, given?: string): Promise<string> {
  if (given) return given;
  await database.query(`insert into app_settings(key, value) values ('link_secret', $1) on conflict (key) do nothing`, [randomBytes(32).toString('base64url')]);
  const [row] = await database.query<{ value: string }>(`select value from app_settings where key = 'link_secret'`);
  return row!.value;
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
  // The sandbox gateway's webhook secret is derived from it (per installation, never a constant).
  useInstallationSecret(database, secret);
  return { database, clock, logger, secret };
}
