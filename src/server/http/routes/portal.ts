import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../platform/errors/index.js';
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
} from '../../../modules/assistance/index.js';
import { endPortalSession, gatewayFor, PaymentError, SandboxGateway, verifyLinkHolder } from '../../../modules/payments/index.js';
import { acceptPlan, getAccountPlan, quoteAccountPlan } from '../../../modules/plans/index.js';
import { localDate } from '../../../platform/time/index.js';
import {
  getPortalSummary,
  openPortal,
  payPortalBalance,
  portalMessage,
  sendAssistanceNotice,
  type PortalAccess,
  type PortalLanguage,
} from '../../../modules/portal/index.js';
import type { ZodApp } from '../app.js';
import { uploadGuard } from '../edge.js';
import { noStore, setSessionCookie, type AppDeps } from '../context.js';
import { toJson } from '../json.js';
import { portalEmail } from '../../portal-email.js';

export const PORTAL_COOKIE = 'kindly_portal';
const Json = z.record(z.string(), z.unknown());
const LINK_HEADER = 'x-portal-link';

function languageOf(req: FastifyRequest): PortalLanguage {
  const q = (req.query as { language?: string } | undefined)?.language;
  const h = req.headers['x-portal-language'];
  return (q ?? (typeof h === 'string' ? h : undefined)) === 'es' ? 'es' : 'en';
}

function tokenOf(req: FastifyRequest): string | undefined {
  const h = req.headers[LINK_HEADER];
  return typeof h === 'string' && h.length > 0 && h.length < 2000 ? h : undefined;
}

/** The link (and, for anything private, the portal session) behind a request. Never a staff session. */
async function portalAccess(deps: AppDeps, req: FastifyRequest, opts: { requireSession: boolean; action?: Parameters<typeof openPortal>[0]['action']; touch?: boolean }): Promise<PortalAccess> {
  return openPortal({
    db: deps.database.db,
    clock: deps.clock,
    appSecret: deps.secret,
    token: tokenOf(req),
    sessionToken: req.cookies?.[PORTAL_COOKIE],
    language: languageOf(req),
    requestId: String(req.id),
    ...opts,
  });
}


const LinkHeaders = z.object({ [LINK_HEADER]: z.string().optional(), 'x-portal-language': z.enum(['en', 'es']).optional() }).passthrough();

/**
 * The patient portal API: authenticated by the link token (header x-portal-link) and, after the
 * identity check, a short HttpOnly session cookie bound to that link. Every read and write runs as
 * the patient and is audited with actor kind 'patient'.
 */
