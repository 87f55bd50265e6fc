import { sql } from 'drizzle-orm';
import { rows, type Queryable } from './database.js';

export interface BulkColumn<T> {
  name: string;
  /** PostgreSQL element type, e.g. 'text', 'bigint', 'date', 'timestamptz', 'jsonb', 'boolean'. */
  type: string;
  value: (row: T) => unknown;
}

/**
 * Inserts many rows with one statement and one parameter per column (`unnest` of arrays): the cost
 * of building and binding the query stays flat in the row count, unlike a multi-row VALUES list.
 * Returns the rows RETURNING gives back (e.g. only those actually inserted with ON CONFLICT DO NOTHING).
 */
export async function bulkInsert<T, R = Record<string, unknown>>(
  q: Queryable,
  table: string,
  columns: BulkColumn<T>[],
  data: readonly T[],
  opts: { onConflict?: string; returning?: string; cast?: Record<string, string> } = {},
): Promise<R[]> {
  if (data.length === 0) return [];
  const arrays = columns.map((c) =>
    sql`${sql.param(data.map((row) => {
      const v = c.value(row);
      if (v === undefined || v === null) return null;
      if (c.type === 'jsonb') return JSON.stringify(v);
      if (v instanceof Date) return v.toISOString();
      return v;
    }))}::${sql.raw(c.type)}[]`,
  );
  // `cast` turns a column's element text into its real type after unnest (e.g. one text[] literal
  // per row for an array column: unnest would flatten a two-dimensional array).
  const names = columns.map((c) => c.name).join(', ');
  const select = opts.cast ? columns.map((c) => (opts.cast?.[c.name] ? `x.${c.name}::${opts.cast[c.name]}` : `x.${c.name}`)).join(', ') : '*';
  const query = sql`insert into ${sql.raw(table)} (${sql.raw(names)})
    select ${sql.raw(select)} from unnest(${sql.join(arrays, sql`, `)}) as x(${sql.raw(names)})
    ${opts.onConflict ? sql.raw(`on conflict ${opts.onConflict}`) : sql``}
    ${opts.returning ? sql.raw(`returning ${opts.returning}`) : sql``}`;
  return rows<R>(q, query);
}
