import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../platform/errors/index.js';
import {
  applyDeliveryReceipt,
  getJourneyState,
  handleInboundReply,
  listAgentTasks,
  listCommunications,
  listInbox,
  listLetterBatches,
  loadOutreachConfig,
  recordCallAttempt,
  renderLetterBatchPdf,
  runOrchestrationPass,
  summarizeCommunications,
  twilioSignature,
  verifyMessage,
} from '../../../modules/outreach/index.js';
import { enqueueWith, lazyEvaluate } from '../../delivery.js';
import { recordReplyDispute } from '../../../modules/disputes/index.js';
import { replyProposals } from '../../reply-proposals.js';
import type { ZodApp } from '../app.js';
import { noStore, requirePermission, type AppDeps, type SmsSettings } from '../context.js';
import { AgentTaskList, CallAttempt, CommunicationLog, CommunicationSummary, InboxList, JourneyList, JourneyState, LetterBatchList, PassCounts, SandboxReply, VerifiedMessage } from '../contracts/outreach.js';

const TWIML_EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/**
 * Twilio signs its webhooks with the account's auth token: base64 HMAC-SHA1 over the URL Twilio
 * called (our configured public URL, never the Host header a client sends) and the sorted form
 * fields. Without a token nothing can be verified, so nothing is accepted: a sandbox installation
 * takes replies from the dev inbox through the staff route below instead.
 */
async function checkTwilioSignature(deps: AppDeps, url: string, header: unknown, params: Record<string, string>): Promise<void> {
  const token = deps.sms?.authToken;
  if (!token) {
    throw new AppError('unauthenticated', { message: 'SMS webhooks are refused: KINDLY_TWILIO_AUTH_TOKEN is not set (in the sandbox, replies are posted from the dev inbox)' });
  }
  if (typeof header !== 'string' || !header) throw new AppError('unauthenticated', { message: 'X-Twilio-Signature is missing' });
  const expected = Buffer.from(await twilioSignature(token, `${deps.publicUrl.replace(/\/$/, '')}${url}`, params));
  const given = Buffer.from(header);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('unauthenticated', { message: 'invalid X-Twilio-Signature' });
}

/** The SMS channel is the sandbox when no Twilio account is configured (the same test as channelsFromEnv). */
export function smsRunsInSandbox(sms: SmsSettings | undefined): boolean {
  return !(sms?.accountSid && sms.authToken && sms.from);
}

function formFields(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).map(([k, v]) => [k, String(v ?? '')]));
}

/** Outreach: dev inbox, communications and decisions log, journeys, agent tasks, letters, inbound SMS and receipts. */
/**
 * One inbound text, from the provider's webhook or (sandbox) the dev inbox: its effects, and a reply
 * that disputes the debt becomes a dispute like one from the portal (billing's task, acknowledgement).
 * A dispute in free text is first a proposal; it becomes a dispute when a person confirms it.
 */
async function takeInboundSms(deps: AppDeps, message: Parameters<typeof handleInboundReply>[1]) {
  const outcomes = await handleInboundReply(deps.database, message, {
    config: loadOutreachConfig(), evaluate: lazyEvaluate, publicUrl: deps.publicUrl, enqueue: deps.jobs ? enqueueWith(deps.jobs) : undefined,
    propose: replyProposals(),
  });
  for (const o of outcomes) {
    if (!o.intents.includes('dispute')) continue;
    await recordReplyDispute(deps.database, { tenantId: o.tenantId, actor: { kind: 'system', id: 'outreach.reply', roles: [] }, purpose: 'collections', clock: deps.clock }, o.inboundId);
  }
  return outcomes;
}

