import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

type AnySchema = Record<string, any>;

/** The Drizzle handle both drivers share: every query in Kindly is written against this type. */
export type Db = PgDatabase<PgQueryResultHKT, AnySchema>;
/** A transaction handle: same API as Db, bound to one connection. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything a query can run on. */
export type Queryable = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgresql';

/**
 * The thin seam over PostgreSQL | PGlite (CONVENTIONS example 6): the same migrations and queries
 * run on both; only this file knows which driver is underneath.
 */
export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Runs multi-statement SQL without parameters (migrations). */
  exec(text: string): Promise<void>;
  /** Runs one parameterized statement outside any transaction. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * COPY ... FROM STDIN in text format: `target` is `table (col, ...)`, `body` the rows (tab
   * separated, backslash escaped, one per line). Returns the rows copied. For bulk loads and the
   * benchmarks' floor (the cheapest way PostgreSQL takes rows).
   */
  copyFrom(target: string, body: string): Promise<number>;
  /** Runs fn on one dedicated connection (session-level locks, multi-step scripts). */
  session<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  /** For pg-boss on PGlite (its `db` adapter); undefined on PostgreSQL where pg-boss connects itself. */
  pgBossAdapter?: { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };
  /** PGlite only: the whole data folder as a gzip tarball (see snapshot.ts). */
  dumpDataDir?: () => Promise<Blob>;
  /** PostgreSQL connection string (for pg-boss and child processes). */
  connectionString?: string;
  /** Schema (search_path) this handle works in; `public` unless isolated for tests. */
  schema: string;
  close(): Promise<void>;
}

export interface SqlSession {
  exec(text: string): Promise<void>;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface OpenDatabaseOptions {
  /** postgres://... ; when absent, the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder; absent (with no url) means in-memory. */
  dataDir?: string;
  /** A PGlite data folder tarball (dumpDataDir) to start a new data folder from instead of an empty cluster. */
  loadDataDir?: Blob;
  /** Work in this schema (tests isolate each suite in its own schema on PostgreSQL). */
  schema?: string;
  /** Pool size on PostgreSQL. */
  maxConnections?: number;
  /**
   * PostgreSQL: how many distinct parameterized statements each pooled connection keeps prepared
   * (named), so it parses and plans each only once; 0 turns naming off. Default 200.
   */
  preparedPerConnection?: number;
}

export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.schema ?? 'public', opts.maxConnections ?? 10, opts.preparedPerConnection ?? 200);
  return openPglite(opts.dataDir, opts.loadDataDir);
}

async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // int8 as a JS number (cents stay far below 2^53) and dates as 'YYYY-MM-DD' strings (a date has
  // no time zone; turning it into a Date shifts it), the same as on PostgreSQL below.
  const parsers = { 20: (v: string) => Number(v), 1082: (v: string) => v };
  const options = { parsers, ...(loadDataDir ? { loadDataDir } : {}) };
  const client = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  await client.waitReady;
  const db = drizzlePglite({ client }) as unknown as Db;
  const session: SqlSession = {
    exec: async (text) => {
      await client.exec(text);
    },
    query: async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
  };
  return {
    kind: 'pglite',
    db,
    schema: 'public',
    ...session,
    // PGlite is one connection already.
    session: (fn) => fn(session),
    copyFrom: async (target, body) => {
      const r = await client.query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob([body]) });
      return r.affectedRows ?? 0;
    },
    // pg-boss sends multi-statement SQL without parameters; PGlite's query() takes one statement
    // (see ../shared/NOTES.md), so route those through exec() and return the last result.
    pgBossAdapter: {
      executeSql: async (text, values) => {
        if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    },
    dumpDataDir: () => client.dumpDataDir('gzip'),
    close: async () => {
      await client.close();
    },
  };
}

pg.types.setTypeParser(20, (v: string) => Number(v));
pg.types.setTypeParser(1082, (v: string) => v);

/**
 * Statement names by text, shared by the pool's connections (each prepares a name once), filed by
 * the text's length: every request builds its text anew, and a Map keyed by the text hashed all of
 * it on each lookup (about 20 µs for the account 360's 13.6 KB), where comparing it with the few
 * texts of the same length stops at the first difference or is one memory compare.
 */
const statementNames = new Map<number, Array<{ text: string; name: string }>>();
const MAX_NAMED_TEXTS = 5000;
let namedTexts = 0;

