import { randomBytes } from 'node:crypto';
import type { Database } from '../db/index.js';
import { DecryptError, FieldCipher, installFieldCipher, keyIdOf } from './field-cipher.js';
import type { Keyring } from './keyring.js';
import { reencryptTables, type EncryptedTable, type ReencryptCounts } from './reencrypt.js';
import { ensureSecretSetting } from './settings.js';

const BACKFILL_MARKER = 'field_encryption';
// Raised whenever columns join the encrypted set (v2: ingested records and their history, the
// quarantine, assistance households), so databases marked done earlier scan once more; columns
// already encrypted are skipped by the scan's filter.
const BACKFILL_VERSION = 'v2';

export interface InstallFieldEncryptionOptions {
  keyring: Keyring;
  /** Every encrypted table, for the one-time encryption of rows written before encryption existed. */
  tables: EncryptedTable[];
  /** The blind-index secret to store when the database has none yet (tests pin one); random otherwise. */
  newBlindIndexSecret?: Buffer;
}

/**
 * Sets up the process's field cipher for this database: loads (or creates, on first start) the
 * installation's blind-index secret, which is kept in app_settings encrypted under the data keys so
 * that rotating data keys never changes a blind index; then, once per database, encrypts every
 * value still in plain text. Fails with a clear message when the configured keys cannot read the
 * database.
 */
export async function installFieldEncryption(database: Database, opts: InstallFieldEncryptionOptions): Promise<{ cipher: FieldCipher; backfill: ReencryptCounts | null }> {
  const bootstrap = new FieldCipher(opts.keyring);
  let secret: string;
  try {
    secret = await ensureSecretSetting(database, 'blind_index_key', () => (opts.newBlindIndexSecret ?? randomBytes(32)).toString('base64'), bootstrap);
  } catch (err) {
    if (!(err instanceof DecryptError)) throw err;
    const [row] = await database.query<{ value: string }>(`select value from app_settings where key = 'blind_index_key'`);
    throw new Error(
      `This database was encrypted with key "${keyIdOf(row?.value ?? '') ?? '?'}", which is not among the configured keys ` +
        `(${[...opts.keyring.byId.keys()].join(', ')}). Set KINDLY_ENCRYPTION_KEY to include it.`,
      { cause: err },
    );
  }
  const cipher = new FieldCipher(opts.keyring, Buffer.from(secret, 'base64'));
  installFieldCipher(cipher);
  const [done] = await database.query<{ value: string }>(`select value from app_settings where key = $1`, [BACKFILL_MARKER]);
  if (done?.value === BACKFILL_VERSION) return { cipher, backfill: null };
  const backfill = await reencryptTables(database, cipher, opts.tables, 'plain');
  await database.query(`insert into app_settings(key, value) values ($1, $2) on conflict (key) do update set value = excluded.value`, [BACKFILL_MARKER, BACKFILL_VERSION]);
  return { cipher, backfill };
}
