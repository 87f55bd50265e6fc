import type { Queryable } from '../../../platform/db/index.js';
import { currentDocuments, type DocumentKind, type PublishedDocument } from '../../configuration/pure.js';
import type { Language } from './journey.schema.js';
import { validateOutreachConfig, type ConfigFile, type OutreachConfig } from './load-outreach-config.js';

// A tenant's published templates and journeys (stored by the configuration module) laid over the
// shipped ones. It lives in outreach, which owns the validator, so configuration can depend on
// outreach and never the reverse.

/** How a document is named in problems and exports: `templates/en.json`, `journeys/self-pay-standard.json`. */
export function documentFile(kind: DocumentKind, name: string): string {
  if (kind === 'fap_policy') return 'policies/financial-assistance.json';
  if (kind === 'payment_policy') return 'policies/payments.json';
  if (kind === 'dispositions') return 'dispositions.json';
  return kind === 'templates' ? `templates/${name}.json` : `journeys/${name}.json`;
}

/**
 * The files the shipped validator checks: every shipped journey and language, each replaced by
 * the tenant's document of the same name when there is one (new journeys are added).
 */
export function configFiles(base: OutreachConfig, docs: Array<{ kind: DocumentKind; name: string; body: unknown }>): { journeys: ConfigFile[]; templates: ConfigFile[] } {
  const journeys = new Map<string, unknown>(base.journeys.map((j) => [j.id, j]));
  const templates = new Map<string, unknown>(Object.entries(base.templates));
  for (const d of docs) {
    if (d.kind === 'templates') templates.set(d.name, d.body);
    else if (d.kind === 'journey') journeys.set(d.name, d.body);
  }
  return {
    journeys: [...journeys].map(([name, json]) => ({ file: documentFile('journey', name), json })),
    templates: [...templates].map(([name, json]) => ({ file: documentFile('templates', name), json })),
  };
}


// Merged configurations by tenant and by the versions they were made of: a publish changes the key.
const cache = new Map<string, { base: OutreachConfig; key: string; config: OutreachConfig }>();

/**
 * The outreach configuration a tenant's decisions use: its newest published templates and
 * journeys over the shipped ones (`base`). Published documents passed validation when published;
 * if the shipped files changed since so that the mix no longer validates, the shipped
 * configuration is used (never a half-valid one).
 */
export async function tenantOutreachConfig(q: Queryable, tenantId: string, base: OutreachConfig): Promise<OutreachConfig> {
  // Policies and dispositions are documents too, but not outreach's.
  const docs = (await currentDocuments(q, tenantId)).filter((d) => d.kind === 'templates' || d.kind === 'journey');
  if (docs.length === 0) return base;
  const key = docs.map((d) => `${d.kind}/${d.name}@${d.version}`).join('|');
  const hit = cache.get(tenantId);
  if (hit && hit.base === base && hit.key === key) return hit.config;
  const config = mergeDocuments(base, docs);
  cache.set(tenantId, { base, key, config });
  return config;
}

/** The shipped configuration with a tenant's documents in place of the shipped ones they replace. */
export function mergeDocuments(base: OutreachConfig, docs: Array<Pick<PublishedDocument, 'kind' | 'name' | 'version' | 'body'>>): OutreachConfig {
  const files = configFiles(base, docs);
  const { config } = validateOutreachConfig(files.journeys, files.templates);
  if (!config) return base;
  const templateVersions: Partial<Record<Language, number>> = {};
  for (const d of docs) if (d.kind === 'templates') templateVersions[d.name as Language] = d.version;
  return { ...config, templateVersions };
}
