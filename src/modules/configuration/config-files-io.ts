import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Db, Queryable } from '../../platform/db/index.js';
import { AppError, type FieldIssue } from '../../platform/errors/index.js';
import { shippedFapPolicy } from '../assistance/index.js';
import { compileRuleSet } from '../compliance/index.js';
import { shippedPaymentPolicy } from '../plans/index.js';
import { listTenantRuleSets, saveTenantRuleSet } from '../policies/index.js';
import { listDispositionsVersioned } from '../workspace/index.js';
import type { OutreachConfig } from '../outreach/index.js';
import { checkDocuments, type CheckDeps, type DraftDocument } from './check-document.js';
import { documentFile } from '../outreach/index.js';
import { currentDocuments } from './documents.js';
import { jsonLines, lineOf } from './json-lines.js';
import { writeDocumentVersion } from './publish-document.js';
import { mergeDocuments } from '../outreach/index.js';
import { POLICY_KINDS, type PolicyKind } from './schema.js';

/** The compliance rule overrides' file (the tenant's rule set: `version` plus what it adds or tightens). */
export const COMPLIANCE_OVERRIDES_FILE = 'policies/compliance-overrides.json';

type FileKind = DraftDocument['kind'] | 'compliance_overrides';

interface ConfigFileInUse {
  file: string;
  kind: FileKind;
  name: string;
  body: unknown;
}

/**
 * Every document the tenant uses now, one per file: templates per language and journeys (published
 * over the shipped files), the FAP policy, the payment policy and the call outcomes (published, else
 * the tenant's settings or Kindly's defaults, as the engines read them), and the compliance rule
 * overrides when the tenant has saved any.
 */
async function configInUse(q: Queryable, tenantId: string, base: OutreachConfig): Promise<ConfigFileInUse[]> {
  const docs = await currentDocuments(q, tenantId);
  const config = mergeDocuments(base, docs);
  const out: ConfigFileInUse[] = [];
  for (const [lang, t] of Object.entries(config.templates)) out.push({ file: documentFile('templates', lang), kind: 'templates', name: lang, body: t });
  for (const j of config.journeys) out.push({ file: documentFile('journey', j.id), kind: 'journey', name: j.id, body: j });
  for (const kind of POLICY_KINDS) {
    const doc = docs.find((d) => d.kind === kind && d.name === 'default');
    const body = doc ? doc.body : await policyFallback(q, tenantId, kind);
    out.push({ file: documentFile(kind, 'default'), kind, name: 'default', body });
  }
  const [rules] = await listTenantRuleSets(q, tenantId);
  if (rules) out.push({ file: COMPLIANCE_OVERRIDES_FILE, kind: 'compliance_overrides', name: rules.version, body: rules.overrides });
  return out;
}

/** What a policy is before the tenant publishes it (version 0 in the editor). */
async function policyFallback(q: Queryable, tenantId: string, kind: PolicyKind): Promise<unknown> {
  if (kind === 'fap_policy') return shippedFapPolicy(q, tenantId);
  if (kind === 'payment_policy') return shippedPaymentPolicy(q, tenantId);
  return { dispositions: (await listDispositionsVersioned(q, tenantId)).items };
}

export interface ExportResult {
  templates: number;
  journeys: number;
  /** FAP policy, payment policy, call outcomes and (when saved) the compliance rule overrides. */
  policies: number;
  files: string[];
}

/** Writes the tenant's configuration in use as files, one per document (see configInUse). */
export async function exportConfig(q: Queryable, tenantId: string, base: OutreachConfig, dir: string): Promise<ExportResult> {
  const result: ExportResult = { templates: 0, journeys: 0, policies: 0, files: [] };
  for (const d of await configInUse(q, tenantId, base)) {
    mkdirSync(dirname(join(dir, d.file)), { recursive: true });
    writeFileSync(join(dir, d.file), JSON.stringify(d.body, null, 2) + '\n');
    result.files.push(d.file);
    if (d.kind === 'templates') result.templates++;
    else if (d.kind === 'journey') result.journeys++;
    else result.policies++;
  }
  return result;
}

export interface ImportResult {
  published: number;
  unchanged: number;
  /** The new version of each changed file (the compliance overrides' version is the file's own `version`). */
  versions: Array<{ file: string; version: number | string }>;
}

/** JSON with keys in a fixed order, to tell a changed document from an unchanged one. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** The files an import reads, by where they sit in the folder. */
function importableFiles(dir: string): { found: Array<{ file: string; kind: FileKind; name: string }>; unknown: string[] } {
  const found: Array<{ file: string; kind: FileKind; name: string }> = [];
  const unknown: string[] = [];
  const list = (sub: string) => {
    try {
      return readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json')).sort();
    } catch {
      return [];
    }
  };
  for (const n of list('templates')) found.push({ file: `templates/${n}`, kind: 'templates', name: n.replace(/\.json$/, '') });
  for (const n of list('journeys')) found.push({ file: `journeys/${n}`, kind: 'journey', name: n.replace(/\.json$/, '') });
  const policyFiles = new Map<string, FileKind>([...POLICY_KINDS.map((k) => [documentFile(k, 'default'), k] as const), [COMPLIANCE_OVERRIDES_FILE, 'compliance_overrides']]);
  for (const [file, kind] of policyFiles) if (existsSync(join(dir, file))) found.push({ file, kind, name: 'default' });
  for (const n of list('policies')) if (!policyFiles.has(`policies/${n}`)) unknown.push(`policies/${n}`);
  return { found, unknown };
}

