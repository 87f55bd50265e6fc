import { sql } from 'drizzle-orm';
import { rows, type Queryable } from './database.js';
import { jsonRows, type RowColumn } from './json-rows.js';

/** A column of a bulk insert: its name, PostgreSQL type and how a row gives its value (see RowColumn). */
export type BulkColumn<T> = RowColumn<T>;

/**
 * Inserts many rows with one statement and one parameter (`jsonRows`: the rows as positional JSON
 * arrays): the cost of building and binding the query stays flat in the row count, unlike a
 * multi-row VALUES list. Returns the rows RETURNING gives back (e.g. only those actually inserted
 * with ON CONFLICT DO NOTHING). `where` filters the rows on their columns (`x.<name>`).
 */
export async function bulkInsert<T, R = Record<string, unknown>>(
  q: Queryable,
  table: string,
  columns: BulkColumn<T>[],
  data: readonly T[],
  opts: { onConflict?: string; returning?: string; cast?: Record<string, string>; where?: string } = {},
): Promise<R[]> {
  if (data.length === 0) return [];
  const x = jsonRows(columns, data);
  // `cast` turns a column's text into another type after reading it (e.g. a text[] literal per row).
  const select = columns.map((c) => (opts.cast?.[c.name] ? `x.${c.name}::${opts.cast[c.name]}` : `x.${c.name}`)).join(', ');
  const query = sql`insert into ${sql.raw(table)} (${sql.raw(x.names.join(', '))})
    select ${sql.raw(select)} from ${x.source}
    ${opts.where ? sql.raw(`where ${opts.where}`) : sql``}
    ${opts.onConflict ? sql.raw(`on conflict ${opts.onConflict}`) : sql``}
    ${opts.returning ? sql.raw(`returning ${opts.returning}`) : sql``}`;
  return rows<R>(q, query);
}
