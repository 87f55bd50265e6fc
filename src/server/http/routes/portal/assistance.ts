import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../../platform/errors/index.js';
import {
  addAssistanceDocument,
  AssistanceApplicationInput,
  buildAssistanceLetter,
  checkAssistanceApplication,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_KINDS,
  getLatestApplication,
  MAX_DOCUMENT_BYTES,
  renderAssistanceLetterPdf,
  submitAssistanceApplication,
} from '../../../../modules/assistance/index.js';
import { localDate } from '../../../../platform/time/index.js';
import { sendAssistanceNotice } from '../../../../modules/portal/index.js';
import type { ZodApp } from '../../app.js';
import { FinishedApplication, PortalAssistance, SubmittedApplication, UploadedDocument } from '../../contracts/portal.js';
import { uploadGuard } from '../../edge.js';
import { noStore, type AppDeps } from '../../context.js';
import { toJson } from '../../json.js';
import { portalEmail } from '../../../portal-email.js';
import { LinkHeaders, portalAccess, portalDocs } from './access.js';

/** Financial assistance from the portal: apply, see what is missing, upload documents, read the letter. */
export function portalAssistanceRoutes(app: ZodApp, deps: AppDeps): void {
  const { tags, security } = portalDocs;

  app.post(
    '/api/v1/portal/assistance',
    {
      schema: {
        tags,
        security,
        summary: 'Apply for financial assistance (household, income, signature); places the hold that suspends escalation',
        headers: LinkHeaders,
        body: AssistanceApplicationInput,
        response: { 200: SubmittedApplication },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'assistance' });
      const r = await submitAssistanceApplication({ database: deps.database, ctx: access.ctx, personId: access.link.personId, accountId: access.link.accountId, input: { ...req.body, language: req.body.language ?? access.language }, channel: 'portal' });
      return toJson({ applicationId: r.application.id, status: r.application.status, missing: r.missing });
    },
  );

  app.get(
    '/api/v1/portal/assistance',
    { schema: { tags, security, summary: "The patient's latest application and what is still missing", headers: LinkHeaders, response: { 200: PortalAssistance } } },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'assistance' });
      return toJson({ application: await getLatestApplication(deps.database.db, { tenantId: access.ctx.tenantId, personId: access.link.personId }), documentKinds: DOCUMENT_KINDS });
    },
  );

  app.post(
    '/api/v1/portal/assistance/:applicationId/finish',
    {
      schema: {
        tags,
        security,
        summary: 'The patient is done: completeness check; the written request for missing items (or a receipt) is emailed',
        headers: LinkHeaders,
        params: z.object({ applicationId: z.string() }),
        response: { 200: FinishedApplication },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'assistance' });
      const mine = await getLatestApplication(deps.database.db, { tenantId: access.ctx.tenantId, personId: access.link.personId });
      if (!mine || mine.id !== req.params.applicationId) throw new AppError('not_found', { message: 'application not found' });
      const r = await checkAssistanceApplication({ database: deps.database, ctx: access.ctx, applicationId: mine.id });
      const notice = await sendAssistanceNotice({ database: deps.database, clock: deps.clock, email: portalEmail, tenantId: access.ctx.tenantId, applicationId: mine.id, kind: r.missing.length ? 'incomplete' : 'received' });
      return toJson({ applicationId: mine.id, status: r.application.status, missing: r.missing, noticeSent: notice !== null });
    },
  );

  app.get(
    '/api/v1/portal/assistance/letter',
    {
      schema: { tags, security, summary: 'The latest notice about the application as a PDF letter (EN/ES)', headers: LinkHeaders, querystring: z.object({ language: z.enum(['en', 'es']).optional() }) },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'assistance' });
      const mine = await getLatestApplication(deps.database.db, { tenantId: access.ctx.tenantId, personId: access.link.personId });
      if (!mine) throw new AppError('not_found', { message: 'no application' });
      const letter = await buildAssistanceLetter(deps.database.db, { tenantId: access.ctx.tenantId, applicationId: mine.id, language: req.query.language ?? access.language, date: localDate(deps.clock.now(), 'UTC') });
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="assistance-letter.pdf"').send(await renderAssistanceLetterPdf(letter));
    },
  );

  // Documents arrive as the raw file body (PDF or photo), so they get their own parser scope.
  app.register(async (scope) => {
    scope.addContentTypeParser([...DOCUMENT_CONTENT_TYPES], { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES + 1024 }, (_req, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/portal/assistance/:applicationId/documents',
      {
        schema: {
          tags,
          security,
          summary: 'Upload one document (the file is the body: application/pdf, image/jpeg, image/png, image/heic, image/webp; at most 10 MB)',
          headers: LinkHeaders,
          params: z.object({ applicationId: z.string() }),
          querystring: z.object({ kind: z.enum(DOCUMENT_KINDS), fileName: z.string().min(1).max(200) }),
          response: { 200: UploadedDocument },
        },
        bodyLimit: MAX_DOCUMENT_BYTES + 1024,
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        // The link and its session are checked before the file is read.
        onRequest: uploadGuard('assistanceDocument', async (req) => {
          await portalAccess(deps, req, { requireSession: true, action: 'assistance' });
          return ['patient'];
        }),
      },
      async (req, reply) => {
        noStore(reply);
        const access = await portalAccess(deps, req, { requireSession: true, action: 'assistance' });
        const mine = await getLatestApplication(deps.database.db, { tenantId: access.ctx.tenantId, personId: access.link.personId });
        if (!mine || mine.id !== req.params.applicationId) throw new AppError('not_found', { message: 'application not found' });
        if (!Buffer.isBuffer(req.body)) throw new AppError('validation_failed', { message: 'send the file as the body', issues: [{ path: 'body', message: 'a PDF or image file' }] });
        const r = await addAssistanceDocument({
          database: deps.database,
          ctx: access.ctx,
          applicationId: mine.id,
          kind: req.query.kind,
          fileName: req.query.fileName,
          contentType: req.headers['content-type'] ?? '',
          content: req.body,
          language: access.language,
        });
        return toJson(r);
      },
    );
  });
}
