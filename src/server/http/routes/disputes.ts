import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DISPUTE_CATEGORIES,
  DISPUTE_DOCUMENT_TYPES,
  DISPUTE_RESOLUTIONS,
  MAX_DISPUTE_DOCUMENT_BYTES,
  disputeLetterFor,
  disputesCsv,
  getDispute,
  getDisputeDocument,
  listDisputes,
  listHolds,
  recordDispute,
  releaseHold,
  renderDisputeLetterPdf,
  resolveDispute,
} from '../../../modules/disputes/index.js';
import { openPortal } from '../../../modules/portal/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { ZodApp } from '../app.js';
import { DisputeList, DisputeView, HoldList, PortalDispute, PortalDisputeDocument, RecordedDispute, ReleasedHold, ResolvedDispute } from '../contracts/disputes.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';
import { toJson } from '../json.js';
import { PORTAL_COOKIE } from './portal/access.js';

const tags = ['disputes'];

export const RecordDisputeRequest = z.object({
  category: z.enum(DISPUTE_CATEGORIES),
  description: z.string().min(3).max(4000),
  language: z.enum(['en', 'es']).optional(),
});

export const ResolveDisputeRequest = z.object({
  resolution: z.enum(DISPUTE_RESOLUTIONS),
  note: z.string().min(3).max(4000),
  adjustmentCents: z.number().int().positive().optional(),
  notOurs: z.union([z.object({ action: z.literal('close') }), z.object({ action: z.literal('move'), personId: z.string().min(1) })]).optional(),
  /** resolution original_creditor: whom to name (12 CFR 1006.38(c)). */
  originalCreditor: z.object({ name: z.string().min(2).max(200), address: z.string().min(5).max(500) }).optional(),
});

export const ReleaseHoldRequest = z.object({ reason: z.string().min(10).max(2000) });

/** The portal's link and session, as in the portal routes: the patient is the actor. */
async function portalAccess(deps: AppDeps, req: FastifyRequest) {
  const h = req.headers['x-portal-link'];
  const lang = req.headers['x-portal-language'] === 'es' ? 'es' : 'en';
  return openPortal({
    db: deps.database.db,
    clock: deps.clock,
    appSecret: deps.secret,
    token: typeof h === 'string' && h.length > 0 && h.length < 2000 ? h : undefined,
    sessionToken: req.cookies?.[PORTAL_COOKIE],
    language: lang,
    requestId: String(req.id),
    requireSession: true,
  });
}

/**
 * Disputes: recorded by patients (portal) and agents (calls), resolved by billing, watched by the
 * compliance officer (queue, export), and the release of holds only a compliance officer may lift.
 */
