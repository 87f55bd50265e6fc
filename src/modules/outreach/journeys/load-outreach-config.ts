import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../../platform/errors/index.js';
import { repoRoot } from '../../../platform/shared-data/index.js';
import { JourneyDefinition, LANGUAGES, PLACEHOLDERS, TemplateCatalogFile, type Language } from './journey.schema.js';

export const JOURNEYS_DIR = join(repoRoot, 'config', 'journeys');
export const TEMPLATES_DIR = join(repoRoot, 'config', 'templates');

export interface OutreachConfig {
  journeys: JourneyDefinition[];
  templates: Record<Language, TemplateCatalogFile>;
  /** The tenant's published version of each language's templates (absent or 0: the shipped files). */
  templateVersions?: Partial<Record<Language, number>>;
}

export interface ConfigFile {
  file: string;
  json: unknown;
}

function zodPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

function zodIssues(file: string, error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ file, path: zodPath(i.path), message: i.message }));
}

/** Journey key as it appears in communications and the export: `id@version`. */
export function journeyKey(j: Pick<JourneyDefinition, 'id' | 'version'>): string {
  return `${j.id}@${j.version}`;
}

/**
 * Validates journeys and templates together and lists every problem at once (CONVENTIONS
 * example 10): shape (zod), then cross-checks: unique ids, no overlapping or unreachable steps,
 * no two journeys competing for the same accounts, and every template in every language with
 * every channel its steps may use and only known placeholders.
 */
export function validateOutreachConfig(journeyFiles: ConfigFile[], templateFiles: ConfigFile[]): { config: OutreachConfig | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const journeys: Array<{ file: string; j: JourneyDefinition }> = [];
  for (const f of journeyFiles) {
    const r = JourneyDefinition.safeParse(f.json);
    if (r.success) journeys.push({ file: f.file, j: r.data });
    else issues.push(...zodIssues(f.file, r.error));
  }
  const templates: Partial<Record<Language, { file: string; t: TemplateCatalogFile }>> = {};
  for (const f of templateFiles) {
    const r = TemplateCatalogFile.safeParse(f.json);
    if (!r.success) {
      issues.push(...zodIssues(f.file, r.error));
      continue;
    }
    if (templates[r.data.language]) issues.push({ file: f.file, path: 'language', message: `language ${r.data.language} is defined twice` });
    templates[r.data.language] = { file: f.file, t: r.data };
  }
  for (const lang of LANGUAGES) {
    if (!templates[lang]) issues.push({ file: TEMPLATES_DIR, path: '', message: `no templates for language ${lang}` });
  }

  const seenIds = new Map<string, string>();
  for (const { file, j } of journeys) {
    if (seenIds.has(j.id)) issues.push({ file, path: 'id', message: `journey id ${j.id} is also used in ${seenIds.get(j.id)}` });
    seenIds.set(j.id, file);
    if (j.anchor === 'installment_due_on' && j.entry.phase !== 'plan') issues.push({ file, path: 'anchor', message: 'installment_due_on is only known in the plan phase' });
    if (j.anchor === 'resolved_on' && j.entry.phase !== 'resolved') issues.push({ file, path: 'anchor', message: 'resolved_on is only known in the resolved phase' });
    const stepIds = new Set<string>();
    j.steps.forEach((s, i) => {
      const at = `steps[${i}]`;
      if (stepIds.has(s.id)) issues.push({ file, path: `${at}.id`, message: `step id ${s.id} is used twice` });
      stepIds.add(s.id);
      if (s.window.fromDay > s.window.toDay) issues.push({ file, path: `${at}.window`, message: `unreachable: fromDay ${s.window.fromDay} is after toDay ${s.window.toDay}` });
      if (s.maxAttempts > 1 && !s.repeatEveryDays) issues.push({ file, path: `${at}.repeatEveryDays`, message: 'a step sent more than once needs repeatEveryDays' });
      if (s.repeatEveryDays && s.maxAttempts > 1) {
        const span = s.window.toDay - s.window.fromDay;
        if (s.repeatEveryDays * (s.maxAttempts - 1) > span) {
          issues.push({ file, path: `${at}.maxAttempts`, message: `unreachable: ${s.maxAttempts} sends every ${s.repeatEveryDays} days do not fit a ${span + 1}-day window` });
        }
      }
      if (new Set(s.channels).size !== s.channels.length) issues.push({ file, path: `${at}.channels`, message: 'a channel is listed twice' });
      for (const lang of LANGUAGES) {
        const cat = templates[lang];
        if (!cat) continue;
        const tpl = cat.t.templates[s.template];
        if (!tpl) {
          issues.push({ file, path: `${at}.template`, message: `template ${s.template} is missing in ${lang} (${cat.file})` });
          continue;
        }
        for (const ch of s.channels) {
          if (!tpl[ch]) issues.push({ file, path: `${at}.channels`, message: `template ${s.template} has no ${ch} text in ${lang}` });
        }
      }
    });
    // Overlap: two steps whose windows share a day would compete for the same day.
    const sorted = j.steps.map((s, i) => ({ s, i })).sort((a, b) => a.s.window.fromDay - b.s.window.fromDay);
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      if (cur.s.window.fromDay <= prev.s.window.toDay) {
        issues.push({ file, path: `steps[${cur.i}].window`, message: `overlaps step ${prev.s.id} (days ${prev.s.window.fromDay}..${prev.s.window.toDay})` });
      }
    }
  }
  // Two journeys that could both claim one account (same phase, a tenant kind in common).
  for (let a = 0; a < journeys.length; a++) {
    for (let b = a + 1; b < journeys.length; b++) {
      const ja = journeys[a]!.j;
      const jb = journeys[b]!;
      if (ja.entry.phase !== jb.j.entry.phase) continue;
      const common = ja.entry.tenantKinds.filter((k) => jb.j.entry.tenantKinds.includes(k));
      if (common.length) issues.push({ file: jb.file, path: 'entry', message: `overlaps journey ${ja.id} for ${common.join(', ')} in phase ${ja.entry.phase}` });
    }
  }
  // Templates: the same names in every language, and only known placeholders.
  const known = new Set<string>(PLACEHOLDERS);
  const names = new Set<string>();
  for (const lang of LANGUAGES) for (const n of Object.keys(templates[lang]?.t.templates ?? {})) names.add(n);
  for (const lang of LANGUAGES) {
    const cat = templates[lang];
    if (!cat) continue;
    for (const n of names) if (!cat.t.templates[n]) issues.push({ file: cat.file, path: `templates.${n}`, message: `template ${n} is missing in ${lang}` });
    const texts: Array<[string, string]> = [];
    for (const [n, t] of Object.entries(cat.t.templates)) {
      for (const [ch, c] of Object.entries(t)) {
        if (!c) continue;
        for (const [field, text] of Object.entries(c)) if (typeof text === 'string') texts.push([`templates.${n}.${ch}.${field}`, text]);
      }
    }
    for (const [tone, t] of Object.entries(cat.t.tones)) for (const [field, text] of Object.entries(t)) texts.push([`tones.${tone}.${field}`, text]);
    texts.push(['verify', cat.t.verify]);
    for (const [path, text] of texts) {
      for (const m of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
        if (!known.has(m[1]!)) issues.push({ file: cat.file, path, message: `unknown placeholder {{${m[1]}}}` });
      }
    }
  }
  if (issues.length) return { config: null, issues };
  return {
    config: { journeys: journeys.map((x) => x.j), templates: { en: templates.en!.t, es: templates.es!.t } },
    issues,
  };
}

