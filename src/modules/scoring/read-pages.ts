import type { Database, SqlSession } from '../../platform/db/index.js';

/**
 * Reads a large query page by page through a cursor on one connection. Three settings for its
 * own transaction matter on PostgreSQL: JIT off (these set-based reads join a dozen aggregates,
 * the planner's row estimates run into millions, and JIT compilation then cost 9 of 12 s for 20k
 * accounts); `cursor_tuple_fraction = 1`, because by default a cursor is planned to return its
 * first tenth fast, which turned the hash joins into nested loops (15 s instead of 1.3 s for 20k
 * accounts); and a `work_mem` large enough that the per-person aggregates of a 1M-account book
 * stay in memory. The next page is fetched while `onPage` handles the current one (which may
 * write through other connections), so the server and this process work at the same time. On
 * PGlite (one connection) the pages are all read first and handed over after the cursor closes,
 * so `onPage` may write.
 */
export async function readPages<T>(database: Database, text: string, params: unknown[], pageSize: number, onPage: (rows: T[]) => Promise<void>): Promise<void> {
  const held: T[][] = [];
  await database.session(async (s) => {
    await s.exec('begin isolation level repeatable read');
    try {
      if (database.kind === 'postgresql') await s.exec(CURSOR_READ_SETTINGS);
      await forEachCursorPage<T>(s, text, params, pageSize, database.kind === 'postgresql' ? onPage : async (page) => void held.push(page));
      await s.exec('commit');
    } catch (err) {
      await s.exec('rollback').catch(() => undefined);
      throw err;
    }
  });
  for (const page of held) await onPage(page);
}

/** The settings readPages explains, for a transaction that reads a large statement through a cursor. */
export const CURSOR_READ_SETTINGS = "set local jit = off; set local cursor_tuple_fraction = 1; set local work_mem = '128MB'";

/**
 * Declares a cursor for `text` in the session's open transaction and hands its rows to `onPage`
 * `pageSize` at a time. The next page is asked for before this one is handled, so the server reads
 * it meanwhile (a write `onPage` makes on the same session waits behind that read). `beforeFetch`
 * runs once after the declaration: settings for `onPage`'s own statements that the cursor's plan
 * must not take.
 */
export async function forEachCursorPage<T>(
  s: SqlSession,
  text: string,
  params: unknown[],
  pageSize: number,
  onPage: (rows: T[]) => Promise<void>,
  beforeFetch?: () => Promise<void>,
): Promise<void> {
  await s.query(`declare scoring_cursor no scroll cursor for ${text}`, params);
  await beforeFetch?.();
  const fetch = () => {
    const p = s.query<T>(`fetch ${pageSize} from scoring_cursor`);
    // Marked handled at once: a failure surfaces when the loop awaits it, not as an unhandled rejection.
    p.catch(() => undefined);
    return p;
  };
  let next = fetch();
  for (;;) {
    const page = await next;
    if (!page.length) break;
    next = fetch();
    try {
      await onPage(page);
    } catch (err) {
      // The prefetch settles before the caller's rollback.
      await next.catch(() => undefined);
      throw err;
    }
  }
}

/**
 * Runs one large set-based statement in its own transaction on one connection, with the settings
 * readPages explains (JIT off, a `work_mem` that keeps the per-person aggregates in memory).
 */
export async function inPlannedTransaction<T>(database: Database, run: (query: <R>(text: string, params: unknown[]) => Promise<R[]>) => Promise<T>): Promise<T> {
  return database.session(async (s) => {
    await s.exec('begin');
    try {
      if (database.kind === 'postgresql') await s.exec("set local jit = off; set local work_mem = '128MB'");
      const out = await run((text, params) => s.query(text, params));
      await s.exec('commit');
      return out;
    } catch (err) {
      await s.exec('rollback').catch(() => undefined);
      throw err;
    }
  });
}

/**
 * Statements run one after another in one transaction on a connection of its own, opened by the
 * first `write`, which returns once the previous statement is done (so one runs while the caller
 * prepares the next). The transaction plans joins as nested loops over indexes: each statement
 * writes a batch of rows found by key, and with hash joins allowed the planner read the whole
 * score table into a hash for every batch of a few thousand rows.
 */
export class BatchWriter {
  private queue: Array<{ text: string; params: unknown[]; onRow: (row: never) => void }> = [];
  private wake: (() => void) | null = null;
  private done: 'commit' | 'rollback' | null = null;
  private running: Promise<void> | null = null;
  private failure: { error: unknown } | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  private settle: (() => void) | null = null;

  constructor(private readonly database: Database) {}

  /** Queues a statement; resolves when the statement before it has run (throws its error, if any). */
  async write<R>(text: string, params: unknown[], onRow: (row: R) => void): Promise<void> {
    await this.inFlight;
    if (this.failure) throw this.failure.error;
    this.inFlight = new Promise<void>((resolve) => (this.settle = resolve));
    this.queue.push({ text, params, onRow: onRow as (row: never) => void });
    this.running ??= this.run();
    this.wake?.();
  }

  private async run(): Promise<void> {
    await this.database
      .session(async (s) => {
        await s.exec('begin');
        try {
          if (this.database.kind === 'postgresql') await s.exec('set local jit = off; set local enable_hashjoin = off; set local enable_mergejoin = off');
          for (;;) {
            const next = this.queue.shift();
            if (next) {
              try {
                for (const row of await s.query(next.text, next.params)) next.onRow(row as never);
              } finally {
                this.settle?.();
              }
              continue;
            }
            if (this.done) break;
            await new Promise<void>((resolve) => (this.wake = resolve));
            this.wake = null;
          }
          await s.exec(this.done === 'commit' ? 'commit' : 'rollback');
        } catch (err) {
          await s.exec('rollback').catch(() => undefined);
          throw err;
        }
      })
      .catch((error: unknown) => {
        this.failure = { error };
        this.settle?.();
      });
  }

  private async finish(how: 'commit' | 'rollback'): Promise<void> {
    this.done = how;
    this.wake?.();
    await this.running;
    if (how === 'commit' && this.failure) throw this.failure.error;
  }

  commit(): Promise<void> {
    return this.finish('commit');
  }

  rollback(): Promise<void> {
    this.queue = [];
    return this.finish('rollback');
  }
}
