import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../shared-data/index.js';
import { openDatabase } from './database.js';
import { migrate, MIGRATIONS_DIR } from './migrate.js';

// A fresh embedded database costs most of its start in PGlite's initdb (about 5 s of CPU on the
// reference machine), the migrations and pg-boss creating its schema. The build (`prepare`) makes one migrated database, with
// no tenant, key or secret in it, and saves it as a gzip tarball; a first start on an empty data
// folder unpacks it instead, then migrates and seeds as usual. The file's name carries a hash of
// the migrations and the PGlite version, so a stale snapshot is never used.

export const SNAPSHOT_DIR = join(repoRoot, 'dist', 'embedded-db');

const packageVersion = (name: string) => {
  const file = join(repoRoot, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'unknown';
};

/** Hash of every migration file (name and content) and the PGlite and pg-boss versions that wrote the files. */
export function snapshotFingerprint(dir = MIGRATIONS_DIR): string {
  const hash = createHash('sha256');
  hash.update(`pglite ${packageVersion('@electric-sql/pglite')} pg-boss ${packageVersion('pg-boss')}`);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) hash.update(`\u0000${file}\u0000`).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 20);
}

/** The snapshot for the current migrations, or null when none was built (or it is stale). */
export function snapshotFile(snapshotDir = SNAPSHOT_DIR): string | null {
  const file = join(snapshotDir, `${snapshotFingerprint()}.tar.gz`);
  return existsSync(file) ? file : null;
}

/** Builds the migrated, empty embedded database and writes it where first starts look for it. */
export async function buildSnapshot(snapshotDir = SNAPSHOT_DIR): Promise<{ file: string; bytes: number }> {
  const database = await openDatabase();
  try {
    await migrate(database);
    // pg-boss's schema (its queues are made by each process at start, as always).
    // Loaded here: starts read this file, and only the build needs pg-boss from it.
    const { JobQueue } = await import('../jobs/index.js');
    const jobs = new JobQueue(database, { schedule: false });
    await jobs.start([]);
    await jobs.stop();
    const blob = await database.dumpDataDir!();
    const bytes = Buffer.from(await blob.arrayBuffer());
    const file = join(snapshotDir, `${snapshotFingerprint()}.tar.gz`);
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed, so a start never reads half a file.
    writeFileSync(`${file}.tmp`, bytes);
    renameSync(`${file}.tmp`, file);
    return { file, bytes: bytes.length };
  } finally {
    await database.close();
  }
}

/** Has this embedded data folder no database yet (PGlite writes PG_VERSION when it creates one)? */
export function isFreshDataDir(dataDir: string): boolean {
  return !existsSync(join(dataDir, 'PG_VERSION'));
}
