import { systemClock } from '../platform/clock/index.js';
import { installFieldEncryption, loadKeyring, PLAIN_SETTINGS, type EncryptedTable, type FieldCipher, type KeySource, type ReencryptCounts } from '../platform/crypto/index.js';
import type { Database } from '../platform/db/index.js';
import { ASSISTANCE_ENCRYPTED_TABLES } from '../modules/assistance/index.js';
import { INGESTION_ENCRYPTED_TABLES } from '../modules/ingestion/index.js';
import { INTEGRATIONS_ENCRYPTED_TABLES } from '../modules/integrations/index.js';
import { OUTREACH_ENCRYPTED_TABLES } from '../modules/outreach/index.js';
import { PEOPLE_ENCRYPTED_TABLES } from '../modules/people/index.js';
import { WORKSPACE_ENCRYPTED_TABLES } from '../modules/workspace/index.js';
import { IDENTITY_ENCRYPTED_TABLES } from '../modules/identity/index.js';
import type { ServerConfig } from './config.js';

/** Every column Kindly stores encrypted, by table (docs/encryption.md lists them). */
export const ENCRYPTED_TABLES: EncryptedTable[] = [
  ...PEOPLE_ENCRYPTED_TABLES,
  ...OUTREACH_ENCRYPTED_TABLES,
  ...WORKSPACE_ENCRYPTED_TABLES,
  ...ASSISTANCE_ENCRYPTED_TABLES,
  ...INGESTION_ENCRYPTED_TABLES,
  ...INTEGRATIONS_ENCRYPTED_TABLES,
  ...IDENTITY_ENCRYPTED_TABLES,
  // Installation secrets (the link secret, webhook secrets...); markers stay plain.
  { table: 'app_settings', key: 'key', text: ['value'], where: `key not in (${PLAIN_SETTINGS.map((k) => `'${k}'`).join(', ')})` },
];

export interface EncryptionSetUp {
  cipher: FieldCipher;
  source: KeySource;
  keyFile?: string;
  backfill: ReencryptCounts | null;
}

/**
 * Sets up field encryption for this database with the data keys loaded by loadConfiguredKeys
 * (KINDLY_ENCRYPTION_KEY, or the embedded database's key file, generated on first start).
 */
export async function setUpEncryption(database: Database, keys: LoadedKeys): Promise<EncryptionSetUp> {
  const { cipher, backfill } = await installFieldEncryption(database, { keyring: keys.keyring, tables: ENCRYPTED_TABLES });
  return { cipher, source: keys.source, keyFile: keys.file, backfill };
}

export type LoadedKeys = ReturnType<typeof loadKeyring>;

/** The configured data keys; throws KeyConfigError (before anything touches the database) when none is usable. */
export function loadConfiguredKeys(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir' | 'encryptionKey'>): LoadedKeys {
  return loadKeyring({ ...(config.encryptionKey ? { configuredKeys: config.encryptionKey } : {}), external: Boolean(config.databaseUrl), embeddedDataDir: config.dataDir, now: systemClock.now() });
}
