import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * Turns a row read as JSON (`to_jsonb(t)`, inside a larger statement) into the object a Drizzle
 * `select().from(table)` returns: the same keys in the same order, each value through its column's
 * own mapping (timestamps become Dates, encrypted columns are decrypted, bigints numbers). So one
 * statement can read several tables and still hand back what the table's readers expect.
 */
export function fromJsonRow<T extends Table>(table: T, row: Record<string, unknown>): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = row[column.name];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as T['$inferSelect'];
}
