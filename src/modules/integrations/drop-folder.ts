import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { desc, eq } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import type { Database, Queryable } from '../../platform/db/index.js';
import { newId } from '../../platform/ids/index.js';
import { tenants } from '../identity/index.js';
import { ingestFiles, type IngestSummary } from '../ingestion/index.js';
import { dropFolderFiles } from './schema.js';
import { dropFolderEnabled } from './tenant-integrations.js';

/** The folder of one tenant under the installation's drop root (KINDLY_DROP_DIR). */
export function dropFolderOf(root: string, tenantSlug: string): string {
  return join(root, tenantSlug);
}

/** Names the watcher leaves alone: hidden files and uploads still in progress. */
export function isPending(name: string): boolean {
  return name.startsWith('.') || /\.(part|partial|tmp|filepart)$/i.test(name);
}

export interface DropFolderResult {
  tenantId: string;
  name: string;
  status: 'processed' | 'failed';
  runId: string | null;
  rejected: number;
}

/**
 * Ingests every file waiting in the drop folders of tenants that turned theirs on, through the
 * same use case as an upload, then moves each to `processed/` (read; rejected records are in the
 * ingestion quarantine) or `failed/` (nothing could be read), with `<name>.report.json` beside it.
 * Re-running is safe: a moved file is not seen again, and a file ingested twice (a crash before
 * its move) changes nothing, because ingestion upserts by natural key.
 */
export async function scanDropFolders(opts: { database: Database; root: string; clock: Clock }): Promise<DropFolderResult[]> {
  const out: DropFolderResult[] = [];
  const all = await opts.database.db.select({ id: tenants.id, slug: tenants.slug, timeZone: tenants.timeZone }).from(tenants).orderBy(tenants.id);
  for (const t of all) {
    if (!(await dropFolderEnabled(opts.database.db, t.id))) continue;
    const dir = dropFolderOf(opts.root, t.slug);
    mkdirSync(dir, { recursive: true });
    const names = readdirSync(dir).filter((n) => !isPending(n) && statSync(join(dir, n)).isFile()).sort();
    for (const name of names) {
      const r = await ingestOne(opts, { tenantId: t.id, timeZone: t.timeZone }, dir, name);
      if (r) out.push(r);
    }
  }
  return out;
}

async function ingestOne(opts: { database: Database; clock: Clock }, t: { tenantId: string; timeZone: string }, dir: string, name: string): Promise<DropFolderResult | null> {
  const ctx: AccessContext = { tenantId: t.tenantId, actor: { kind: 'system', id: 'drop-folder', roles: ['billing_specialist'] }, purpose: 'operations', clock: opts.clock };
  // Claimed by an atomic rename first: another worker scanning the same folder skips it.
  const working = join(dir, '.processing');
  mkdirSync(working, { recursive: true });
  const path = join(working, name);
  try {
    renameSync(join(dir, name), path);
  } catch {
    return null;
  }
  let summary: IngestSummary | null = null;
  let error: string | null = null;
  try {
    summary = await ingestFiles(opts.database, ctx, [path], { displayNames: { [path]: name }, fallbackTimeZone: t.timeZone });
  } catch (err) {
    error = (err as Error)?.message ?? String(err);
  }
  const accepted = summary ? summary.created + summary.updated + summary.unchanged : 0;
  const status: 'processed' | 'failed' = error || (summary && summary.rejected > 0 && accepted === 0) ? 'failed' : 'processed';
  const now = opts.clock.now();
  const target = join(dir, status);
  mkdirSync(target, { recursive: true });
  // A timestamp in front keeps a second file of the same name from replacing the first.
  const moved = `${now.toISOString().replace(/[:.]/g, '-')}-${name}`;
  writeFileSync(join(target, `${moved}.report.json`), JSON.stringify(error ? { file: name, error } : { file: name, ...summary }, null, 2) + '\n');
  renameSync(path, join(target, moved));
  await opts.database.db.insert(dropFolderFiles).values({
    tenantId: t.tenantId, id: newId(), name, status, runId: summary?.runId ?? null, rejected: summary?.rejected ?? 0,
    error: error ?? (summary?.rejected ? `${summary.rejected} record(s) rejected; see the ingestion quarantine` : null), at: now,
  });
  return { tenantId: t.tenantId, name, status, runId: summary?.runId ?? null, rejected: summary?.rejected ?? 0 };
}

/** The tenant's most recent drop-folder files, newest first. */
export async function recentDropFiles(q: Queryable, tenantId: string, limit = 20) {
  const list = await q.select().from(dropFolderFiles).where(eq(dropFolderFiles.tenantId, tenantId)).orderBy(desc(dropFolderFiles.at)).limit(limit);
  return list.map((r) => ({ name: r.name, status: r.status, runId: r.runId, rejected: r.rejected, error: r.error, at: r.at.toISOString() }));
}
