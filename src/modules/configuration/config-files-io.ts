import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Db, Queryable } from '../../platform/db/index.js';
import { AppError, type FieldIssue } from '../../platform/errors/index.js';
import type { OutreachConfig } from '../outreach/index.js';
import { checkDocuments, type CheckDeps, type DraftDocument } from './check-document.js';
import { documentFile } from '../outreach/index.js';
import { currentDocuments } from './documents.js';
import { jsonLines, lineOf } from './json-lines.js';
import { publishDocument } from './publish-document.js';
import { mergeDocuments } from '../outreach/index.js';

/** Writes the tenant's configuration in use (published documents over the shipped files) as files, one per document. */
export async function exportConfig(q: Queryable, tenantId: string, base: OutreachConfig, dir: string): Promise<string[]> {
  const docs = await currentDocuments(q, tenantId);
  const config = mergeDocuments(base, docs);
  const written: string[] = [];
  mkdirSync(join(dir, 'templates'), { recursive: true });
  mkdirSync(join(dir, 'journeys'), { recursive: true });
  const write = (rel: string, json: unknown) => {
    writeFileSync(join(dir, rel), JSON.stringify(json, null, 2) + '\n');
    written.push(rel);
  };
  for (const [lang, t] of Object.entries(config.templates)) write(documentFile('templates', lang), t);
  for (const j of config.journeys) write(documentFile('journey', j.id), j);
  return written;
}

export interface ImportResult {
  published: Array<{ file: string; version: number }>;
  unchanged: string[];
}

/** JSON with keys in a fixed order, to tell a changed document from an unchanged one. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/**
 * Reads `templates/*.json` and `journeys/*.json` from a folder (a hospital's own git), checks the
 * changed ones together like a publish does, and publishes each as a new version. Any problem
 * stops the whole import; the error names each file, line and field.
 */
export async function importConfig(db: Db, ctx: AccessContext, dir: string, deps: Omit<CheckDeps, 'now'>): Promise<ImportResult> {
  const issues: FieldIssue[] = [];
  const drafts: Array<DraftDocument & { file: string; text: string }> = [];
  for (const [sub, kind] of [['templates', 'templates'], ['journeys', 'journey']] as const) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json')).sort();
    } catch {
      continue;
    }
    for (const n of names) {
      const file = `${sub}/${n}`;
      const text = readFileSync(join(dir, file), 'utf8');
      try {
        drafts.push({ kind, name: n.replace(/\.json$/, ''), body: JSON.parse(text), file, text });
      } catch (err) {
        const at = /position (\d+)/.exec((err as Error).message);
        const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
        issues.push({ file, ...(line ? { line } : {}), path: '', message: `not valid JSON: ${(err as Error).message}` });
      }
    }
  }
  if (drafts.length === 0 && issues.length === 0) throw new AppError('validation_failed', { message: `${dir}: no templates/*.json or journeys/*.json`, issues: [{ file: dir, path: '', message: 'no configuration files found' }] });
  const merged = mergeDocuments(deps.base, await currentDocuments(db, ctx.tenantId));
  const current = new Map<string, string>([
    ...Object.entries(merged.templates).map(([k, v]) => [documentFile('templates', k), canonical(v)] as const),
    ...merged.journeys.map((j) => [documentFile('journey', j.id), canonical(j)] as const),
  ]);
  const changed = drafts.filter((d) => current.get(d.file) !== canonical(d.body));
  const unchanged = drafts.filter((d) => !changed.includes(d)).map((d) => d.file);
  if (!issues.length && changed.length) {
    const checked = await checkDocuments(db, ctx.tenantId, changed, { ...deps, now: ctx.clock.now() });
    for (const i of checked.issues) {
      const d = drafts.find((x) => x.file === i.file);
      const line = d ? lineOf(jsonLines(d.text), i.path) : undefined;
      issues.push({ ...i, ...(line ? { line } : {}) });
    }
  }
  if (issues.length) {
    throw new AppError('validation_failed', {
      message: `configuration has ${issues.length} problem(s):\n` + issues.map((i) => `  ${i.file}${i.line ? `:${i.line}` : ''}${i.path ? ` ${i.path}` : ''}: ${i.message}`).join('\n'),
      issues,
    });
  }
  const published: ImportResult['published'] = [];
  for (const d of changed) {
    const { version } = await publishDocument(db, ctx, { kind: d.kind, name: d.name, body: d.body, note: `imported from ${d.file}` }, deps);
    published.push({ file: d.file, version });
  }
  return { published, unchanged };
}
