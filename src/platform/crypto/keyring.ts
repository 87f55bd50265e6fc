import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One data key: 32 random bytes under a short id that ciphertexts carry so old keys stay usable. */
export interface DataKey {
  id: string;
  key: Buffer;
}

/**
 * The keys this process can use: every key decrypts (by the id a ciphertext names), the current
 * one (the last listed, i.e. the newest) encrypts.
 */
export interface Keyring {
  current: DataKey;
  byId: ReadonlyMap<string, DataKey>;
}

/** Where the keys came from, for the start-up log line (never the keys themselves). */
export type KeySource = 'env' | 'file' | 'generated-file' | 'test';

const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;
export const KEY_FILE_NAME = 'encryption.key';

export class KeyConfigError extends Error {}

/** The id of a key given without one: a fingerprint, so the same key always gets the same id. */
export function keyFingerprint(key: Buffer): string {
  return 'k' + createHash('sha256').update(key).digest('hex').slice(0, 7);
}

/**
 * Parses `KINDLY_ENCRYPTION_KEY`: either one base64 key (32 bytes), or `id:key` pairs separated by
 * commas, whitespace or newlines, oldest first; the last is the current key.
 */
export function parseKeys(text: string, origin = 'KINDLY_ENCRYPTION_KEY'): Keyring {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) throw new KeyConfigError(`${origin}: no key given`);
  const keys: DataKey[] = parts.map((part, i) => {
    const sep = part.indexOf(':');
    const id = sep >= 0 ? part.slice(0, sep) : null;
    const b64 = sep >= 0 ? part.slice(sep + 1) : part;
    const key = Buffer.from(b64, 'base64');
    const where = `${origin} key ${i + 1}${id ? ` ("${id}")` : ''}`;
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(b64) || key.length !== 32) {
      throw new KeyConfigError(`${where}: must be 32 random bytes in base64 (e.g. \`openssl rand -base64 32\`), got ${key.length} bytes`);
    }
    if (id !== null && !KEY_ID.test(id)) throw new KeyConfigError(`${where}: the id must be 1-16 letters, digits, _ or -`);
    return { id: id ?? keyFingerprint(key), key };
  });
  return keyringOf(keys, origin);
}

export function keyringOf(keys: DataKey[], origin = 'keys'): Keyring {
  const byId = new Map<string, DataKey>();
  for (const k of keys) {
    const seen = byId.get(k.id);
    if (seen && !seen.key.equals(k.key)) throw new KeyConfigError(`${origin}: two different keys share the id "${k.id}"`);
    byId.set(k.id, k);
  }
  return { current: keys[keys.length - 1]!, byId };
}

export function formatKey(k: DataKey): string {
  return `${k.id}:${k.key.toString('base64')}`;
}

/** A new random key with a time-ordered id, so the newest sorts last in a key file. */
export function generateKey(now: Date): DataKey {
  const stamp = now.toISOString().replace(/[-:TZ.]/g, '').slice(0, 14);
  return { id: `k${stamp}`, key: randomBytes(32) };
}

export interface LoadKeyringOptions {
  /** The configured keys (KINDLY_ENCRYPTION_KEY, read by the composition root); absent or blank: none. */
  configuredKeys?: string;
  /** The embedded database's folder: where a key is generated when none is configured. */
  embeddedDataDir?: string;
  /** True for PostgreSQL: a key must be configured, none is ever generated. */
  external: boolean;
  now: Date;
}

/**
 * The keyring from `KINDLY_ENCRYPTION_KEY`, else (embedded default only) from the key file in the
 * data folder, generated on first start with mode 0600. On PostgreSQL without a key it refuses,
 * because a key generated beside a shared server would be lost with the process's disk.
 */
export function loadKeyring(opts: LoadKeyringOptions): { keyring: Keyring; source: KeySource; file?: string } {
  const given = opts.configuredKeys?.trim();
  if (given) return { keyring: parseKeys(given), source: 'env' };
  if (opts.external || !opts.embeddedDataDir) {
    throw new KeyConfigError(
      'KINDLY_ENCRYPTION_KEY is not set. Kindly encrypts patient data at rest and needs a key when it uses PostgreSQL: ' +
        'set KINDLY_ENCRYPTION_KEY to 32 random bytes in base64 (`openssl rand -base64 32`) and keep a copy in your secret store; ' +
        'without it the data cannot be read.',
    );
  }
  const file = join(opts.embeddedDataDir, KEY_FILE_NAME);
  if (existsSync(file)) return { keyring: parseKeys(readFileSync(file, 'utf8'), file), source: 'file', file };
  mkdirSync(opts.embeddedDataDir, { recursive: true });
  const key = generateKey(opts.now);
  writeFileSync(file, formatKey(key) + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { keyring: keyringOf([key], file), source: 'generated-file', file };
}

/** Appends a new current key to the embedded key file (for `kindly keys rotate --new-key`). */
export function appendKeyToFile(file: string, key: DataKey): void {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, `${existing.trimEnd()}${existing.trim() ? '\n' : ''}${formatKey(key)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}
