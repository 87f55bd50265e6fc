import type { Database, SqlSession } from './database.js';

/**
 * Streams a query's rows in pages through a server-side cursor, on one connection inside one
 * read transaction: PostgreSQL orders the result once and hands it over page by page, so an export
 * ordered by a column no index covers costs one sort, not one sort per page (keyset pages over
 * such an order re-sort the rest of the table every time, quadratic in its size). The next page is
 * fetched only when the consumer asks for it, so memory stays at one page.
 *
 * On PGlite (one connection) nothing else should use the database until the stream ends: other
 * statements would run inside its transaction.
 */
export async function* streamQuery<T>(database: Database, text: string, params: unknown[] = [], pageSize = 2000): AsyncGenerator<T[]> {
  // Hand-over between the connection's loop and the consumer: the loop waits for `want` before
  // each fetch and the consumer waits for `page`.
  const hand: { want: (go: boolean) => void; page: (rows: T[] | null) => void } = { want: () => undefined, page: () => undefined };
  let failed: { error: unknown } | null = null;
  const nextPage = () => new Promise<T[] | null>((resolve) => (hand.page = resolve));
  const nextWant = () => new Promise<boolean>((resolve) => (hand.want = resolve));

  let pending = nextPage();
  const work = database
    .session(async (s: SqlSession) => {
      await s.exec('begin isolation level repeatable read, read only');
      try {
        await s.query(`declare stream_cursor no scroll cursor for ${text}`, params);
        for (;;) {
          const rows = await s.query<T>(`fetch ${Math.max(1, Math.floor(pageSize))} from stream_cursor`);
          const wanted = nextWant();
          hand.page(rows.length ? rows : null);
          if (rows.length === 0 || !(await wanted)) break;
        }
      } finally {
        await s.exec('rollback');
      }
    })
    .catch((error: unknown) => {
      failed = { error };
      hand.page(null);
    });

  try {
    for (;;) {
      const rows = await pending;
      if (failed) throw (failed as { error: unknown }).error;
      if (!rows) break;
      pending = nextPage();
      yield rows;
      hand.want(true);
    }
  } finally {
    // The consumer stopped early (or the cursor ran out): let the connection's loop finish.
    hand.want(false);
    await work;
  }
  if (failed) throw (failed as { error: unknown }).error;
}
