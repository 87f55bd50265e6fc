import { z } from 'zod';
import { checkDocument, currentDocuments, documentVersions, publishDocument, renderAndCheck, sampleFor, DOCUMENT_KINDS } from '../../../modules/configuration/index.js';
import { CHANNELS, LANGUAGES, TONES, TemplateCatalogFile, loadOutreachConfig, tenantEvaluator, type OutreachConfig } from '../../../modules/outreach/index.js';
import type { ZodApp } from '../app.js';
import { ConfigCheck, ConfigDocumentList, ConfigPreview, Published, type ConfigDocument } from '../contracts/configuration.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';
import { lazyEvaluate } from '../../delivery.js';

const Draft = z.object({ kind: z.enum(DOCUMENT_KINDS), name: z.string().min(1).max(100), body: z.unknown() });

export function configurationRoutes(app: ZodApp, deps: AppDeps): void {
  const db = deps.database.db;
  const base = (): OutreachConfig => loadOutreachConfig();
  const checkDeps = () => ({ base: base(), publicUrl: deps.publicUrl, evaluate: lazyEvaluate });

  app.get(
    '/api/v1/config/documents',
    { schema: { tags: ['configuration'], summary: "The tenant's templates (per language) and journeys in use, with their versions", response: { 200: ConfigDocumentList } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'config.read', 'operations');
      const docs = await currentDocuments(db, ctx.tenantId);
      const b = base();
      const items: ConfigDocument[] = [];
      const pick = (kind: (typeof DOCUMENT_KINDS)[number], name: string, shipped: unknown) => {
        const d = docs.find((x) => x.kind === kind && x.name === name);
        items.push(d ?? { kind, name, version: 0, body: shipped, note: null, publishedBy: null, publishedAt: null });
      };
      for (const lang of LANGUAGES) pick('templates', lang, b.templates[lang]);
      for (const j of b.journeys) pick('journey', j.id, j);
      for (const d of docs) if (!items.some((x) => x.kind === d.kind && x.name === d.name)) items.push(d);
      noStore(reply);
      return { items };
    },
  );

  app.get(
    '/api/v1/config/documents/:kind/:name/versions',
    { schema: { tags: ['configuration'], summary: 'Every published version of one document, newest first', params: z.object({ kind: z.enum(DOCUMENT_KINDS), name: z.string() }), response: { 200: ConfigDocumentList } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'config.read', 'operations');
      return { items: await documentVersions(db, ctx.tenantId, req.params.kind, req.params.name) };
    },
  );

  app.post(
    '/api/v1/config/check',
    { schema: { tags: ['configuration'], summary: 'Checks a draft like a publish would and lists every problem at once', body: Draft, response: { 200: ConfigCheck } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'config.read', 'operations');
      const { issues } = await checkDocument(db, ctx.tenantId, req.body, { ...checkDeps(), now: deps.clock.now() });
      return { issues };
    },
  );

  app.post(
    '/api/v1/config/preview',
    {
      schema: {
        tags: ['configuration'],
        summary: 'A template of a draft rendered for a sample patient of the tenant, with the compliance content check',
        body: z.object({ name: z.enum(LANGUAGES), body: z.unknown(), template: z.string(), channel: z.enum(CHANNELS), tone: z.enum(TONES) }),
        response: { 200: ConfigPreview },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'config.read', 'operations');
      const parsed = TemplateCatalogFile.safeParse(req.body.body);
      if (!parsed.success) return { rendered: null, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
      const tpl = parsed.data.templates[req.body.template]?.[req.body.channel];
      if (!tpl) return { rendered: null, issues: [{ path: `templates.${req.body.template}.${req.body.channel}`, message: 'this template has no text for this channel' }] };
      const b = base();
      const catalogs = { ...b.templates, [req.body.name]: parsed.data } as OutreachConfig['templates'];
      const evaluate = await tenantEvaluator(db, ctx.tenantId, lazyEvaluate);
      const rendered = await renderAndCheck(catalogs, {
        template: req.body.template, channel: req.body.channel, language: req.body.name, tone: req.body.tone, sample: await sampleFor(db, ctx.tenantId), publicUrl: deps.publicUrl, now: deps.clock.now(), evaluate,
      });
      return { rendered, issues: [] };
    },
  );

  app.post(
    '/api/v1/config/publish',
    {
      schema: {
        tags: ['configuration'],
        summary: 'Publishes a draft as the next version (the old ones are kept); refused with every problem listed',
        body: Draft.extend({ note: z.string().max(500).optional(), baseVersion: z.number().int().min(0).optional() }),
        response: { 200: Published },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      return publishDocument(db, ctx, req.body, checkDeps());
    },
  );
}
