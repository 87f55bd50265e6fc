import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { migrate, MIGRATIONS_DIR } from './migrate.js';
import { buildSnapshot, isFreshDataDir, snapshotFile, snapshotFingerprint } from './snapshot.js';

// The build saves a migrated, empty embedded database; a first start unpacks it instead of
// creating and migrating a cluster, and a snapshot of other migrations is never used.
describe('the embedded database snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kindly-snapshot-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is named by the migrations it holds: changing or adding one makes it stale', () => {
    const migrations = join(dir, 'migrations');
    mkdirSync(migrations);
    for (const f of readdirSync(MIGRATIONS_DIR)) copyFileSync(join(MIGRATIONS_DIR, f), join(migrations, f));
    expect(snapshotFingerprint(migrations)).toBe(snapshotFingerprint());
    writeFileSync(join(migrations, '9999_later.sql'), 'create table later (id text primary key);');
    expect(snapshotFingerprint(migrations)).not.toBe(snapshotFingerprint());
    writeFileSync(join(migrations, '9999_later.sql'), 'create table later (id text primary key, n int);');
    const changed = snapshotFingerprint(migrations);
    writeFileSync(join(migrations, '9999_later.sql'), 'create table later (id text primary key);');
    expect(snapshotFingerprint(migrations)).not.toBe(changed);
  });

  it('a new data folder started from it is fully migrated, holds no secret, and is written to like any other', async () => {
    const snapshots = join(dir, 'snapshots');
    expect(snapshotFile(snapshots)).toBeNull();
    const built = await buildSnapshot(snapshots);
    expect(snapshotFile(snapshots)).toBe(built.file);
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    expect(isFreshDataDir(dataDir)).toBe(true);
    const database = await openDatabase({ dataDir, loadDataDir: new Blob([readFileSync(built.file)]) });
    try {
      expect(isFreshDataDir(dataDir)).toBe(false);
      const result = await migrate(database);
      expect(result.applied).toEqual([]);
      expect(result.alreadyApplied).toBe(readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).length);
      expect(await database.query('select key from app_settings')).toEqual([]);
      expect(await database.query('select id from tenants')).toEqual([]);
      await database.exec("insert into app_settings (key, value) values ('probe', 'x')");
    } finally {
      await database.close();
    }
    const reopened = await openDatabase({ dataDir });
    try {
      expect(await reopened.query('select value from app_settings where key = $1', ['probe'])).toEqual([{ value: 'x' }]);
    } finally {
      await reopened.close();
    }
  });
});
