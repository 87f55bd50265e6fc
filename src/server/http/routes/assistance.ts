import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evaluate } from '../../../modules/compliance/index.js';
import { loadTenantRuleSet } from '../../../modules/policies/index.js';
import {
  addAssistanceDocument,
  AssistanceApplicationInput,
  buildAssistanceLetter,
  checkAssistanceApplication,
  decideAssistanceApplication,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_KINDS,
  fapApplicationForCompliance,
  getApplication,
  getAssistanceDocument,
  listApplications,
  MAX_DOCUMENT_BYTES,
  PRESUMPTIVE_KINDS,
  renderAssistanceLetterPdf,
  submitAssistanceApplication,
} from '../../../modules/assistance/index.js';
import { resolveTenantGateway } from '../../../modules/payments/index.js';
import { localDate } from '../../../platform/time/index.js';
import { sendAssistanceNotice } from '../../../modules/portal/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { ZodApp } from '../app.js';
import { ApplicationDetail, ApplicationQueue, DecidedApplication, EscalationCheck, MissingRequest, SubmittedApplication, UploadedDocument } from '../contracts/assistance.js';
import { uploadGuard } from '../edge.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';
import { toJson } from '../json.js';
import { portalEmail } from '../../portal-email.js';

const ECA_ACTIONS = ['credit_report', 'sell_debt', 'lawsuit', 'wage_garnishment', 'lien', 'defer_care', 'agency_placement'] as const;

