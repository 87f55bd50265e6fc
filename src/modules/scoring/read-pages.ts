import type { Database } from '../../platform/db/index.js';

/**
 * Reads a large query page by page through a cursor on one connection, with PostgreSQL's JIT off:
 * these set-based reads join a dozen aggregates, the planner's row estimates run into millions,
 * and JIT compilation then costs seconds (measured: 9 of 12 s for 20k accounts) while the query
 * itself takes milliseconds. `onPage` runs after each fetch; on PGlite (one connection) the pages
 * are all read first and handed over after the cursor closes, so `onPage` may write.
 */
export async function readPages<T>(database: Database, text: string, params: unknown[], pageSize: number, onPage: (rows: T[]) => Promise<void>): Promise<void> {
  const held: T[][] = [];
  await database.session(async (s) => {
    await s.exec('begin isolation level repeatable read');
    try {
      if (database.kind === 'postgresql') await s.exec('set local jit = off');
      await s.query(`declare scoring_cursor no scroll cursor for ${text}`, params);
      for (;;) {
        const page = await s.query<T>(`fetch ${pageSize} from scoring_cursor`);
        if (!page.length) break;
        if (database.kind === 'postgresql') await onPage(page);
        else held.push(page);
      }
      await s.exec('commit');
    } catch (err) {
      await s.exec('rollback').catch(() => undefined);
      throw err;
    }
  });
  for (const page of held) await onPage(page);
}
