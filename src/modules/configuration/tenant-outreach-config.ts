import type { Queryable } from '../../platform/db/index.js';
import type { Language, OutreachConfig } from '../outreach/index.js';
import { validateOutreachConfig } from '../outreach/index.js';
import { currentDocuments, type PublishedDocument } from './documents.js';
import { configFiles } from './config-files.js';

// Merged configurations by tenant and by the versions they were made of: a publish changes the key.
const cache = new Map<string, { base: OutreachConfig; key: string; config: OutreachConfig }>();

/**
 * The outreach configuration a tenant's decisions use: its newest published templates and
 * journeys over the shipped ones (`base`). Published documents passed validation when published;
 * if the shipped files changed since so that the mix no longer validates, the shipped
 * configuration is used (never a half-valid one).
 */
export async function tenantOutreachConfig(q: Queryable, tenantId: string, base: OutreachConfig): Promise<OutreachConfig> {
  const docs = await currentDocuments(q, tenantId);
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
