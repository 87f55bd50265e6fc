import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import type { Keyring } from './keyring.js';

/** Text ciphertexts start with this: format version 1, then the key id, then base64url(iv | ciphertext | tag). */
export const TEXT_PREFIX = 'kx1:';
/** Byte ciphertexts (documents) start with these 3 bytes, then 1 byte of key id length, the id, iv, tag, ciphertext. */
export const BYTES_MAGIC = Buffer.from('KX1', 'latin1');

const IV_BYTES = 12;
const TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';
const IV_POOL = 4096;

export class DecryptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptError';
  }
}

/**
 * Field-level encryption (AES-256-GCM, a random 96-bit IV per value) and blind indexes (HMAC-SHA256
 * under a key of their own) for the columns that hold PHI. One instance per process: key objects
 * and an IV pool are reused, because the outreach pass encrypts message bodies by the million.
 */
export class FieldCipher {
  readonly currentKeyId: string;
  private readonly currentKey: KeyObject;
  private readonly keys = new Map<string, KeyObject>();
  private readonly indexKey: KeyObject | null;
  private ivPool = Buffer.alloc(0);
  private ivAt = 0;

  constructor(
    readonly keyring: Keyring,
    /** The installation's blind-index secret (stable across data-key rotation), if loaded. */
    blindIndexSecret?: Buffer,
  ) {
    for (const [id, k] of keyring.byId) this.keys.set(id, createSecretKey(k.key));
    this.currentKeyId = keyring.current.id;
    this.currentKey = this.keys.get(this.currentKeyId)!;
    this.indexKey = blindIndexSecret ? createSecretKey(Buffer.from(hkdfSync('sha256', blindIndexSecret, Buffer.alloc(0), 'kindly blind index v1', 32))) : null;
  }

  private nextIv(): Buffer {
    if (this.ivAt + IV_BYTES > this.ivPool.length) {
      this.ivPool = randomBytes(IV_BYTES * IV_POOL);
      this.ivAt = 0;
    }
    const iv = this.ivPool.subarray(this.ivAt, this.ivAt + IV_BYTES);
    this.ivAt += IV_BYTES;
    return iv;
  }

  /** `kx1:<keyId>:<base64url(iv|ciphertext|tag)>` under the current key. */
  encrypt(plain: string): string {
    const iv = this.nextIv();
    const c = createCipheriv(ALGORITHM, this.currentKey, iv);
    const body = c.update(plain, 'utf8');
    const fin = c.final();
    const out = Buffer.concat([iv, body, fin, c.getAuthTag()], IV_BYTES + body.length + fin.length + TAG_BYTES);
    return `${TEXT_PREFIX}${this.currentKeyId}:${out.toString('base64url')}`;
  }

  encryptNullable(plain: string | null | undefined): string | null {
    return plain === null || plain === undefined ? null : this.encrypt(plain);
  }

  /**
   * The plain text of a stored value. A value without the prefix is returned as it is: rows written
   * before encryption was turned on, until the start-up step has encrypted them.
   */
  decrypt(stored: string): string {
    if (!stored.startsWith(TEXT_PREFIX)) return stored;
    const sep = stored.indexOf(':', TEXT_PREFIX.length);
    if (sep < 0) throw new DecryptError('malformed ciphertext (no key id)');
    const keyId = stored.slice(TEXT_PREFIX.length, sep);
    const key = this.keys.get(keyId);
    if (!key) throw new DecryptError(`no key with id "${keyId}" is configured (KINDLY_ENCRYPTION_KEY)`);
    const raw = Buffer.from(stored.slice(sep + 1), 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new DecryptError('malformed ciphertext (too short)');
    try {
      const d = createDecipheriv(ALGORITHM, key, raw.subarray(0, IV_BYTES));
      d.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
      return d.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES), undefined, 'utf8') + d.final('utf8');
    } catch {
      throw new DecryptError(`ciphertext failed authentication under key "${keyId}" (tampered, or the wrong key)`);
    }
  }

  decryptNullable(stored: string | null | undefined): string | null {
    return stored === null || stored === undefined ? null : this.decrypt(stored);
  }

  /** Documents: magic, key id, iv, tag, then the ciphertext. */
  encryptBytes(plain: Buffer | Uint8Array): Buffer {
    const iv = this.nextIv();
    const c = createCipheriv(ALGORITHM, this.currentKey, iv);
    const body = Buffer.concat([c.update(plain), c.final()]);
    const id = Buffer.from(this.currentKeyId, 'latin1');
    return Buffer.concat([BYTES_MAGIC, Buffer.from([id.length]), id, iv, c.getAuthTag(), body]);
  }

  decryptBytes(stored: Buffer | Uint8Array): Buffer {
    const b = Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
    if (!isEncryptedBytes(b)) return b;
    const idLen = b[3]!;
    const keyId = b.subarray(4, 4 + idLen).toString('latin1');
    const key = this.keys.get(keyId);
    if (!key) throw new DecryptError(`no key with id "${keyId}" is configured (KINDLY_ENCRYPTION_KEY)`);
    const at = 4 + idLen;
    if (b.length < at + IV_BYTES + TAG_BYTES) throw new DecryptError('malformed ciphertext (too short)');
    try {
      const d = createDecipheriv(ALGORITHM, key, b.subarray(at, at + IV_BYTES));
      d.setAuthTag(b.subarray(at + IV_BYTES, at + IV_BYTES + TAG_BYTES));
      return Buffer.concat([d.update(b.subarray(at + IV_BYTES + TAG_BYTES)), d.final()]);
    } catch {
      throw new DecryptError(`document failed authentication under key "${keyId}" (tampered, or the wrong key)`);
    }
  }

  /** True when the value is already under the current key (rotation skips it). */
  isCurrent(stored: string): boolean {
    return stored.startsWith(`${TEXT_PREFIX}${this.currentKeyId}:`);
  }

  /**
   * A blind index: HMAC-SHA256 of an already normalized value, truncated to 128 bits. `purpose`
   * separates indexes, so the same text in two fields gives unrelated values. Returns null for an
   * empty input (nothing to find).
   */
  blindIndex(purpose: string, normalized: string): string | null {
    if (!normalized) return null;
    if (!this.indexKey) throw new Error('blind-index key not loaded: call installFieldEncryption after opening the database');
    return createHmac('sha256', this.indexKey).update(purpose).update('\0').update(normalized).digest().subarray(0, 16).toString('base64url');
  }
}

export function isEncryptedText(v: string): boolean {
  return v.startsWith(TEXT_PREFIX);
}

export function isEncryptedBytes(b: Buffer | Uint8Array): boolean {
  return b.length > 4 && b[0] === BYTES_MAGIC[0] && b[1] === BYTES_MAGIC[1] && b[2] === BYTES_MAGIC[2];
}

/** The key id a stored text value names (null when it is not encrypted). */
export function keyIdOf(stored: string): string | null {
  if (!stored.startsWith(TEXT_PREFIX)) return null;
  const sep = stored.indexOf(':', TEXT_PREFIX.length);
  return sep < 0 ? null : stored.slice(TEXT_PREFIX.length, sep);
}

let installed: FieldCipher | null = null;

/** Makes `cipher` the process's field cipher (the composition root does this after opening the database). */
export function installFieldCipher(cipher: FieldCipher): void {
  installed = cipher;
}

/** The process's field cipher; throws a clear error when the database was opened without it. */
export function fieldCipher(): FieldCipher {
  if (!installed) throw new Error('field encryption is not set up: open the database through openConfiguredDatabase (or openTestDatabase in tests)');
  return installed;
}
