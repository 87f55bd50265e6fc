import { sql, type SQL } from 'drizzle-orm';

export interface RowColumn<T> {
  name: string;
  /**
   * The column's PostgreSQL type: 'text' and 'jsonb' are read as they are, 'text[]' from a JSON
   * array of strings, anything else ('int', 'timestamptz', 'boolean'...) cast from its text.
   */
  type: string;
  value: (row: T) => unknown;
}

/** How position `i` of element `e` becomes a value of the column's type. */
function read(i: number, type: string): string {
  if (type === 'text') return `e->>${i}`;
  // A JSON null is the jsonb value 'null', not SQL NULL: nullable jsonb columns want the latter.
  if (type === 'jsonb') return `nullif(e->${i}, 'null'::jsonb)`;
  if (type === 'text[]') return `array(select jsonb_array_elements_text(e->${i}))`;
  return `(e->>${i})::${type}`;
}

/**
 * Many rows as one statement parameter: a JSON array holding each row as an array of its values
 * in column order, read back in SQL by position (`e->>3`). Without a key beside every value the
 * payload is a fifth or more smaller than an array of objects (jsonb_to_recordset), and
 * PostgreSQL parses it about a third faster; JSON.stringify, the socket and the server all handle
 * fewer bytes. For wide rows written by the thousand (the outreach pass) that is a visible part
 * of the work.
 *
 * `source` is a derived table, `(select <columns> from jsonb_array_elements($1::jsonb) e) as
 * <alias>`, for `insert ... select <alias>.col from <source>` or `update ... from <source>`.
 */
export function jsonRows<T>(columns: readonly RowColumn<T>[], data: readonly T[], alias = 'x'): { source: SQL; names: string[]; count: number } {
  // Arrays are filled by push, not pre-sized: JSON.stringify takes its fast path only for
  // packed arrays (a `new Array(n)` is holey and was serialized several times slower).
  const values: unknown[][] = [];
  // Rows of one batch often share a Date object (the pass's "now"): format each one once.
  let lastDate: Date | null = null;
  let lastTime = NaN;
  let lastIso = '';
  for (const item of data) {
    const row: unknown[] = [];
    for (const c of columns) {
      const v = c.value(item);
      if (v instanceof Date) {
        // Dates as ISO strings: JSON.stringify would reach them only through toJSON, off its fast path.
        const t = v.getTime();
        if (v !== lastDate || t !== lastTime) {
          lastDate = v;
          lastTime = t;
          lastIso = v.toISOString();
        }
        row.push(lastIso);
      } else row.push(v === undefined ? null : v);
    }
    values.push(row);
  }
  const select = columns.map((c, i) => `${read(i, c.type)} as ${c.name}`).join(', ');
  return {
    source: sql`(select ${sql.raw(select)} from jsonb_array_elements(${JSON.stringify(values)}::jsonb) e) as ${sql.raw(alias)}`,
    names: columns.map((c) => c.name),
    count: data.length,
  };
}

/**
 * A text[] value for `= any(...)` built from a JSON parameter. node-postgres turns a JS array
 * parameter into an array literal in JavaScript (escaping each element, then measuring the
 * concatenated string), which for thousands of keys per statement cost more than the statement;
 * JSON.stringify is native and PostgreSQL builds the array once per statement.
 */
export function textArray(values: readonly string[]): SQL {
  return sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}
