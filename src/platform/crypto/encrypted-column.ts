import { customType } from 'drizzle-orm/pg-core';
import { fieldCipher } from './field-cipher.js';

/**
 * A text column stored encrypted (see FieldCipher): Drizzle encrypts on insert/update and decrypts
 * on select, so code reading through the module's table definition sees plain text. Raw SQL sees
 * the ciphertext and must decrypt through the owning module's read function. Never compare such a
 * column in SQL (`eq`, `ilike`): each encryption differs; search goes through a blind index.
 */
export const encryptedText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text',
  toDriver: (v) => fieldCipher().encrypt(v),
  fromDriver: (v) => fieldCipher().decrypt(v),
});

/** bytea stored encrypted; read back as a Buffer on both drivers. */
export const encryptedBytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (v) => fieldCipher().encryptBytes(v),
  fromDriver: (v) => fieldCipher().decryptBytes(v),
});

/**
 * A JSON value stored as encrypted text (e.g. an assistance household: incomes, assets). Drizzle
 * encrypts `JSON.stringify(v)` on write and parses on read; SQL cannot look inside it, so only
 * values no query filters on belong here. Rows written before encryption (plain JSON text) read
 * as they are until the start-up step encrypts them.
 */
export const encryptedJson = <T>(name: string) =>
  customType<{ data: T; driverData: string }>({
    dataType: () => 'text',
    toDriver: (v) => fieldCipher().encrypt(JSON.stringify(v)),
    fromDriver: (v) => JSON.parse(fieldCipher().decrypt(typeof v === 'string' ? v : JSON.stringify(v))) as T,
  })(name);