export function outreachRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/v1/outreach/journeys',
    { schema: { tags: ['outreach'], summary: 'The shipped journeys (declarative, versioned)', response: { 200: JourneyList } } },
    async (req) => {
      await requirePermission(deps, req, 'outreach.read', 'operations');
      return { items: [...loadOutreachConfig().journeys] };
    },
  );

  app.get(
    '/api/v1/outreach/inbox',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Dev inbox: every email, text and letter the sandbox channels "sent"',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).optional(), before: z.coerce.number().int().optional(), channel: z.string().optional() }),
        response: { 200: InboxList },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'outreach.read', 'operations');
      noStore(reply);
      return { items: await listInbox(deps.database.db, ctx, req.query) };
    },
  );

  app.get(
    '/api/v1/outreach/communications',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Communications and compliance decisions, newest first: why any contact was blocked',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).optional(),
          status: z.string().optional(),
          channel: z.string().optional(),
          accountId: z.string().optional(),
          reason: z.string().optional(),
          before: z.string().datetime().optional(),
        }),
        response: { 200: CommunicationLog },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'compliance.decisions.read', 'compliance_review');
      noStore(reply);
      return { items: await listCommunications(deps.database.db, ctx, req.query) };
    },
  );

  app.get(
    '/api/v1/outreach/summary',
    { schema: { tags: ['outreach'], summary: 'Counts by status, channel, block reason and journey state (no PHI)', response: { 200: CommunicationSummary } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'compliance.decisions.read', 'compliance_review');
      return summarizeCommunications(deps.database.db, ctx.tenantId);
    },
  );

  app.get(
    '/api/v1/outreach/accounts/:accountId/journey',
    { schema: { tags: ['outreach'], summary: "Where an account is in its journey, with recent decisions and why", params: z.object({ accountId: z.string() }), response: { 200: JourneyState } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'outreach.read', 'collections');
      noStore(reply);
      const state = await getJourneyState(deps.database.db, ctx, req.params.accountId);
      if (!state) throw new AppError('not_found', { message: 'journey state not found' });
      return state;
    },
  );

  app.get(
    '/api/v1/outreach/tasks',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Agent tasks: calls with their compliance window, reviews that replies asked for',
        querystring: z.object({ status: z.enum(['open', 'done', 'cancelled']).optional(), kind: z.string().optional(), limit: z.coerce.number().int().min(1).max(500).optional() }),
        response: { 200: AgentTaskList },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'outreach.read', 'collections');
      noStore(reply);
      return { items: await listAgentTasks(deps.database.db, ctx, req.query) };
    },
  );

  app.post(
    '/api/v1/outreach/tasks/:taskId/attempt',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Record a call attempt; compliance is asked again at this moment',
        params: z.object({ taskId: z.string() }),
        body: z.object({ outcome: z.enum(['no_answer', 'voicemail', 'conversation', 'not_connected']) }),
        response: { 200: CallAttempt },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'conversations.use', 'collections');
      const r = await recordCallAttempt(deps.database, ctx, { taskId: req.params.taskId, outcome: req.body.outcome, evaluate: lazyEvaluate });
      return { allowed: r.allowed, decision: r.decision };
    },
  );

  app.get(
    '/api/v1/outreach/letter-batches',
    { schema: { tags: ['outreach'], summary: 'Print batches of letters', response: { 200: LetterBatchList } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'outreach.read', 'operations');
      return { items: await listLetterBatches(deps.database.db, ctx.tenantId) };
    },
  );

  app.get(
    '/api/v1/outreach/letter-batches/:batchId/pdf',
    { schema: { tags: ['outreach'], summary: 'One print batch as a PDF (a page per letter)', params: z.object({ batchId: z.string() }) } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'outreach.read', 'operations');
      const pdf = await renderLetterBatchPdf(deps.database, { tenantId: ctx.tenantId, batchId: req.params.batchId });
      if (!pdf) throw new AppError('not_found', { message: 'letter batch not found' });
      noStore(reply);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="letters-${req.params.batchId.slice(0, 8)}.pdf"`).send(pdf);
    },
  );

  app.post(
    '/api/v1/outreach/pass',
    { schema: { tags: ['outreach'], summary: 'Run one orchestration pass now (admin)', response: { 200: PassCounts } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'outreach.manage', 'operations');
      const counts = await runOrchestrationPass({
        database: deps.database,
        now: deps.clock.now(),
        publicUrl: deps.publicUrl,
        evaluate: lazyEvaluate,
        enqueue: deps.jobs ? enqueueWith(deps.jobs) : undefined,
        tenantId: ctx.tenantId,
      });
      return counts;
    },
  );

  app.get(
    '/api/v1/outreach/verify/:code',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Is this message really from us? (public; answers from the 6-character code, reveals nothing about the person)',
        security: [],
        params: z.object({ code: z.string().max(16) }),
        response: { 200: VerifiedMessage },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) => verifyMessage(deps.database, req.params.code),
  );

  app.post(
    '/api/v1/outreach/sandbox/sms-replies',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Sandbox only: a patient "replies" to a text from the dev inbox (the reply takes effect as a real one would)',
        body: z.object({ from: z.string().min(3).max(40), body: z.string().min(1).max(1600) }),
        response: { 200: SandboxReply },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'outreach.manage', 'operations');
      if (!smsRunsInSandbox(deps.sms)) throw new AppError('not_found', { message: 'replies come from the SMS provider when one is configured' });
      const outcomes = await takeInboundSms(deps, { channel: 'sms', from: req.body.from, body: req.body.body, tenantId: ctx.tenantId, receivedAt: deps.clock.now() });
      return { matched: outcomes.length, outcomes };
    },
  );

  // Provider webhooks post form-encoded bodies (Twilio style); they get their own parser scope.
  app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    const z2 = scope.withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>();

    z2.post(
      '/api/v1/outreach/inbound/sms',
      {
        schema: {
          tags: ['outreach'],
          summary: 'Inbound SMS (Twilio-style form fields From, Body, To, MessageSid): STOP opts out, intents take effect',
          security: [],
          body: z.object({ From: z.string().min(3).max(40), Body: z.string().max(1600), To: z.string().max(40).optional(), MessageSid: z.string().max(64).optional() }).passthrough(),
        },
        config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
        // Before validation: an unsigned post learns nothing about which fields would pass.
        preValidation: async (req) => checkTwilioSignature(deps, req.url, req.headers['x-twilio-signature'], formFields(req.body)),
      },
      async (req, reply) => {
        await takeInboundSms(deps, { channel: 'sms', from: req.body.From, to: req.body.To, body: req.body.Body, externalId: req.body.MessageSid, receivedAt: deps.clock.now() });
        // Answers go out through our own channel (recorded and compliance-checked), not in TwiML.
        return reply.type('text/xml').send(TWIML_EMPTY);
      },
    );

    z2.post(
      '/api/v1/outreach/sms/status',
      {
        schema: {
          tags: ['outreach'],
          summary: 'SMS delivery receipt (Twilio-style MessageSid, MessageStatus, ErrorCode)',
          security: [],
          body: z.object({ MessageSid: z.string().min(1).max(64), MessageStatus: z.string().max(32), ErrorCode: z.string().max(16).optional() }).passthrough(),
        },
        config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
        preValidation: async (req) => checkTwilioSignature(deps, req.url, req.headers['x-twilio-signature'], formFields(req.body)),
      },
      async (req, reply) => {
        await applyDeliveryReceipt(deps.database, { externalId: req.body.MessageSid, status: req.body.MessageStatus, errorCode: req.body.ErrorCode ?? null, now: deps.clock.now() });
        return reply.code(204).send();
      },
    );
  });
}
