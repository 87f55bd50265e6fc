import { createHash, createHmac, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, keylen: number, opts: object) => Promise<Buffer>;

// scrypt (RFC 7914) from Node's OpenSSL binding: memory-hard, no native addon to build.
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltB64, hashB64] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !hashB64) return false;
  const expected = Buffer.from(hashB64, 'base64url');
  const actual = await scrypt(password, Buffer.from(saltB64, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A random opaque token (session cookies, link ids). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Stored form of a bearer token: only its hash is kept, so a database leak yields no sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function hmacSha256(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export { FieldCipher, DecryptError, fieldCipher, installFieldCipher, isEncryptedText, isEncryptedBytes, keyIdOf, TEXT_PREFIX } from './field-cipher.js';
export { parseKeys, loadKeyring, keyringOf, generateKey, appendKeyToFile, formatKey, keyFingerprint, KeyConfigError, KEY_FILE_NAME, type DataKey, type Keyring, type KeySource } from './keyring.js';
export { normalizeName, nameTokens, normalizePhone, normalizeEmail } from './normalize.js';
export { encryptedText, encryptedBytes, encryptedJson } from './encrypted-column.js';
export { reencryptTables, type EncryptedTable, type ReencryptCounts } from './reencrypt.js';
export { installFieldEncryption, type InstallFieldEncryptionOptions } from './install.js';
export { ensureSecretSetting, PLAIN_SETTINGS } from './settings.js';
