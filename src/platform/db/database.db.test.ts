import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { bulkInsert } from './bulk-insert.js';
import { rows } from './database.js';
import { jsonRows } from './json-rows.js';
import { streamQuery } from './stream-query.js';
import { describeDb } from './testing.js';

describeDb('database seam: bulk paths', (getDb) => {
  it('COPY takes escaped text rows and says how many it copied', async () => {
    const database = getDb();
    await database.exec('create table copy_probe (k text primary key, doc json not null)');
    // A backslash and a tab inside values must survive COPY's text format escaping.
    const rows = [
      ['a', { note: 'plain' }],
      ['b', { note: 'back\\slash and\ttab' }],
    ] as const;
    const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
    const body = rows.map(([k, doc]) => `${escape(k)}\t${escape(JSON.stringify(doc))}\n`).join('');
    expect(await database.copyFrom('copy_probe (k, doc)', body)).toBe(2);
    const back = await database.query<{ k: string; doc: { note: string } }>('select k, doc from copy_probe order by k');
    expect(back).toEqual([
      { k: 'a', doc: { note: 'plain' } },
      { k: 'b', doc: { note: 'back\\slash and\ttab' } },
    ]);
  });

  it('bulkInsert casts per-row array literals and honours ON CONFLICT', async () => {
    const { db } = getDb();
    await getDb().exec('create table bulk_probe (id text primary key, zones text[] not null, n int not null)');
    const cols = [
      { name: 'id', type: 'text', value: (r: { id: string; zones: string[] }) => r.id },
      { name: 'zones', type: 'text', value: (r: { id: string; zones: string[] }) => `{${r.zones.map((z) => `"${z}"`).join(',')}}` },
      { name: 'n', type: 'int', value: () => 1 },
    ];
    const data = [
      { id: 'x', zones: ['America/Chicago', 'America/Denver'] },
      { id: 'y', zones: [] },
    ];
    const inserted = await bulkInsert(db, 'bulk_probe', cols, data, { onConflict: 'do nothing', returning: 'id', cast: { zones: 'text[]' } });
    expect(inserted).toHaveLength(2);
    expect(await bulkInsert(db, 'bulk_probe', cols, data, { onConflict: 'do nothing', returning: 'id', cast: { zones: 'text[]' } })).toHaveLength(0);
    expect(await getDb().query('select id, zones from bulk_probe order by id')).toEqual([
      { id: 'x', zones: ['America/Chicago', 'America/Denver'] },
      { id: 'y', zones: [] },
    ]);
  });

  it('jsonRows reads positional rows back with their column types (JSON null is SQL NULL)', async () => {
    await getDb().exec('create table json_rows_probe (id text primary key, n int, at timestamptz, doc jsonb, tags text[] not null, note text)');
    type Row = { id: string; n: number | null; at: Date | null; doc: unknown; tags: string[]; note?: string };
    const data: Row[] = [
      { id: 'a', n: 7, at: new Date('2026-03-10T17:00:00.123Z'), doc: { k: ['v', 1] }, tags: ['x', 'y "quoted"'], note: 'line\nbreak\\' },
      { id: 'b', n: null, at: null, doc: null, tags: [] },
    ];
    const x = jsonRows<Row>(
      [
        { name: 'id', type: 'text', value: (r) => r.id },
        { name: 'n', type: 'int', value: (r) => r.n },
        { name: 'at', type: 'timestamptz', value: (r) => r.at },
        { name: 'doc', type: 'jsonb', value: (r) => r.doc },
        { name: 'tags', type: 'text[]', value: (r) => r.tags },
        { name: 'note', type: 'text', value: (r) => r.note },
      ],
      data,
    );
    expect(x.count).toBe(2);
    await getDb().db.execute(sql`insert into json_rows_probe (${sql.raw(x.names.join(', '))}) select ${sql.raw(x.names.map((n) => `x.${n}`).join(', '))} from ${x.source}`);
    const back = await rows<Record<string, unknown>>(
      getDb().db,
      sql`select id, n, at, doc, doc is null as doc_is_null, tags, note from json_rows_probe order by id`,
    );
    expect(back.map((r) => ({ ...r, at: r.at ? new Date(r.at as string).toISOString() : null }))).toEqual([
      { id: 'a', n: 7, at: '2026-03-10T17:00:00.123Z', doc: { k: ['v', 1] }, doc_is_null: false, tags: ['x', 'y "quoted"'], note: 'line\nbreak\\' },
      { id: 'b', n: null, at: null, doc: null, doc_is_null: true, tags: [], note: null },
    ]);
  });

  it('streamQuery hands over a cursor page by page, stops early cleanly and reports errors', async () => {
    const database = getDb();
    const text = 'select g as n from generate_series(1, $1::int) g order by g desc';
    const pages: number[][] = [];
    for await (const page of streamQuery<{ n: number }>(database, text, [2500], 1000)) pages.push(page.map((r) => r.n));
    expect(pages.map((p) => p.length)).toEqual([1000, 1000, 500]);
    expect(pages.flat()).toEqual(Array.from({ length: 2500 }, (_, i) => 2500 - i));
    // A consumer that stops after one page leaves no transaction open behind it.
    for await (const page of streamQuery<{ n: number }>(database, text, [2500], 1000)) {
      expect(page[0]).toEqual({ n: 2500 });
      break;
    }
    // The stream reads in a repeatable-read transaction: a transaction left open would still show it.
    const isolation = async () => (await database.query<{ transaction_isolation: string }>('show transaction_isolation'))[0]?.transaction_isolation;
    expect(await isolation()).toBe('read committed');
    await expect(async () => {
      for await (const page of streamQuery(database, 'select * from no_such_table', [], 10)) expect(page).toBeUndefined();
    }).rejects.toThrow(/no_such_table/);
    expect(await isolation()).toBe('read committed');
  });
});