function statementName(text: string): string | undefined {
  const sameLength = statementNames.get(text.length);
  const known = sameLength?.find((s) => s.text === text);
  if (known) return known.name;
  if (namedTexts >= MAX_NAMED_TEXTS) return undefined;
  const name = `k_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
  if (sameLength) sameLength.push({ text, name });
  else statementNames.set(text.length, [{ text, name }]);
  namedTexts++;
  return name;
}

/**
 * Names every parameterized statement a pooled connection runs, so PostgreSQL parses and plans
 * each text once per connection (and, after a few runs, reuses a generic plan) instead of on every
 * request: the hot reads repeat the same few texts with new values, and planning was most of their
 * database time. A connection names at most `limit` texts (texts built from varying filters would
 * otherwise grow its statement cache without bound); past that, statements run unnamed. Texts
 * without parameters (`begin`, multi-statement scripts, `select 1`) are never named.
 */
function namePreparedStatements(pool: pg.Pool, limit: number): void {
  if (limit <= 0) return;
  pool.on('connect', (client) => {
    const prepared = new Set<string>();
    // Statements whose prepared form went stale on this connection: they run unnamed from then on.
    const stale = new Set<string>();
    // The class's method, looked up on each call (so wrappers placed on it later, such as the
    // benchmarks' statement counter, still see every statement).
    const proto = Object.getPrototypeOf(client) as { query: (...args: unknown[]) => unknown };
    const query = (self: unknown, args: unknown[]) => proto.query.apply(self, args);
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.PoolClient, ...args: unknown[]) {
      const first = args[0] as string | { text?: unknown; name?: unknown; values?: unknown; submit?: unknown } | undefined;
      const config = typeof first === 'object' && first !== null && typeof first.submit !== 'function' && first.name === undefined && typeof first.text === 'string' ? first : undefined;
      const text = typeof first === 'string' ? first : (config?.text as string | undefined);
      const values = Array.isArray(args[1]) ? args[1] : config?.values;
      const name = text !== undefined && Array.isArray(values) && values.length > 0 ? statementName(text) : undefined;
      if (!name || stale.has(name) || (!prepared.has(name) && prepared.size >= limit)) return query(this, args);
      prepared.add(name);
      args[0] = config ? { ...config, name } : { text, name };
      // A prepared `select *` fails once its table gains a column (PostgreSQL cannot change a
      // cached plan's row type): from then on this connection runs that text unnamed.
      const onError = (err: unknown) => {
        const e = err as { code?: string; message?: string } | null;
        if (e?.code === '0A000' && /cached plan must not change result type/.test(e.message ?? '')) stale.add(name);
      };
      const last = args.length - 1;
      if (typeof args[last] === 'function') {
        const callback = args[last] as (err: unknown, ...rest: unknown[]) => void;
        args[last] = (err: unknown, ...rest: unknown[]) => {
          if (err) onError(err);
          callback(err, ...rest);
        };
        return query(this, args);
      }
      const result = query(this, args) as Promise<unknown>;
      result.catch(onError);
      return result;
    };
  });
}

async function openPostgres(url: string, schema: string, max: number, preparedPerConnection: number): Promise<Database> {
  const isolated = schema !== 'public';
  const pool = new pg.Pool({
    connectionString: url,
    max,
    // Isolated schemas (tests) keep public on the path for extensions' functions.
    options: isolated ? `-c search_path=${schema},public` : undefined,
  });
  namePreparedStatements(pool, preparedPerConnection);
  if (isolated) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema if not exists "${schema}"`);
    await admin.end();
  }
  const db = drizzleNodePg({ client: pool }) as unknown as Db;
  return {
    kind: 'postgresql',
    db,
    schema,
    connectionString: url,
    exec: async (text) => {
      await pool.query(text);
    },
    query: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
    copyFrom: async (target, body) => {
      const client = await pool.connect();
      try {
        const stream = client.query(copyFrom(`copy ${target} from stdin`));
        await pipeline(Readable.from([body]), stream);
        return stream.rowCount ?? 0;
      } finally {
        client.release();
      }
    },
    session: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (text) => {
            await client.query(text);
          },
          query: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
        });
      } finally {
        client.release();
      }
    },
    close: async () => {
      await pool.end();
    },
  };
}

/**
 * Turns `text` with `$1..$n` placeholders into a Drizzle SQL object, so code written for a raw
 * driver (pg-boss's `db` option) can run inside a Drizzle transaction on either driver.
 */
export function sqlFromText(text: string, values: readonly unknown[] = []): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const m of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, m.index)));
    // A Param is bound as one value: Drizzle would expand a bare array into a list and drop undefined.
    chunks.push(sql`${sql.param(values[Number(m[1]) - 1] ?? null)}`);
    last = (m.index ?? 0) + m[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks, sql.raw(''));
}

/** Runs a Drizzle SQL object and returns its rows, the same on both drivers. */
export async function rows<T>(q: Queryable, query: SQL): Promise<T[]> {
  const result = (await q.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
