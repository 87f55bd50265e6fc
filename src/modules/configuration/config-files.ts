import type { ConfigFile, OutreachConfig } from '../outreach/index.js';
import type { DocumentKind } from './schema.js';

/** How a document is named in problems and exports: `templates/en.json`, `journeys/self-pay-standard.json`. */
export function documentFile(kind: DocumentKind, name: string): string {
  return kind === 'templates' ? `templates/${name}.json` : `journeys/${name}.json`;
}

/**
 * The files the shipped validator checks: every shipped journey and language, each replaced by
 * the tenant's document of the same name when there is one (new journeys are added).
 */
export function configFiles(base: OutreachConfig, docs: Array<{ kind: DocumentKind; name: string; body: unknown }>): { journeys: ConfigFile[]; templates: ConfigFile[] } {
  const journeys = new Map<string, unknown>(base.journeys.map((j) => [j.id, j]));
  const templates = new Map<string, unknown>(Object.entries(base.templates));
  for (const d of docs) (d.kind === 'templates' ? templates : journeys).set(d.name, d.body);
  return {
    journeys: [...journeys].map(([name, json]) => ({ file: documentFile('journey', name), json })),
    templates: [...templates].map(([name, json]) => ({ file: documentFile('templates', name), json })),
  };
}
