import { fieldCipher, type EncryptedTable } from '../../platform/crypto/index.js';

/**
 * Messages are stored encrypted (address, subject, body; the dev inbox too). Drizzle reads of
 * `communications` decrypt by themselves; raw-SQL rows pass through decryptMessageFields.
 */
const MESSAGE_FIELDS = new Set(['to_address', 'subject', 'body', 'toAddress']);

/** Decrypts, in place, a raw-SQL row's message fields (`to_address`/`toAddress`, `subject`, `body`). */
export function decryptMessageFields<T extends object>(row: T): T {
  const cipher = fieldCipher();
  const r = row as Record<string, unknown>;
  for (const k of Object.keys(r)) if (MESSAGE_FIELDS.has(k) && typeof r[k] === 'string') r[k] = cipher.decrypt(r[k] as string);
  return row;
}

export const OUTREACH_ENCRYPTED_TABLES: EncryptedTable[] = [
  { table: 'communications', key: 'id', text: ['to_address', 'subject', 'body'] },
  { table: 'sandbox_deliveries', key: 'id', keyType: 'bigint', text: ['to_address', 'subject', 'body'] },
];