export function portalRoutes(app: ZodApp, deps: AppDeps): void {
  const gateway = () => gatewayFor(deps.database, deps.clock);
  const tags = ['portal'];
  const security: Array<Record<string, string[]>> = [];

  app.get(
    '/api/v1/portal/link',
    {
      schema: {
        tags,
        security,
        summary: 'Checks a link before identity verification (no PHI): who sent it, what it allows, whether it is locked',
        headers: LinkHeaders,
        response: { 200: z.object({ tenantName: z.string(), actions: z.array(z.string()), expiresAt: z.string(), verified: z.boolean(), locked: z.boolean(), lockedUntil: z.string().nullable() }) },
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: false, touch: true });
      const [t] = await deps.database.query<{ name: string }>('select name from tenants where id = $1', [access.link.tenantId]);
      const now = deps.clock.now().getTime();
      const locked = access.link.lockedUntil !== null && access.link.lockedUntil.getTime() > now;
      return {
        tenantName: t?.name ?? '',
        actions: access.link.actions,
        expiresAt: access.link.expiresAt.toISOString(),
        verified: access.session !== null,
        locked,
        lockedUntil: locked ? access.link.lockedUntil!.toISOString() : null,
      };
    },
  );

  app.post(
    '/api/v1/portal/verify',
    {
      schema: {
        tags,
        security,
        summary: 'Identity check: date of birth plus last name or ZIP. 5 failures lock the link for 30 minutes, 5 more for 24 hours, 5 more close it (staff are told). Sets the portal session cookie.',
        headers: LinkHeaders,
        body: z.object({ dateOfBirth: z.string().min(6).max(20), lastName: z.string().max(100).optional(), zip: z.string().max(12).optional() }),
        response: { 200: z.object({ verified: z.literal(true), expiresAt: z.string() }) },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: false });
      const L = access.language;
      const r = await verifyLinkHolder({ db: deps.database.db, clock: deps.clock, linkId: access.link.id, given: req.body, requestId: String(req.id) });
      if (!r.ok && r.reason === 'closed') throw new AppError('locked', { message: 'link closed after repeated failed identity checks', userMessage: portalMessage('link_closed', L) });
      if (!r.ok && r.reason === 'locked') {
        const long = Date.parse(r.lockedUntil) - deps.clock.now().getTime() > 60 * 60_000;
        throw new AppError('locked', { message: `link locked until ${r.lockedUntil}`, userMessage: portalMessage(long ? 'locked_day' : 'locked', L) });
      }
      if (!r.ok) {
        const tries = r.remainingAttempts;
        const more = L === 'es' ? ` Le quedan ${tries} intento${tries === 1 ? '' : 's'}.` : ` You have ${tries} ${tries === 1 ? 'try' : 'tries'} left.`;
        throw new AppError('unauthenticated', { message: 'identity mismatch', userMessage: portalMessage('identity_mismatch', L) + more });
      }
      setSessionCookie(req, reply, { name: PORTAL_COOKIE, token: r.sessionToken, path: '/api/v1/portal', expiresAt: r.expiresAt, now: deps.clock.now(), publicUrl: deps.publicUrl });
      return { verified: true as const, expiresAt: r.expiresAt.toISOString() };
    },
  );

  app.post('/api/v1/portal/sign-out', { schema: { tags, security, summary: 'Ends the portal session on the server', response: { 204: z.null() } } }, async (req, reply) => {
    const sessionToken = req.cookies?.[PORTAL_COOKIE];
    if (sessionToken) await endPortalSession(deps.database.db, sessionToken);
    reply.clearCookie(PORTAL_COOKIE, { path: '/api/v1/portal' });
    return reply.code(204).send(null);
  });

  app.get(
    '/api/v1/portal/summary',
    {
      schema: {
        tags,
        security,
        summary: "The verified patient's bill: balance, plain-language statement (this account), pay-in-full quote, plan, assistance, payments",
        headers: LinkHeaders,
        querystring: z.object({ language: z.enum(['en', 'es']).optional() }),
        response: { 200: Json },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'view_bill' });
      return toJson(await getPortalSummary({ database: deps.database, access, publicUrl: deps.publicUrl, language: req.query.language })) as never;
    },
  );

  app.post(
    '/api/v1/portal/card-tokens',
    {
      schema: {
        tags,
        security,
        summary: 'Sandbox only: stands in for the gateway’s client-side tokenization (Stripe.js). The number is dropped at once; only a token, brand and last 4 come back.',
        headers: LinkHeaders,
        body: z.object({ number: z.string().min(12).max(23), expMonth: z.number().int().min(1).max(12), expYear: z.number().int().min(2000).max(2100), cvc: z.string().max(4).optional() }),
        response: { 200: z.object({ token: z.string(), card: z.object({ brand: z.string(), last4: z.string() }) }) },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'pay' });
      const g = gateway();
      if (!(g instanceof SandboxGateway)) throw new AppError('not_found', { message: 'card tokens come from the gateway’s own script when a real gateway is configured' });
      try {
        return await g.tokenizeCard({ number: req.body.number, expMonth: req.body.expMonth, expYear: req.body.expYear, tenantId: access.ctx.tenantId });
      } catch (err) {
        if (err instanceof PaymentError) {
          throw new AppError('validation_failed', {
            message: err.code,
            userMessage: access.language === 'es' ? 'El número de tarjeta no parece correcto. Revíselo e inténtelo de nuevo.' : err.userMessage,
            issues: [{ path: 'number', message: err.code }],
          });
        }
        throw err;
      }
    },
  );

  app.post(
    '/api/v1/portal/payments',
    {
      schema: {
        tags,
        security,
        summary: 'Pay in full (with any discount the tenant offers) or an amount, by card token. Idempotent per idempotencyKey.',
        headers: LinkHeaders,
        body: z.object({
          idempotencyKey: z.string().min(8).max(100),
          paymentMethod: z.string().min(3).max(200),
          payInFull: z.boolean().default(true),
          amountCents: z.number().int().positive().optional(),
          receiptEmail: z.string().email().max(200).optional(),
        }),
        response: { 200: Json },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'pay' });
      const r = await payPortalBalance({ database: deps.database, gateway: gateway(), access, email: portalEmail, ...req.body });
      return toJson(r) as never;
    },
  );

  app.get(
    '/api/v1/portal/plan-quotes',
    {
      schema: {
        tags,
        security,
        summary: "Plan options that fit the patient's own monthly budget; referToAssistance when none does",
        headers: LinkHeaders,
        querystring: z.object({
          monthlyBudgetCents: z.coerce.number().int().min(0).optional(),
          monthlyIncomeCents: z.coerce.number().int().min(0).optional(),
          startOn: z.iso.date().optional(),
          language: z.enum(['en', 'es']).optional(),
        }),
        response: { 200: Json },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'plan' });
      const q = await quoteAccountPlan({
        q: deps.database.db,
        tenantId: access.ctx.tenantId,
        accountId: access.link.accountId,
        now: deps.clock.now(),
        monthlyBudgetCents: req.query.monthlyBudgetCents,
        household: req.query.monthlyIncomeCents !== undefined ? { monthlyIncomeCents: req.query.monthlyIncomeCents } : undefined,
        startOn: req.query.startOn,
      });
      return toJson({ balanceCents: q.balanceCents, today: q.today, ...q.quote, plan: await getAccountPlan(deps.database.db, { tenantId: access.ctx.tenantId, accountId: access.link.accountId }) }) as never;
    },
  );

  app.post(
    '/api/v1/portal/plans',
    {
      schema: {
        tags,
        security,
        summary: 'Accept a quoted plan (quoted again on the server); optional autopay with a card token',
        headers: LinkHeaders,
        body: z.object({
          months: z.number().int().min(1).max(120),
          monthlyBudgetCents: z.number().int().min(0).optional(),
          monthlyIncomeCents: z.number().int().min(0).optional(),
          startOn: z.iso.date().optional(),
          autopayPaymentMethod: z.string().min(3).max(200).optional(),
        }),
        response: { 200: Json },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'plan' });
      const g = gateway();
      let autopay = null;
      if (req.body.autopayPaymentMethod) {
        const pm = g instanceof SandboxGateway ? await g.store.getPaymentMethod(req.body.autopayPaymentMethod) : undefined;
        if (g instanceof SandboxGateway && !pm) throw new AppError('validation_failed', { message: 'unknown card token', issues: [{ path: 'autopayPaymentMethod', message: 'unknown token' }] });
        autopay = { paymentMethod: req.body.autopayPaymentMethod, card: pm ? pm.card : null };
      }
      try {
        const r = await acceptPlan({
          database: deps.database,
          ctx: access.ctx,
          accountId: access.link.accountId,
          months: req.body.months,
          monthlyBudgetCents: req.body.monthlyBudgetCents,
          household: req.body.monthlyIncomeCents !== undefined ? { monthlyIncomeCents: req.body.monthlyIncomeCents } : undefined,
          startOn: req.body.startOn,
          source: 'portal',
          autopay,
        });
        return toJson({ plan: await getAccountPlan(deps.database.db, { tenantId: access.ctx.tenantId, accountId: access.link.accountId }), option: r.option }) as never;
      } catch (err) {
        if (err instanceof AppError && access.language === 'es' && err.code === 'unprocessable' && err.message.startsWith('refer_to_assistance')) {
          throw new AppError('unprocessable', { message: err.message, userMessage: 'Ningún plan de pagos cabe en ese presupuesto, y no le pediremos más de lo que puede pagar. Puede calificar para asistencia financiera.' });
        }
        throw err;
      }
    },
  );

  app.post(
    '/api/v1/portal/assistance',
    {
      schema: {
        tags,
        security,
        summary: 'Apply for financial assistance (household, income, signature); places the hold that suspends escalation',
        headers: LinkHeaders,
        body: AssistanceApplicationInput,
        response: { 200: Json },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'assistance' });
      const r = await submitAssistanceApplication({ database: deps.database, ctx: access.ctx, personId: access.link.personId, accountId: access.link.accountId, input: { ...req.body, language: req.body.language ?? access.language }, channel: 'portal' });
      return toJson({ applicationId: r.application.id, status: r.application.status, missing: r.missing }) as never;
    },
  );

  app.get(
    '/api/v1/portal/assistance',
    { schema: { tags, security, summary: "The patient's latest application and what is still missing", headers: LinkHeaders, response: { 200: Json } } },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'assistance' });
      return toJson({ application: await getLatestApplication(deps.database.db, { tenantId: access.ctx.tenantId, personId: access.link.personId }), documentKinds: DOCUMENT_KINDS }) as never;
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
        response: { 200: Json },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'assistance' });
      const mine = await getLatestApplication(deps.database.db, { tenantId: access.ctx.tenantId, personId: access.link.personId });
      if (!mine || mine.id !== req.params.applicationId) throw new AppError('not_found', { message: 'application not found' });
      const r = await checkAssistanceApplication({ database: deps.database, ctx: access.ctx, applicationId: mine.id });
      const notice = await sendAssistanceNotice({ database: deps.database, clock: deps.clock, email: portalEmail, tenantId: access.ctx.tenantId, applicationId: mine.id, kind: r.missing.length ? 'incomplete' : 'received' });
      return toJson({ applicationId: mine.id, status: r.application.status, missing: r.missing, noticeSent: notice !== null }) as never;
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
          response: { 200: Json },
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
        return toJson(r) as never;
      },
    );
  });
}