/** Financial counselors: the application queue, documents, decisions, letters; and the ECA check it feeds. */
export function assistanceRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['assistance'];

  app.get(
    '/api/v1/assistance/applications',
    {
      schema: {
        tags,
        summary: 'Applications to work, oldest first',
        querystring: z.object({ status: z.enum(['submitted', 'incomplete', 'approved', 'denied', 'withdrawn']).optional() }),
        response: { 200: ApplicationQueue },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'assistance.decide');
      noStore(reply);
      return { items: await deps.database.db.transaction((tx) => listApplications(tx, ctx, { status: req.query.status })) };
    },
  );

  app.get(
    '/api/v1/assistance/applications/:applicationId',
    { schema: { tags, summary: 'One application with household, documents and the latest decision', params: z.object({ applicationId: z.string() }), response: { 200: ApplicationDetail } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'assistance.decide');
      noStore(reply);
      return deps.database.db.transaction((tx) => getApplication(tx, ctx, req.params.applicationId));
    },
  );

  app.get(
    '/api/v1/assistance/applications/:applicationId/documents/:documentId',
    { schema: { tags, summary: 'Download a document (audited)', params: z.object({ applicationId: z.string(), documentId: z.string() }) } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'assistance.decide');
      noStore(reply);
      const doc = await deps.database.db.transaction((tx) => getAssistanceDocument(tx, ctx, req.params));
      return reply.type(doc.contentType).header('content-disposition', `attachment; filename="${doc.fileName.replace(/"/g, '')}"`).header('x-content-sha256', doc.sha256).send(doc.content);
    },
  );

  app.post(
    '/api/v1/persons/:personId/assistance-applications',
    {
      schema: { tags, summary: 'A counselor files an application for the patient (places the assistance_pending hold)', params: z.object({ personId: z.string() }), body: AssistanceApplicationInput.extend({ accountId: z.string().optional() }), response: { 200: SubmittedApplication } },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'assistance.decide');
      const { accountId, ...input } = req.body;
      const r = await submitAssistanceApplication({ database: deps.database, ctx, personId: req.params.personId, accountId: accountId ?? null, input, channel: 'staff' });
      return { applicationId: r.application.id, status: r.application.status, missing: r.missing };
    },
  );

  app.post(
    '/api/v1/assistance/applications/:applicationId/request-missing',
    { schema: { tags, summary: 'Completeness check; emails the written request listing missing items', params: z.object({ applicationId: z.string() }), response: { 200: MissingRequest } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'assistance.decide');
      const r = await checkAssistanceApplication({ database: deps.database, ctx, applicationId: req.params.applicationId });
      const sent = r.missing.length ? await sendAssistanceNotice({ database: deps.database, clock: deps.clock, email: portalEmail, tenantId: ctx.tenantId, applicationId: r.application.id, kind: 'incomplete' }) : null;
      return { status: r.application.status, missing: r.missing, requestSent: sent !== null };
    },
  );

  app.post(
    '/api/v1/assistance/applications/:applicationId/decide',
    {
      schema: {
        tags,
        summary: 'Decide under the tenant FAP: approved -> retroactive adjustment and automatic refund of excess payments; hold lifted; the notice is emailed',
        params: z.object({ applicationId: z.string() }),
        body: z.object({ verifiedPresumptive: z.array(z.enum(PRESUMPTIVE_KINDS)).default([]) }).default({ verifiedPresumptive: [] }),
        response: { 200: DecidedApplication },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'assistance.decide');
      const r = await decideAssistanceApplication({ database: deps.database, gateway: (await resolveTenantGateway(deps.database, ctx.tenantId, deps.clock)).gateway, ctx, applicationId: req.params.applicationId, verifiedPresumptive: req.body.verifiedPresumptive });
      const notice = await sendAssistanceNotice({ database: deps.database, clock: deps.clock, email: portalEmail, tenantId: ctx.tenantId, applicationId: r.application.id });
      return toJson({ decision: r.decision, status: r.application.status, adjustment: r.adjustment, refunds: r.refunds, noticeSent: notice !== null });
    },
  );

  app.get(
    '/api/v1/assistance/applications/:applicationId/letter',
    {
      schema: { tags, summary: 'The decision letter (or written request for missing items) as a PDF, EN/ES', params: z.object({ applicationId: z.string() }), querystring: z.object({ language: z.enum(['en', 'es']).optional() }) },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'assistance.decide');
      noStore(reply);
      const letter = await buildAssistanceLetter(deps.database.db, { tenantId: ctx.tenantId, applicationId: req.params.applicationId, language: req.query.language, date: localDate(deps.clock.now(), 'UTC') });
      return reply.type('application/pdf').header('content-disposition', `inline; filename="assistance-${letter.kind}.pdf"`).send(await renderAssistanceLetterPdf(letter));
    },
  );

  app.get(
    '/api/v1/accounts/:accountId/escalation-check',
    {
      schema: {
        tags,
        summary: 'Would an extraordinary collection action be allowed today? The ECA question includes the pending assistance application',
        params: z.object({ accountId: z.string() }),
        querystring: z.object({ action: z.enum(ECA_ACTIONS).default('credit_report'), on: z.iso.date().optional() }),
        response: { 200: EscalationCheck },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'compliance.evaluate');
      const [a] = await deps.database.query<{ person_id: string; first_statement_on: string | null; kind: string; collector_role: string; state: string | null; time_zone: string }>(
        `select a.person_id, a.first_statement_on, t.kind, t.collector_role, p.state, p.time_zone from accounts a join tenants t on t.id = a.tenant_id join persons p on p.id = a.person_id where a.tenant_id = $1 and a.id = $2`,
        [ctx.tenantId, req.params.accountId],
      );
      if (!a) throw new AppError('not_found', { message: 'account not found' });
      const fap = await fapApplicationForCompliance(deps.database.db, { tenantId: ctx.tenantId, personId: a.person_id });
      const question = {
        id: `${req.params.accountId}:${req.query.action}`,
        kind: 'eca' as const,
        collector: { role: a.collector_role, entity: a.kind === 'nonprofit_hospital' ? 'nonprofit_hospital' : a.kind === 'agency' ? 'agency' : a.kind === 'payer' ? 'health_plan' : 'hospital' },
        ...(a.state && /^[A-Z]{2}$/.test(a.state) ? { state: a.state } : {}),
        action: req.query.action,
        on: req.query.on ?? localDate(deps.clock.now(), a.time_zone),
        ...(a.first_statement_on ? { firstPostDischargeStatementOn: a.first_statement_on } : {}),
        ...(fap ? { fapApplication: fap } : {}),
      };
      // The tenant's current rules decide (and the decision records their version).
      const ruleSet = await loadTenantRuleSet(deps.database.db, ctx.tenantId);
      return { question, decision: evaluate(question, { ruleSet }) };
    },
  );

  app.register(async (scope) => {
    scope.addContentTypeParser([...DOCUMENT_CONTENT_TYPES], { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES + 1024 }, (_req, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/assistance/applications/:applicationId/documents',
      {
        schema: {
          tags,
          summary: 'A counselor adds a document received by mail or in person (raw file body)',
          params: z.object({ applicationId: z.string() }),
          querystring: z.object({ kind: z.enum(DOCUMENT_KINDS), fileName: z.string().min(1).max(200) }),
          response: { 200: UploadedDocument },
        },
        bodyLimit: MAX_DOCUMENT_BYTES + 1024,
        // The counselor is checked before the file is read (an anonymous upload is refused unread).
        onRequest: uploadGuard('assistanceDocument', async (req) => (await requirePermission(deps, req, 'assistance.decide')).actor.roles),
      },
      async (req) => {
        const ctx = await requirePermission(deps, req, 'assistance.decide');
        if (!Buffer.isBuffer(req.body)) throw new AppError('validation_failed', { message: 'send the file as the body', issues: [{ path: 'body', message: 'a PDF or image file' }] });
        return addAssistanceDocument({ database: deps.database, ctx, applicationId: req.params.applicationId, kind: req.query.kind, fileName: req.query.fileName, contentType: req.headers['content-type'] ?? '', content: req.body });
      },
    );
  });
}