describeDb('database seam: prepared statements', (getDb, kind) => {
  // PGlite is one in-process connection with no statement naming; the pool's naming is PostgreSQL's.
  const onPostgres = kind === 'postgresql' ? it : it.skip;

  onPostgres('names each parameterized text once per connection and runs it again by name', async () => {
    const found = await getDb().session(async (s) => {
      const a = await s.query<{ n: number }>('select $1::int + 1 as n /* prepared probe */', [1]);
      const b = await s.query<{ n: number }>('select $1::int + 1 as n /* prepared probe */', [41]);
      const unnamed = await s.query('select 2 as n /* unnamed probe */');
      const statements = await s.query<{ statement: string }>(`select statement from pg_prepared_statements where statement like '%probe */' order by statement`);
      return { a, b, unnamed, statements: statements.map((r) => r.statement) };
    });
    expect(found.a).toEqual([{ n: 2 }]);
    expect(found.b).toEqual([{ n: 42 }]);
    expect(found.unnamed).toEqual([{ n: 2 }]);
    // The parameterized text is prepared once; the text without parameters is not prepared at all.
    expect(found.statements).toEqual(['select $1::int + 1 as n /* prepared probe */']);
  });

  onPostgres('texts of the same length are told apart: each gets its own prepared statement', async () => {
    const found = await getDb().session(async (s) => {
      const plus = await s.query<{ n: number }>('select $1::int + 7 as n /* same length probe */', [1]);
      const times = await s.query<{ n: number }>('select $1::int * 7 as n /* same length probe */', [2]);
      const again = await s.query<{ n: number }>('select $1::int + 7 as n /* same length probe */', [3]);
      const statements = await s.query<{ name: string; statement: string }>(`select name, statement from pg_prepared_statements where statement like '%same length probe */' order by statement`);
      return { plus, times, again, statements };
    });
    expect([found.plus, found.times, found.again]).toEqual([[{ n: 8 }], [{ n: 14 }], [{ n: 10 }]]);
    expect(found.statements.map((r) => r.statement)).toEqual(['select $1::int * 7 as n /* same length probe */', 'select $1::int + 7 as n /* same length probe */']);
    expect(new Set(found.statements.map((r) => r.name)).size).toBe(2);
  });

  onPostgres('a prepared select * whose table gained a column fails once, then runs unnamed', async () => {
    await getDb().exec('create table prepared_probe (k int primary key); insert into prepared_probe values (1)');
    const text = 'select * from prepared_probe where k = $1';
    const outcome = await getDb().session(async (s) => {
      const before = await s.query(text, [1]);
      await s.exec('alter table prepared_probe add column note text');
      const stale = await s.query(text, [1]).then(() => 'ran', (err: Error) => err.message);
      const after = await s.query(text, [1]);
      return { before, stale, after };
    });
    expect(outcome.before).toEqual([{ k: 1 }]);
    expect(outcome.stale).toMatch(/cached plan must not change result type/);
    expect(outcome.after).toEqual([{ k: 1, note: null }]);
  });
});
