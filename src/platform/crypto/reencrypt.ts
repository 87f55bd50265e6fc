import type { Database } from '../db/index.js';
import { isEncryptedBytes, isEncryptedText, keyIdOf, type FieldCipher } from './field-cipher.js';

/**
 * The encrypted columns of one table, as the module owning the table declares them, so that key
 * maintenance (the one-time encryption of old rows, `kindly keys rotate`) can walk them without
 * knowing the domain.
 */
export interface EncryptedTable {
  table: string;
  /** Primary key column (text or bigint), or the columns of a composite text key. */
  key: string | string[];
  keyType?: 'text' | 'bigint';
  /** Encrypted text columns. */
  text?: string[];
  /** Encrypted bytea columns (documents): few, large rows. */
  bytes?: string[];
  /** Plain columns the blind indexes need (e.g. a contact point's system). */
  plainContext?: string[];
  /** Blind-index columns computed from a row's plain text, only when the row held plain text. */
  blindIndexes?: (row: Record<string, string | null>, cipher: FieldCipher) => Record<string, string | null>;
  /** Restricts the rows (e.g. only secrets among app_settings). */
  where?: string;
}

export interface ReencryptCounts {
  [table: string]: { scanned: number; encrypted: number; reencrypted: number };
}

/**
 * Brings every value of the given tables under the current key: `mode: 'plain'` encrypts only
 * values still in plain text (the start-up step after encryption was introduced), `mode: 'rotate'`
 * also re-encrypts values under older keys. Works in batches by primary key, each batch in its own
 * statement; running it again finds nothing to do.
 */
export async function reencryptTables(database: Database, cipher: FieldCipher, tables: EncryptedTable[], mode: 'plain' | 'rotate', batchSize = 2000): Promise<ReencryptCounts> {
  const counts: ReencryptCounts = {};
  const prefix = `kx1:${cipher.currentKeyId}:`;
  for (const t of tables) {
    const c = (counts[t.table] = { scanned: 0, encrypted: 0, reencrypted: 0 });
    const textCols = t.text ?? [];
    const byteCols = t.bytes ?? [];
    const stale = (col: string) =>
      mode === 'plain' ? `(${col} is not null and left(${col}, 4) <> 'kx1:')` : `(${col} is not null and left(${col}, ${prefix.length}) <> '${prefix}')`;
    // bytea columns cannot be filtered by prefix as cheaply; documents are few, so all are read.
    const filter = byteCols.length ? 'true' : textCols.map(stale).join(' or ');
    const keys = typeof t.key === 'string' ? [t.key] : t.key;
    const cast = t.keyType === 'bigint' ? '::bigint' : '';
    const select = [...keys, ...textCols, ...byteCols, ...(t.plainContext ?? [])].join(', ');
    let after: Array<string | number> | null = null;
    for (;;) {
      const params: unknown[] = [batchSize];
      let keyCond = '';
      if (after !== null) {
        params.push(...after);
        // A row comparison walks a composite primary key in its index order.
        keyCond = ` and (${keys.join(', ')}) > (${keys.map((_, i) => `$${i + 2}${cast}`).join(', ')})`;
      }
      const found: Record<string, unknown>[] = await database.query<Record<string, unknown>>(
        `select ${select} from ${t.table} where (${filter})${t.where ? ` and (${t.where})` : ''}${keyCond} order by ${keys.join(', ')} limit $1`,
        params,
      );
      if (found.length === 0) break;
      const last = found[found.length - 1]!;
      after = keys.map((k) => last[k] as string | number);
      c.scanned += found.length;
      const updates: Array<{ key: string[]; values: Record<string, string | Buffer | null>; old: Array<string | null> }> = [];
      for (const row of found) {
        const values: Record<string, string | Buffer | null> = {};
        let hadPlain = false;
        let changed = false;
        const plainRow: Record<string, string | null> = {};
        for (const col of textCols) {
          const v = row[col] as string | null;
          if (v === null || v === undefined) {
            plainRow[col] = null;
            values[col] = null;
            continue;
          }
          const plain = cipher.decrypt(v);
          plainRow[col] = plain;
          if (!isEncryptedText(v)) hadPlain = true;
          if (!isEncryptedText(v) || (mode === 'rotate' && keyIdOf(v) !== cipher.currentKeyId)) {
            values[col] = cipher.encrypt(plain);
            changed = true;
          } else values[col] = v;
        }
        for (const col of byteCols) {
          const v = row[col] as Buffer | Uint8Array | null;
          if (v === null || v === undefined) continue;
          const buf = Buffer.from(v);
          const plainBytes = !isEncryptedBytes(buf);
          const current = !plainBytes && buf.subarray(4, 4 + buf[3]!).toString('latin1') === cipher.currentKeyId;
          if (plainBytes) hadPlain = true;
          if (plainBytes || (mode === 'rotate' && !current)) {
            values[col] = cipher.encryptBytes(cipher.decryptBytes(buf));
            changed = true;
          }
        }
        if (!changed) continue;
        for (const col of t.plainContext ?? []) plainRow[col] = row[col] as string | null;
        if (hadPlain && t.blindIndexes) Object.assign(values, t.blindIndexes(plainRow, cipher));
        if (hadPlain) c.encrypted++;
        else c.reencrypted++;
        updates.push({ key: keys.map((k) => String(row[k])), values, old: textCols.map((col) => (row[col] as string | null) ?? null) });
      }
      if (updates.length === 0) continue;
      const targets = new Set(textCols);
      for (const u of updates) for (const k of Object.keys(u.values)) if (!byteCols.includes(k)) targets.add(k);
      const textTargets = [...targets];
      if (textTargets.length) {
        // One statement per batch: the new values travel as one JSON parameter, positionally; `false`
        // marks a column this row leaves as it is (a blind index is only recomputed from plain text).
        // The values read travel too: a row the application changed meanwhile is left alone
        // (compare-and-set), its new value is already under the current key.
        const n = keys.length;
        const payload = JSON.stringify(updates.map((u) => [...u.key, ...textTargets.map((col) => (col in u.values ? (u.values[col] ?? null) : false)), ...u.old]));
        const sets = textTargets.map((col, i) => `${col} = case when e->${n + i} = 'false'::jsonb then ${t.table}.${col} else e->>${n + i} end`).join(', ');
        const unchanged = textCols.map((col, i) => ` and ${t.table}.${col} is not distinct from e->>${n + textTargets.length + i}`).join('');
        const match = keys.map((k, i) => `${t.table}.${k} = (e->>${i})${cast}`).join(' and ');
        await database.query(`update ${t.table} set ${sets} from jsonb_array_elements($1::jsonb) e where ${match}${unchanged}`, [payload]);
      }
      for (const col of byteCols) {
        for (const u of updates) {
          const v = u.values[col];
          if (Buffer.isBuffer(v)) await database.query(`update ${t.table} set ${col} = $1 where ${keys.map((k, i) => `${k} = $${i + 2}${cast}`).join(' and ')}`, [v, ...u.key]);
        }
      }
    }
  }
  return counts;
}
