import type { Database } from '../db/index.js';
import { fieldCipher, type FieldCipher } from './field-cipher.js';

/** app_settings rows that are not secrets (markers); every other value there is stored encrypted. */
export const PLAIN_SETTINGS = ['field_encryption', 'ingested_coverage_copy'];

/**
 * An installation secret kept in app_settings (the link secret, webhook secrets...): created once
 * with `make()` and stored encrypted, so concurrent first starts agree on one value. This is the
 * one way to read or create such a secret.
 */
export async function ensureSecretSetting(database: Database, key: string, make: () => string, cipher: FieldCipher = fieldCipher()): Promise<string> {
  await database.query(`insert into app_settings(key, value) values ($1, $2) on conflict (key) do nothing`, [key, cipher.encrypt(make())]);
  const [row] = await database.query<{ value: string }>(`select value from app_settings where key = $1`, [key]);
  return cipher.decrypt(row!.value);
}
