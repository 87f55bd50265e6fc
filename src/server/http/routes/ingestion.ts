import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, notFound } from '../../../platform/errors/index.js';
import { ingestFiles, ingestionRejections, ingestionRuns } from '../../../modules/ingestion/index.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodApp } from '../app.js';
import { removeTempUpload, streamToTempFile, uploadGuard, type TempUpload } from '../edge.js';
import { requirePermission, type AppDeps } from '../context.js';
import { toJson } from '../json.js';
import { Dismissed, IngestionRejectionList, IngestionRunList, IngestSummary, Resubmitted, type IngestionRun } from '../contracts/ingestion.js';


/** Writes uploaded content to a private temp file so the streaming parsers read it like any file. */
async function withTempFile<T>(name: string, content: Buffer | string, fn: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'kindly-upload-'));
  const path = join(dir, basename(name).replace(/[^\w.-]/g, '_') || 'upload');
  writeFileSync(path, content, { mode: 0o600 });
  try {
    return await fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function ingestionRoutes(app: ZodApp, deps: AppDeps): void {
  // Uploads stream to a private temp file after the caller is known (see uploadGuard): a large
  // file never sits in memory, and an anonymous one is refused before a byte is read.
  app.register(async (scope) => {
    scope.addContentTypeParser(['application/octet-stream', 'text/csv', 'application/edi-x12', 'application/fhir+json', 'application/x-ndjson', 'application/json', 'text/plain'], (req, payload, done) =>
      streamToTempFile(req, payload, done as (err: Error | null, body?: TempUpload) => void),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/ingestion/uploads',
      {
        onRequest: uploadGuard('ingestion', async (req) => (await requirePermission(deps, req, 'ingestion.run', 'operations')).actor.roles),
        onResponse: async (req) => removeTempUpload(req),
        schema: {
          tags: ['ingestion'],
          summary: 'Upload one file (FHIR bundle/NDJSON, X12 837 or 835, or CSV); the kind is detected from its content',
          description: 'Send the raw file as the body (application/octet-stream, text/csv, application/fhir+json...). Answers with the ingest summary; rejected records go to the quarantine.',
          querystring: z.object({ filename: z.string().min(1).max(200) }),
          response: { 200: IngestSummary },
        },
      },
      async (req) => {
        const ctx = await requirePermission(deps, req, 'ingestion.run', 'operations');
        const upload = req.body as TempUpload | undefined;
        if (!upload?.path || !upload.bytes) throw new AppError('validation_failed', { message: 'empty upload', issues: [{ path: 'body', message: 'the file is empty' }] });
        const [tenant] = await deps.database.query<{ time_zone: string }>('select time_zone from tenants where id = $1', [ctx.tenantId]);
        return ingestFiles(deps.database, ctx, [upload.path], { displayNames: { [upload.path]: req.query.filename }, fallbackTimeZone: tenant?.time_zone });
      },
    );
  });

  app.get('/api/v1/ingestion/runs', { schema: { tags: ['ingestion'], summary: 'Recent ingestion runs', response: { 200: IngestionRunList } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'ingestion.run', 'operations');
    const items = await deps.database.db.select().from(ingestionRuns).where(eq(ingestionRuns.tenantId, ctx.tenantId)).orderBy(desc(ingestionRuns.startedAt)).limit(50);
    // The stored summary is the IngestSummary the run ended with (typed unknown in its column).
    return { items: items.map((r) => ({ ...toJson(r), summary: r.summary as IngestionRun['summary'] })) };
  });

  app.get(
    '/api/v1/ingestion/rejections',
    { schema: { tags: ['ingestion'], summary: 'The quarantine: rejected records with file, line, field and reason', querystring: z.object({ status: z.enum(['open', 'resubmitted', 'dismissed']).default('open') }), response: { 200: IngestionRejectionList } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'ingestion.run', 'operations');
      const items = await deps.database.db
        .select()
        .from(ingestionRejections)
        .where(and(eq(ingestionRejections.tenantId, ctx.tenantId), eq(ingestionRejections.status, req.query.status)))
        .orderBy(desc(ingestionRejections.createdAt))
        .limit(500);
      return { items: toJson(items) };
    },
  );

  app.post(
    '/api/v1/ingestion/rejections/:rejectionId/resubmit',
    {
      schema: {
        tags: ['ingestion'],
        summary: 'Re-submit a corrected record (a whole small file: a FHIR resource/bundle, an 835, or a CSV with its header)',
        params: z.object({ rejectionId: z.string() }),
        body: z.object({ content: z.string().min(1), filename: z.string().optional() }),
        response: { 200: Resubmitted },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'ingestion.run', 'operations');
      const [rej] = await deps.database.db.select().from(ingestionRejections).where(and(eq(ingestionRejections.tenantId, ctx.tenantId), eq(ingestionRejections.id, req.params.rejectionId)));
      if (!rej) throw notFound('rejection');
      const filename = req.body.filename ?? `${basename(rej.file)}.corrected`;
      const summary = await withTempFile(filename, req.body.content, (path) => ingestFiles(deps.database, ctx, [path], { displayNames: { [path]: filename } }));
      const resolved = summary.rejected === 0;
      if (resolved) {
        await deps.database.db
          .update(ingestionRejections)
          .set({ status: 'resubmitted', resolvedAt: deps.clock.now(), resolvedBy: ctx.actor.id })
          .where(and(eq(ingestionRejections.id, rej.id), eq(ingestionRejections.status, 'open')));
      }
      return { resolved, summary };
    },
  );

  app.post(
    '/api/v1/ingestion/rejections/:rejectionId/dismiss',
    { schema: { tags: ['ingestion'], summary: 'Dismiss a rejected record (it will not be ingested)', params: z.object({ rejectionId: z.string() }), response: { 200: Dismissed } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'ingestion.run', 'operations');
      const r = await deps.database.db
        .update(ingestionRejections)
        .set({ status: 'dismissed', resolvedAt: deps.clock.now(), resolvedBy: ctx.actor.id })
        .where(and(eq(ingestionRejections.tenantId, ctx.tenantId), eq(ingestionRejections.id, req.params.rejectionId), eq(ingestionRejections.status, 'open')))
        .returning({ id: ingestionRejections.id });
      return { dismissed: r.length === 1 };
    },
  );
}
