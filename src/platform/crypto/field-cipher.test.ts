import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DecryptError, FieldCipher, isEncryptedText, keyIdOf } from './field-cipher.js';
import { KeyConfigError, loadKeyring, parseKeys } from './keyring.js';
import { normalizeName, normalizePhone } from './normalize.js';

const keyA = Buffer.alloc(32, 1).toString('base64');
const keyB = Buffer.alloc(32, 2).toString('base64');
const blind = Buffer.alloc(32, 3);

describe('field encryption format', () => {
  const cipher = new FieldCipher(parseKeys(`a:${keyA}`), blind);

  it('round-trips text, with a fresh IV each time and the key id in the clear', () => {
    const x = cipher.encrypt('María García');
    const y = cipher.encrypt('María García');
    expect(x).not.toBe(y);
    expect(x).not.toContain('Mar');
    expect(x.startsWith('kx1:a:')).toBe(true);
    expect(keyIdOf(x)).toBe('a');
    expect(cipher.decrypt(x)).toBe('María García');
    expect(cipher.decrypt(cipher.encrypt(''))).toBe('');
  });

  it('refuses a tampered value: one flipped byte of ciphertext, tag or iv', () => {
    const x = cipher.encrypt('1980-02-29');
    const raw = Buffer.from(x.slice('kx1:a:'.length), 'base64url');
    for (const at of [0, 14, raw.length - 1]) {
      const t = Buffer.from(raw);
      t[at]! ^= 1;
      expect(() => cipher.decrypt(`kx1:a:${t.toString('base64url')}`)).toThrow(DecryptError);
    }
    expect(() => cipher.decrypt('kx1:a:AAAA')).toThrow(/malformed/);
  });

  it('refuses the wrong key, and names a key it does not have', () => {
    const other = new FieldCipher(parseKeys(`a:${keyB}`));
    expect(() => other.decrypt(cipher.encrypt('555-0100'))).toThrow(/failed authentication/);
    const noA = new FieldCipher(parseKeys(`b:${keyB}`));
    expect(() => noA.decrypt(cipher.encrypt('555-0100'))).toThrow(/no key with id "a"/);
  });

  it('rotation: the newest key writes, every listed key reads', () => {
    const both = new FieldCipher(parseKeys(`a:${keyA},b:${keyB}`));
    expect(both.currentKeyId).toBe('b');
    const old = cipher.encrypt('old');
    expect(both.decrypt(old)).toBe('old');
    expect(both.isCurrent(old)).toBe(false);
    const fresh = both.encrypt('new');
    expect(both.isCurrent(fresh)).toBe(true);
    expect(new FieldCipher(parseKeys(`b:${keyB}`)).decrypt(fresh)).toBe('new');
  });

  it('documents: bytes round-trip, tampering is refused', () => {
    const doc = Buffer.from('%PDF-1.4 paystub of Maria Garcia');
    const enc = cipher.encryptBytes(doc);
    expect(enc.includes(Buffer.from('Maria'))).toBe(false);
    expect(cipher.decryptBytes(enc).equals(doc)).toBe(true);
    const t = Buffer.from(enc);
    t[t.length - 1]! ^= 1;
    expect(() => cipher.decryptBytes(t)).toThrow(DecryptError);
  });

  it('values written before encryption read back as they are (until the start-up step encrypts them)', () => {
    expect(isEncryptedText('Maria')).toBe(false);
    expect(cipher.decrypt('Maria')).toBe('Maria');
  });

  it('blind indexes: equal after normalization, unrelated across purposes, and keyed', () => {
    expect(normalizeName(' José  O’Brien-Ruiz ')).toBe('joseobrienruiz');
    expect(normalizePhone('+1 (555) 010-2345')).toBe('5550102345');
    expect(cipher.blindIndex('p', normalizeName('GARCÍA'))).toBe(cipher.blindIndex('p', normalizeName('garcia')));
    expect(cipher.blindIndex('p', 'garcia')).not.toBe(cipher.blindIndex('q', 'garcia'));
    expect(new FieldCipher(parseKeys(`a:${keyA}`), Buffer.alloc(32, 4)).blindIndex('p', 'garcia')).not.toBe(cipher.blindIndex('p', 'garcia'));
    // The data key does not enter a blind index: rotating it changes none.
    expect(new FieldCipher(parseKeys(`b:${keyB}`), blind).blindIndex('p', 'garcia')).toBe(cipher.blindIndex('p', 'garcia'));
  });
});

describe('key configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kindly-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const now = new Date('2026-03-01T12:00:00Z');

  it('parses one bare key (id = fingerprint) or id:key pairs, and names the bad one', () => {
    expect(parseKeys(keyA).current.id).toMatch(/^k[0-9a-f]{7}$/);
    expect(parseKeys(`one:${keyA}\ntwo:${keyB}`).current.id).toBe('two');
    expect(() => parseKeys(`one:${keyA},two:c2hvcnQ=`)).toThrow(/key 2 \("two"\): must be 32 random bytes/);
    expect(() => parseKeys(`a:${keyA},a:${keyB}`)).toThrow(/share the id "a"/);
  });

  it('on PostgreSQL without a key: refuses with what to set', () => {
    expect(() => loadKeyring({ external: true, now })).toThrow(KeyConfigError);
    expect(() => loadKeyring({ external: true, now })).toThrow(/KINDLY_ENCRYPTION_KEY is not set/);
  });

  it('on the embedded default: generates a key file (0600) once and reuses it', () => {
    const first = loadKeyring({ external: false, embeddedDataDir: dir, now });
    expect(first.source).toBe('generated-file');
    expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    const again = loadKeyring({ external: false, embeddedDataDir: dir, now });
    expect(again.source).toBe('file');
    expect(again.keyring.current.key.equals(first.keyring.current.key)).toBe(true);
    expect(readFileSync(first.file!, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(loadKeyring({ configuredKeys: `e:${keyA}`, external: false, embeddedDataDir: dir, now }).keyring.current.id).toBe('e');
  });
});
