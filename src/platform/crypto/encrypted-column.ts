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