/**
 * Reads a folder of configuration files (a hospital's own git): `templates/*.json`,
 * `journeys/*.json`, `policies/financial-assistance.json`, `policies/payments.json`,
 * `dispositions.json` and `policies/compliance-overrides.json`, any of them. The changed ones are
 * checked together like a publish; any problem stops the whole import, and the error names each
 * file, line and field. Then every changed document becomes a new version in one transaction; a
 * file equal to what is in use publishes nothing, so importing the same folder twice is a no-op.
 */
export async function importConfig(db: Db, ctx: AccessContext, dir: string, deps: Omit<CheckDeps, 'now'>): Promise<ImportResult> {
  const issues: FieldIssue[] = [];
  const { found, unknown } = importableFiles(dir);
  for (const file of unknown) issues.push({ file, path: '', message: `not a file Kindly reads: policies/ holds ${[...POLICY_KINDS.map((k) => documentFile(k, 'default')), COMPLIANCE_OVERRIDES_FILE].filter((f) => f.startsWith('policies/')).map((f) => f.slice('policies/'.length)).join(', ')}` });
  const drafts: Array<{ kind: FileKind; name: string; body: unknown; file: string; text: string }> = [];
  for (const f of found) {
    const text = readFileSync(join(dir, f.file), 'utf8');
    try {
      drafts.push({ ...f, body: JSON.parse(text), text });
    } catch (err) {
      const at = /position (\d+)/.exec((err as Error).message);
      const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
      issues.push({ file: f.file, ...(line ? { line } : {}), path: '', message: `not valid JSON: ${(err as Error).message}` });
    }
  }
  if (found.length === 0 && issues.length === 0) throw new AppError('validation_failed', { message: `${dir}: no configuration files`, issues: [{ file: dir, path: '', message: 'no configuration files found (templates/, journeys/, policies/, dispositions.json)' }] });
  const inUse = new Map((await configInUse(db, ctx.tenantId, deps.base)).map((d) => [d.file, d]));
  const changed = drafts.filter((d) => {
    const cur = inUse.get(d.file);
    return !cur || canonical(cur.body) !== canonical(d.body);
  });
  const lineIn = (file: string, path: string) => {
    const d = drafts.find((x) => x.file === file);
    // Policy parsers write array indexes as `.0`, the line scanner as `[0]`.
    return d ? lineOf(jsonLines(d.text), path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')) : undefined;
  };
  const documents = changed.filter((d): d is typeof d & { kind: DraftDocument['kind'] } => d.kind !== 'compliance_overrides');
  const rules = changed.find((d) => d.kind === 'compliance_overrides');
  if (!issues.length && documents.length) {
    const checked = await checkDocuments(db, ctx.tenantId, documents, { ...deps, now: ctx.clock.now() });
    for (const i of checked.issues) {
      const line = i.file ? lineIn(i.file, i.path) : undefined;
      issues.push({ ...i, ...(line ? { line } : {}) });
    }
  }
  if (!issues.length && rules) {
    const compiled = compileRuleSet(rules.body);
    if (!compiled.ok) {
      for (const e of compiled.errors) {
        const line = lineIn(rules.file, e.path);
        issues.push({ file: rules.file, ...(line ? { line } : {}), path: e.path, message: e.message });
      }
    } else {
      // A saved rule-set version never changes: changed overrides need a version of their own.
      const version = (rules.body as { version: string }).version;
      if ((await listTenantRuleSets(db, ctx.tenantId)).some((r) => r.version === version)) {
        const line = lineIn(rules.file, 'version');
        issues.push({ file: rules.file, ...(line ? { line } : {}), path: 'version', message: `version ${version} is already saved with other rules; give the changed rules a new version` });
      }
    }
  }
  if (issues.length) {
    throw new AppError('validation_failed', {
      message: `configuration has ${issues.length} problem(s):\n` + issues.map((i) => `  ${i.file}${i.line ? `:${i.line}` : ''}${i.path ? ` ${i.path}` : ''}: ${i.message}`).join('\n'),
      issues,
    });
  }
  const versions: ImportResult['versions'] = [];
  await db.transaction(async (tx) => {
    for (const d of documents) {
      const { version } = await writeDocumentVersion(tx, ctx, { kind: d.kind, name: d.name, body: d.body, note: `imported from ${d.file}` });
      versions.push({ file: d.file, version });
    }
    if (rules) versions.push({ file: rules.file, version: (await saveTenantRuleSet(tx, ctx, rules.body)).version });
  });
  return { published: versions.length, unchanged: drafts.length - versions.length, versions };
}
