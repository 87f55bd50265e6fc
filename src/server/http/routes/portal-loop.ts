import { z } from 'zod';
import { AppError } from '../../../platform/errors/index.js';
import { verifyMessage } from '../../../modules/outreach/index.js';
import {
  getPortalPreferences,
  getSurvey,
  listAccountCsat,
  openShortLink,
  PORTAL_REVIEW_KINDS,
  portalMessage,
  PREFERRED_CHANNELS,
  recordSurveyResponse,
  requestPortalReview,
  stopPortalChannel,
  STOPPABLE_CHANNELS,
  summarizeCsat,
  TIMES_OF_DAY,
  updatePortalPreferences,
} from '../../../modules/portal/index.js';
import type { ZodApp } from '../app.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';
import { LinkHeaders, languageOf, portalAccess } from './portal/access.js';

const Lang = z.enum(['en', 'es']);

const Preferences = z.object({
  channel: z.enum(PREFERRED_CHANNELS).nullable(),
  timeOfDay: z.enum(Object.keys(TIMES_OF_DAY) as [keyof typeof TIMES_OF_DAY]).nullable(),
  language: Lang,
  paperless: z.boolean(),
  stopped: z.array(z.enum(STOPPABLE_CHANNELS)),
});

/**
 * The patient's way in and way back: short message links, the public verify page, the survey,
 * "I already paid" / "this isn't mine", and contact preferences. Public routes reveal no PHI.
 */
export function portalLoopRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['portal'];
  const security: Array<Record<string, string[]>> = [];

  app.get(
    '/api/v1/portal/short-links/:code',
    {
      schema: {
        tags,
        security,
        summary: "Opens the short link a message printed (/p/<code>): the signed link token for the portal, or that the bill is paid, expired or revoked. No PHI.",
        params: z.object({ code: z.string().max(32) }),
        querystring: z.object({ language: Lang.optional() }),
        response: {
          200: z.object({ state: z.enum(['open', 'paid', 'expired', 'revoked']), tenantName: z.string(), token: z.string().optional(), paid: z.boolean().optional() }),
        },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const r = await openShortLink({ db: deps.database.db, clock: deps.clock, appSecret: deps.secret, code: req.params.code });
      if (r.state === 'invalid') throw new AppError('not_found', { message: 'no link for this code', userMessage: portalMessage('link_invalid', languageOf(req)) });
      return r;
    },
  );

  app.get(
    '/api/v1/verify/:code',
    {
      schema: {
        tags,
        security,
        summary: 'Is this message, letter, statement or call really from us? (public; answers from the code, reveals nothing about the person)',
        params: z.object({ code: z.string().max(16) }),
        response: { 200: z.object({ genuine: z.boolean(), organization: z.string().optional(), channel: z.string().optional(), sentOn: z.string().optional() }) },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      return verifyMessage(deps.database, req.params.code);
    },
  );

  app.get(
    '/api/v1/portal/surveys/:code',
    {
      schema: {
        tags,
        security,
        summary: 'The one-question survey behind a message code: who asks, and any answer already given (no PHI)',
        params: z.object({ code: z.string().max(32) }),
        querystring: z.object({ language: Lang.optional() }),
        response: { 200: z.object({ tenantName: z.string(), score: z.number().int().nullable() }) },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      return getSurvey({ db: deps.database.db, clock: deps.clock, code: req.params.code, language: languageOf(req) });
    },
  );

  app.post(
    '/api/v1/portal/surveys/:code',
    {
      schema: {
        tags,
        security,
        summary: 'Answer the survey: a 1-5 rating and an optional comment, one per interaction (answering again replaces it). A low score opens a follow-up task.',
        params: z.object({ code: z.string().max(32) }),
        body: z.object({ score: z.number().int().min(1).max(5), comment: z.string().max(2000).optional(), language: Lang.optional() }),
        response: { 200: z.object({ responseId: z.string(), score: z.number(), followUp: z.boolean() }) },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      return recordSurveyResponse({ database: deps.database, clock: deps.clock, code: req.params.code, score: req.body.score, comment: req.body.comment, language: req.body.language ?? languageOf(req), requestId: String(req.id) });
    },
  );

  app.post(
    '/api/v1/portal/reviews',
    {
      schema: {
        tags,
        security,
        summary: '"I already paid" or "this isn\'t mine": opens a review task for the team and returns the acknowledgement. Works before the identity check.',
        headers: LinkHeaders,
        body: z.object({ kind: z.enum(PORTAL_REVIEW_KINDS), note: z.string().max(1000).optional() }),
        response: { 200: z.object({ taskId: z.string(), created: z.boolean(), message: z.string() }) },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const a = await portalAccess(deps, req, { requireSession: false });
      return requestPortalReview({ database: deps.database, access: a, kind: req.body.kind, note: req.body.note });
    },
  );

  app.get(
    '/api/v1/portal/preferences',
    { schema: { tags, security, summary: "The verified patient's contact preferences", headers: LinkHeaders, response: { 200: Preferences } } },
    async (req, reply) => {
      noStore(reply);
      const a = await portalAccess(deps, req, { requireSession: true, action: 'preferences' });
      return getPortalPreferences({ database: deps.database, access: a });
    },
  );

  app.put(
    '/api/v1/portal/preferences',
    {
      schema: {
        tags,
        security,
        summary: 'Save channel, time of day, language and paperless',
        headers: LinkHeaders,
        body: Preferences.omit({ stopped: true }).partial(),
        response: { 200: Preferences },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const a = await portalAccess(deps, req, { requireSession: true, action: 'preferences' });
      return updatePortalPreferences({ database: deps.database, access: a, ...req.body });
    },
  );

  app.post(
    '/api/v1/portal/preferences/stop',
    {
      schema: {
        tags,
        security,
        summary: 'Stop a channel in one tap (email, sms or call): recorded as the patient revoking consent',
        headers: LinkHeaders,
        body: z.object({ channel: z.enum(STOPPABLE_CHANNELS) }),
        response: { 200: Preferences },
      },
    },
    async (req, reply) => {
      noStore(reply);
      const a = await portalAccess(deps, req, { requireSession: true, action: 'preferences' });
      return stopPortalChannel({ database: deps.database, access: a, channel: req.body.channel });
    },
  );

  app.get(
    '/api/v1/accounts/:accountId/csat',
    {
      schema: {
        tags: ['portal'],
        summary: "The account's satisfaction ratings (one per interaction), newest first",
        params: z.object({ accountId: z.string() }),
        response: { 200: z.object({ responses: z.array(z.object({ id: z.string(), score: z.number(), comment: z.string().nullable(), language: z.string(), communicationId: z.string(), answeredAt: z.string(), followUpTaskId: z.string().nullable() })) }) },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'accounts.read', 'operations');
      return { responses: await listAccountCsat(deps.database.db, ctx, req.params.accountId) };
    },
  );

  app.get(
    '/api/v1/analytics/csat',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Satisfaction ratings over a period: count, average and distribution (no comments)',
        querystring: z.object({ from: z.iso.date(), to: z.iso.date() }),
        response: { 200: z.object({ responses: z.number(), average: z.number().nullable(), distribution: z.record(z.string(), z.number()) }) },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'analytics.read', 'operations');
      const from = new Date(`${req.query.from}T00:00:00Z`);
      const to = new Date(Date.parse(`${req.query.to}T00:00:00Z`) + 86_400_000);
      if (to <= from) throw new AppError('validation_failed', { message: 'to before from', issues: [{ path: 'to', message: 'must be on or after from' }] });
      return summarizeCsat(deps.database.db, { tenantId: ctx.tenantId, from, to });
    },
  );
}
