import { and, desc, eq } from 'drizzle-orm';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../platform/errors/index.js';
import {
  buildReconciliationReport,
  createPaymentLink,
  gatewayFor,
  LINK_ACTIONS,
  listPaymentLinks,
  isPaymentError,
  paymentRefunds,
  payments,
  paymentView,
  payWithCard,
  recordGatewayEvent,
  refundPayment,
  resolveTenantGateway,
  revokePaymentLink,
  SandboxGateway,
} from '../../../modules/payments/index.js';
import { sendPaymentReceipt } from '../../../modules/portal/index.js';
import type { ZodApp } from '../app.js';
import { AccountPayments, CardPaymentResult, CardToken, CreatedPaymentLink, PaymentLinkList, ReconciliationReport, Refund, RevokedPaymentLink, WebhookReceipt } from '../contracts/payments.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';
import { toJson } from '../json.js';
import { portalEmail } from '../../portal-email.js';

/**
 * Staff payment endpoints (secure links, card payments taken by phone, refunds, reconciliation)
 * and the gateway's webhook.
 */
export function paymentRoutes(app: ZodApp, deps: AppDeps): void {
  // The installation's own account (its webhook below); a tenant's payments use the tenant's gateway.
  const gateway = () => gatewayFor(deps.database, deps.clock);
  const tenantGateway = async (tenantId: string) => (await resolveTenantGateway(deps.database, tenantId, deps.clock)).gateway;
  const tags = ['payments'];

  app.post(
    '/api/v1/accounts/:accountId/payment-links',
    {
      schema: {
        tags,
        summary: 'Issue a signed, expiring portal link scoped to this account and some actions',
        params: z.object({ accountId: z.string() }),
        body: z.object({ actions: z.array(z.enum(LINK_ACTIONS)).min(1).optional(), ttlMinutes: z.number().int().min(1).max(90 * 24 * 60).optional(), purpose: z.string().max(50).optional() }).default({}),
        response: { 200: CreatedPaymentLink },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'payments.collect');
      noStore(reply);
      return deps.database.db.transaction((tx) =>
        createPaymentLink({ q: tx, ctx, accountId: req.params.accountId, appSecret: deps.secret, publicUrl: deps.publicUrl, actions: req.body.actions, ttlMinutes: req.body.ttlMinutes, purpose: req.body.purpose ?? 'staff' }),
      );
    },
  );

  app.get(
    '/api/v1/accounts/:accountId/payment-links',
    { schema: { tags, summary: "An account's portal links and their state (tokens are never stored)", params: z.object({ accountId: z.string() }), response: { 200: PaymentLinkList } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'payments.collect');
      return { items: await listPaymentLinks({ q: deps.database.db, ctx, accountId: req.params.accountId }) };
    },
  );

  app.post(
    '/api/v1/payment-links/:linkId/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a portal link at once (its sessions end)',
        params: z.object({ linkId: z.string() }),
        body: z.object({ reason: z.string().max(200).optional() }).default({}),
        response: { 200: RevokedPaymentLink },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'payments.collect');
      return deps.database.db.transaction((tx) => revokePaymentLink({ q: tx, ctx, linkId: req.params.linkId, reason: req.body.reason }));
    },
  );

  app.get(
    '/api/v1/accounts/:accountId/payments',
    { schema: { tags, summary: "An account's card payments and refunds", params: z.object({ accountId: z.string() }), response: { 200: AccountPayments } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'accounts.read', 'by_role');
      noStore(reply);
      const ps = await deps.database.db.select().from(payments).where(and(eq(payments.tenantId, ctx.tenantId), eq(payments.accountId, req.params.accountId))).orderBy(desc(payments.createdAt));
      const rs = await deps.database.db.select().from(paymentRefunds).where(and(eq(paymentRefunds.tenantId, ctx.tenantId), eq(paymentRefunds.accountId, req.params.accountId))).orderBy(desc(paymentRefunds.createdAt));
      return toJson({ payments: ps.map((p) => ({ ...paymentView(p), channel: p.channel, refundedCents: p.refundedCents, idempotencyKey: p.idempotencyKey })), refunds: rs });
    },
  );

  app.post(
    '/api/v1/accounts/:accountId/payments',
    {
      schema: {
        tags,
        summary: 'Take a card payment for the patient (by phone or at the desk) with a card token; idempotent per key',
        params: z.object({ accountId: z.string() }),
        body: z.object({ idempotencyKey: z.string().min(8).max(100), paymentMethod: z.string().min(3).max(200), amountCents: z.number().int().positive(), sendReceipt: z.boolean().default(true) }),
        response: { 200: CardPaymentResult },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'payments.collect');
      noStore(reply);
      const r = await payWithCard({
        database: deps.database,
        gateway: await tenantGateway(ctx.tenantId),
        ctx,
        accountId: req.params.accountId,
        amountCents: req.body.amountCents,
        paymentMethod: req.body.paymentMethod,
        idempotencyKey: `staff:${req.body.idempotencyKey}`,
        channel: 'staff',
      });
      if (r.payment.status === 'failed') {
        throw new AppError('payment_declined', { message: `declined: ${r.payment.failure?.code}`, userMessage: r.payment.failure?.userMessage });
      }
      if (r.payment.status === 'succeeded' && req.body.sendReceipt) await sendPaymentReceipt({ database: deps.database, clock: deps.clock, email: portalEmail, paymentId: r.payment.id, language: 'en' });
      return r;
    },
  );

  app.post(
    '/api/v1/payments/card-tokens',
    {
      schema: {
        tags,
        summary: 'Sandbox only: card tokenization for staff testing (the number is dropped; a token comes back)',
        body: z.object({ number: z.string().min(12).max(23), expMonth: z.number().int().min(1).max(12), expYear: z.number().int().min(2000).max(2100) }),
        response: { 200: CardToken },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'payments.collect');
      const g = await tenantGateway(ctx.tenantId);
      if (!(g instanceof SandboxGateway)) throw new AppError('not_found', { message: 'tokenization happens at the gateway when a real one is configured' });
      try {
        return await g.tokenizeCard({ ...req.body, tenantId: ctx.tenantId });
      } catch (err) {
        if (isPaymentError(err)) throw new AppError('validation_failed', { message: err.reason, userMessage: err.userMessage, issues: [{ path: 'number', message: err.reason }] });
        throw err;
      }
    },
  );

  app.post(
    '/api/v1/payments/:paymentId/refunds',
    {
      schema: {
        tags,
        summary: 'Refund (part of) a card payment through the gateway; posts a refund entry; idempotent per key',
        params: z.object({ paymentId: z.string() }),
        body: z.object({ idempotencyKey: z.string().min(8).max(100), amountCents: z.number().int().positive().optional(), reason: z.string().min(1).max(100).default('requested_by_customer') }),
        response: { 200: Refund },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'payments.refund');
      const r = await refundPayment({ database: deps.database, gateway: await tenantGateway(ctx.tenantId), ctx, paymentId: req.params.paymentId, amountCents: req.body.amountCents, reason: req.body.reason, idempotencyKey: `staff:${req.body.idempotencyKey}` });
      return toJson(r);
    },
  );

  app.get(
    '/api/v1/payments/reconciliation',
    {
      schema: {
        tags,
        summary: 'Gateway events against the ledger: matched, missing on either side, amount mismatches, unsettled payments',
        querystring: z.object({ from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional() }),
        response: { 200: ReconciliationReport },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'ledger.verify');
      noStore(reply);
      const report = await buildReconciliationReport(deps.database.db, {
        tenantId: ctx.tenantId,
        ...(req.query.from ? { from: new Date(req.query.from) } : {}),
        ...(req.query.to ? { to: new Date(req.query.to) } : {}),
      });
      return { ...report, ok: report.missingInLedger.length === 0 && report.missingAtGateway.length === 0 && report.amountMismatches.length === 0 };
    },
  );

  // The webhook needs the exact bytes the gateway signed: its own JSON parser keeps the raw string.
  app.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/payments/webhooks/stripe',
      {
        schema: {
          tags,
          security: [],
          summary: 'Gateway webhook (Stripe-Signature verified on the raw body); records the event once and settles waiting payments',
          response: { 200: WebhookReceipt },
        },
        config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
      },
      async (req) => {
        const signature = req.headers['stripe-signature'];
        if (typeof req.body !== 'string' || typeof signature !== 'string') {
          throw new AppError('bad_request', { message: 'a raw JSON body and a Stripe-Signature header are required' });
        }
        try {
          const r = await recordGatewayEvent({ database: deps.database, gateway: gateway(), payload: req.body, signatureHeader: signature, clock: deps.clock });
          return { received: true as const, duplicate: !r.recorded, type: r.event.gatewayType };
        } catch (err) {
          if (isPaymentError(err)) throw new AppError('bad_request', { message: `webhook rejected: ${err.reason}` });
          throw err;
        }
      },
    );
  });
}
