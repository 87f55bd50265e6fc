import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../shared-data/index.js';
import type { Database } from './database.js';

export const MIGRATIONS_DIR = join(repoRoot, 'migrations');

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

const MIGRATION_LOCK_KEY = 72_917_001;

/**
 * Applies the committed SQL migrations in name order, each in its own transaction, once.
 * A session-level advisory lock makes concurrent starts (N API/worker processes) safe.
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return database.session(async (s) => {
    if (database.kind === 'postgresql') await s.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await s.exec(`create table if not exists kindly_migrations (
        name text primary key, applied_at timestamptz not null default now())`);
      const done = new Set((await s.query<{ name: string }>('select name from kindly_migrations')).map((r) => r.name));
      const applied: string[] = [];
      for (const file of files) {
        if (done.has(file)) continue;
        const body = readFileSync(join(dir, file), 'utf8');
        const escaped = file.replace(/'/g, "''");
        try {
          await s.exec(`begin;\n${body}\n;\ninsert into kindly_migrations(name) values ('${escaped}');\ncommit;`);
        } catch (err) {
          await s.exec('rollback').catch(() => undefined);
          throw new Error(`migration ${file} failed: ${(err as Error).message}`, { cause: err });
        }
        applied.push(file);
      }
      return { applied, alreadyApplied: done.size };
    } finally {
      if (database.kind === 'postgresql') await s.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}