export function disputeRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/api/v1/accounts/:accountId/disputes',
    {
      schema: {
        tags,
        summary: 'Record a dispute the patient made on a call: the debt is disputed, collection on it pauses, billing gets a task, an acknowledgement is mailed',
        params: z.object({ accountId: z.string() }),
        body: RecordDisputeRequest,
        response: { 200: RecordedDispute },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'disputes.record', 'collections');
      return toJson(await recordDispute({ database: deps.database, ctx, accountId: req.params.accountId, source: 'call', ...req.body, portalUrl: deps.publicUrl }));
    },
  );

  app.get(
    '/api/v1/accounts/:accountId/disputes',
    { schema: { tags, summary: "The account's disputes, open and resolved", params: z.object({ accountId: z.string() }), response: { 200: DisputeList } } },
    async (req, reply) => {
      noStore(reply);
      const ctx = await requirePermission(deps, req, 'disputes.read', 'operations');
      return { items: await listDisputes(deps.database.db, ctx, { accountId: req.params.accountId }) };
    },
  );

  app.get(
    '/api/v1/disputes',
    {
      schema: {
        tags,
        summary: 'The dispute queue (open first, by due date) or its export: format=csv or json',
        querystring: z.object({ status: z.enum(['open', 'resolved']).optional(), format: z.enum(['json', 'csv']).default('json'), limit: z.coerce.number().int().min(1).max(5000).optional() }),
        response: { 200: { content: { 'application/json': { schema: DisputeList }, 'text/csv': { schema: z.string() } } } },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const ctx = await requirePermission(deps, req, 'disputes.read', 'compliance_review');
      const list = await listDisputes(deps.database.db, ctx, { status: req.query.status, limit: req.query.limit });
      if (req.query.format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="disputes.csv"').send(disputesCsv(list));
      return { items: list };
    },
  );

  app.get('/api/v1/disputes/:disputeId', { schema: { tags, summary: 'One dispute', params: z.object({ disputeId: z.string() }), response: { 200: DisputeView } } }, async (req, reply) => {
    noStore(reply);
    const ctx = await requirePermission(deps, req, 'disputes.read', 'operations');
    return getDispute(deps.database.db, ctx, req.params.disputeId);
  });

  app.get('/api/v1/disputes/:disputeId/document', { schema: { tags, summary: 'The document the patient attached', params: z.object({ disputeId: z.string() }) } }, async (req, reply) => {
    noStore(reply);
    const ctx = await requirePermission(deps, req, 'disputes.read', 'operations');
    const doc = await getDisputeDocument(deps.database.db, ctx, req.params.disputeId);
    return reply.type(doc.type).header('content-disposition', 'attachment; filename="dispute-document"').send(doc.content);
  });

  app.get(
    '/api/v1/disputes/:disputeId/letter',
    { schema: { tags, summary: 'The letter mailed at resolution (verification with itemization, correction, not ours) as a PDF, in English or Spanish', params: z.object({ disputeId: z.string() }), querystring: z.object({ language: z.enum(['en', 'es']).optional() }) } },
    async (req, reply) => {
      noStore(reply);
      const ctx = await requirePermission(deps, req, 'disputes.read', 'operations');
      const { letter, phone } = await disputeLetterFor(deps.database.db, ctx, req.params.disputeId, req.query.language);
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="dispute-letter.pdf"').send(await renderDisputeLetterPdf(letter, phone));
    },
  );

  app.post(
    '/api/v1/disputes/:disputeId/resolve',
    {
      schema: {
        tags,
        summary: "Billing's answer: corrected (ledger adjusted, corrected bill mailed), verified (verification letter mailed) or not ours (account closed or moved); collection resumes once the letter is mailed",
        params: z.object({ disputeId: z.string() }),
        body: ResolveDisputeRequest,
        response: { 200: ResolvedDispute },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'disputes.resolve', 'payment');
      return toJson(await resolveDispute({ database: deps.database, ctx, disputeId: req.params.disputeId, ...req.body, portalUrl: deps.publicUrl }));
    },
  );

  app.get('/api/v1/persons/:personId/holds', { schema: { tags, summary: "A person's holds, with any release", params: z.object({ personId: z.string() }), response: { 200: HoldList } } }, async (req, reply) => {
    noStore(reply);
    const ctx = await requirePermission(deps, req, 'disputes.read', 'compliance_review');
    return { items: await listHolds(deps.database.db, ctx, req.params.personId) };
  });

  app.post(
    '/api/v1/holds/:holdId/release',
    {
      schema: {
        tags,
        summary: 'Release an attorney, bankruptcy, deceased or cease-communication hold (compliance officer only, with a reason; audited)',
        params: z.object({ holdId: z.string() }),
        body: ReleaseHoldRequest,
        response: { 200: ReleasedHold },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'holds.release', 'compliance_review');
      return toJson(await releaseHold({ database: deps.database, ctx, holdId: req.params.holdId, reason: req.body.reason }));
    },
  );

  // The patient's dispute from the portal; the document (optional) arrives as the raw body of a second call.
  app.post(
    '/api/v1/portal/disputes',
    {
      schema: { tags: ['portal'], summary: 'Dispute the bill: what is wrong; collection on it pauses and an acknowledgement is mailed', body: RecordDisputeRequest, response: { 200: PortalDispute } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req);
      const r = await recordDispute({
        database: deps.database,
        ctx: access.ctx,
        accountId: access.link.accountId,
        personId: access.link.personId,
        source: 'portal',
        category: req.body.category,
        description: req.body.description,
        language: req.body.language ?? access.language,
        portalUrl: deps.publicUrl,
      });
      return toJson({ disputeId: r.disputeId, dueAt: r.dueAt, created: r.created });
    },
  );

  app.register(async (scope) => {
    scope.addContentTypeParser([...DISPUTE_DOCUMENT_TYPES], { parseAs: 'buffer', bodyLimit: MAX_DISPUTE_DOCUMENT_BYTES + 1024 }, (_req, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/portal/disputes/document',
      {
        schema: {
          tags: ['portal'],
          summary: 'Attach one document to the open dispute (the file is the body: PDF or photo, at most 10 MB)',
          querystring: z.object({ fileName: z.string().min(1).max(200) }),
          response: { 200: PortalDisputeDocument },
        },
        bodyLimit: MAX_DISPUTE_DOCUMENT_BYTES + 1024,
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (req, reply) => {
        noStore(reply);
        const access = await portalAccess(deps, req);
        if (!Buffer.isBuffer(req.body)) throw new AppError('validation_failed', { message: 'send the file as the body', issues: [{ path: 'body', message: 'a PDF or image file' }] });
        const r = await recordDispute({
          database: deps.database,
          ctx: access.ctx,
          accountId: access.link.accountId,
          personId: access.link.personId,
          source: 'portal',
          category: 'other',
          description: `Document attached: ${req.query.fileName}`,
          language: access.language,
          document: { name: req.query.fileName, type: String(req.headers['content-type'] ?? '').split(';')[0]!.trim(), content: req.body },
          portalUrl: deps.publicUrl,
        });
        return { disputeId: r.disputeId };
      },
    );
  });
}