function readJsonFiles(dir: string, issues: FieldIssue[]): ConfigFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    issues.push({ file: dir, path: '', message: 'folder not found' });
    return [];
  }
  const out: ConfigFile[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      out.push({ file, json: JSON.parse(readFileSync(file, 'utf8')) });
    } catch (err) {
      issues.push({ file, path: '', message: `not valid JSON: ${(err as Error).message}` });
    }
  }
  return out;
}

const cache = new Map<string, OutreachConfig>();

/** Loads and validates config/journeys and config/templates; throws one AppError listing every problem. */
export function loadOutreachConfig(opts: { journeysDir?: string; templatesDir?: string } = {}): OutreachConfig {
  const jd = opts.journeysDir ?? JOURNEYS_DIR;
  const td = opts.templatesDir ?? TEMPLATES_DIR;
  const key = `${jd}\u0000${td}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const readIssues: FieldIssue[] = [];
  const jf = readJsonFiles(jd, readIssues);
  const tf = readJsonFiles(td, readIssues);
  const { config, issues } = validateOutreachConfig(jf, tf);
  const all = [...readIssues, ...issues];
  if (!config || all.length) {
    throw new AppError('validation_failed', {
      message: `outreach configuration has ${all.length} problem(s):\n` + all.map((i) => `  ${i.file}${i.path ? ` ${i.path}` : ''}: ${i.message}`).join('\n'),
      issues: all,
    });
  }
  cache.set(key, config);
  return config;
}
