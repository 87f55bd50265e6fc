import { z } from 'zod';
import { afterReviewDecision } from '../../reply-proposals.js';
import { addUtterance, checkContact, decideIntentReview, getConversation, listConversationReviews, listConversations, listIntentReviews, listUtterances, personSentimentTrend, startConversation } from '../../../modules/workspace/index.js';
import type { ZodApp } from '../app.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';
import { toJson } from '../json.js';
import { AddedUtterance, ContactCheck, ConversationDetail, ConversationList, IntentReview, IntentReviewList, SentimentTrend, StartedConversation } from '../contracts/conversations.js';

const POLL_MS = 400;

export const DecideIntentReviewRequest = z.object({ decision: z.enum(['confirm', 'dismiss']), note: z.string().max(2000).optional() });

export function conversationRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/api/v1/conversations',
    { schema: { tags: ['conversations'], summary: 'Start a live conversation (chat, SMS thread or call) with a person', body: z.object({ personId: z.string(), accountId: z.string().optional(), channel: z.enum(['chat', 'sms', 'call']) }), response: { 200: StartedConversation } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'conversations.use', 'collections');
      return startConversation(deps.database.db, ctx, req.body);
    },
  );

  app.post(
    '/api/v1/conversations/:conversationId/utterances',
    {
      schema: {
        tags: ['conversations'],
        summary: "Add what was said; a patient's words come back with sentiment, intents (applied) and cues",
        params: z.object({ conversationId: z.string() }),
        body: z.object({ speaker: z.enum(['agent', 'patient']), text: z.string().min(1).max(5000) }),
        response: { 200: AddedUtterance },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'conversations.use', 'collections');
      noStore(reply);
      return addUtterance(deps.database.db, ctx, req.params.conversationId, req.body);
    },
  );

  app.get(
    '/api/v1/conversations/:conversationId',
    { schema: { tags: ['conversations'], summary: 'A conversation with every analyzed utterance and its trend', params: z.object({ conversationId: z.string() }), response: { 200: ConversationDetail } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'conversations.use', 'collections');
      noStore(reply);
      return toJson(await getConversation(deps.database.db, ctx, req.params.conversationId));
    },
  );

  app.get(
    '/api/v1/conversations/:conversationId/stream',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Server-sent events: each utterance with its analysis as it is recorded (any API process can serve it)',
        params: z.object({ conversationId: z.string() }),
        querystring: z.object({ after: z.coerce.number().int().min(0).default(0) }),
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'conversations.use', 'collections');
      await getConversation(deps.database.db, ctx, req.params.conversationId);
      reply.hijack();
      reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive', 'x-request-id': String(req.id) });
      let last = req.query.after;
      let open = true;
      req.raw.on('close', () => (open = false));
      reply.raw.write(': connected\n\n');
      while (open) {
        try {
          for (const u of await listUtterances(deps.database.db, ctx, req.params.conversationId, last)) {
            last = u.id;
            reply.raw.write(`id: ${u.id}\nevent: utterance\ndata: ${JSON.stringify(u)}\n\n`);
          }
        } catch {
          break;
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      reply.raw.end();
    },
  );

  app.get(
    '/api/v1/persons/:personId/conversations',
    {
      schema: {
        tags: ['conversations'],
        summary: "A person's conversations, newest first (optionally one account's): reopen one to see its saved transcript",
        params: z.object({ personId: z.string() }),
        querystring: z.object({ accountId: z.string().optional() }),
        response: { 200: ConversationList },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'conversations.use', 'collections');
      noStore(reply);
      return { items: await listConversations(deps.database.db, ctx, { personId: req.params.personId, ...(req.query.accountId ? { accountId: req.query.accountId } : {}) }) };
    },
  );

  app.get(
    '/api/v1/conversations/:conversationId/reviews',
    { schema: { tags: ['conversations'], summary: "Proposed effects of this conversation (intents a person confirms or dismisses) and their status, with the person's proposals still waiting from elsewhere", params: z.object({ conversationId: z.string() }), response: { 200: IntentReviewList } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'conversations.use', 'collections');
      noStore(reply);
      return { items: await listConversationReviews(deps.database.db, ctx, req.params.conversationId) };
    },
  );

  app.get(
    '/api/v1/persons/:personId/intent-reviews',
    {
      schema: {
        tags: ['conversations'],
        summary: "A person's proposed effects from every conversation and inbound message: waiting, reviewed (confirmed or dismissed, with who decided and when) or all",
        params: z.object({ personId: z.string() }),
        querystring: z.object({ status: z.enum(['proposed', 'confirmed', 'dismissed', 'reviewed']).optional() }),
        response: { 200: IntentReviewList },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'intent_reviews.read', 'collections');
      noStore(reply);
      const status = req.query.status === 'reviewed' ? (['confirmed', 'dismissed'] as const) : req.query.status;
      return { items: await listIntentReviews(deps.database.db, ctx, { personId: req.params.personId, ...(status ? { status } : {}) }) };
    },
  );

  app.post(
    '/api/v1/intent-reviews/:reviewId/decision',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Confirm a proposed intent (the hold stays, or the opt-out is recorded) or dismiss it (the pause is lifted)',
        params: z.object({ reviewId: z.string() }),
        body: DecideIntentReviewRequest,
        response: { 200: IntentReview },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'holds.manage', 'collections');
      const decided = await decideIntentReview(deps.database.db, ctx, { reviewId: req.params.reviewId, decision: req.body.decision, ...(req.body.note ? { note: req.body.note } : {}) });
      await afterReviewDecision(deps.database, deps.clock, ctx.tenantId, decided);
      return decided;
    },
  );

  app.get(
    '/api/v1/persons/:personId/sentiment',
    { schema: { tags: ['conversations'], summary: "A person's sentiment trend across conversations (360 view)", params: z.object({ personId: z.string() }), response: { 200: SentimentTrend } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'accounts.read', 'collections');
      return { points: await personSentimentTrend(deps.database.db, ctx, req.params.personId) };
    },
  );

  app.get(
    '/api/v1/accounts/:accountId/contact-check',
    {
      schema: {
        tags: ['compliance'],
        summary: 'May this account be contacted on this channel now? The compliance decision with reasons',
        params: z.object({ accountId: z.string() }),
        querystring: z.object({ channel: z.enum(['call', 'sms', 'email', 'letter', 'voicemail']), at: z.string().datetime().optional() }),
        response: { 200: ContactCheck },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'accounts.read', 'collections');
      return toJson(await checkContact(deps.database.db, ctx, req.params.accountId, req.query.channel, req.query.at ? new Date(req.query.at) : undefined));
    },
  );
}
