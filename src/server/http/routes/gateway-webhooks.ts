import { eq } from 'drizzle-orm';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../platform/errors/index.js';
import { tenants } from '../../../modules/identity/index.js';
import { isPaymentError, recordGatewayEvent, resolveTenantGateway } from '../../../modules/payments/index.js';
import type { ZodApp } from '../app.js';
import type { AppDeps } from '../context.js';

/** The URL path a tenant gives its own Stripe account as the webhook endpoint. */
export const tenantStripeWebhookPath = (tenantSlug: string) => `/api/v1/payments/webhooks/stripe/${encodeURIComponent(tenantSlug)}`;

/**
 * A tenant's own Stripe account's webhook: one URL per tenant (by its slug), verified with that
 * tenant's webhook signing secret, so an event signed for one hospital is refused at another's
 * URL. The event settles only that tenant's payments; events are stored once by their id. A tenant
 * without its own Stripe keys has no such endpoint (the installation's account uses
 * /api/v1/payments/webhooks/stripe).
 */
export function gatewayWebhookRoutes(app: ZodApp, deps: AppDeps): void {
  // The signature covers the exact bytes Stripe sent: this scope's JSON parser keeps the raw string.
  app.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/payments/webhooks/stripe/:tenantSlug',
      {
        schema: {
          tags: ['payments'],
          security: [],
          summary: "A tenant's own Stripe account's webhook (Stripe-Signature verified with that tenant's signing secret on the raw body); records the event once and settles that tenant's waiting payments",
          params: z.object({ tenantSlug: z.string().min(1).max(100) }),
          response: { 200: z.object({ received: z.literal(true), duplicate: z.boolean(), type: z.string() }) },
        },
        config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
      },
      async (req) => {
        const signature = req.headers['stripe-signature'];
        if (typeof req.body !== 'string' || typeof signature !== 'string') {
          throw new AppError('bad_request', { message: 'a raw JSON body and a Stripe-Signature header are required' });
        }
        const [tenant] = await deps.database.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, req.params.tenantSlug));
        const resolved = tenant ? await resolveTenantGateway(deps.database, tenant.id, deps.clock) : null;
        if (!tenant || resolved?.account !== 'tenant') {
          throw new AppError('not_found', { message: `no tenant with its own Stripe account at ${req.params.tenantSlug}` });
        }
        try {
          const r = await recordGatewayEvent({ database: deps.database, gateway: resolved.gateway, payload: req.body, signatureHeader: signature, clock: deps.clock, tenantId: tenant.id });
          return { received: true as const, duplicate: !r.recorded, type: r.event.gatewayType };
        } catch (err) {
          if (isPaymentError(err)) throw new AppError('bad_request', { message: `webhook rejected: ${err.reason}` });
          throw err;
        }
      },
    );
  });
}
