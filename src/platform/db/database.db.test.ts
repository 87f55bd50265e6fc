import { expect, it } from 'vitest';
import { bulkInsert } from './bulk-insert.js';
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
});
