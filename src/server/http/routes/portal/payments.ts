import { z } from 'zod';
import { AppError } from '../../../../platform/errors/index.js';
import { isPaymentError, resolveTenantGateway, SandboxGateway } from '../../../../modules/payments/index.js';
import { portalEmail } from '../../../portal-email.js';
import { payPortalBalance } from '../../../../modules/portal/index.js';
import type { ZodApp } from '../../app.js';
import { CardToken, PortalPaymentResult } from '../../contracts/portal.js';
import { noStore, type AppDeps } from '../../context.js';
import { LinkHeaders, portalAccess, portalDocs } from './access.js';

/** Paying from the portal: a card token (sandbox stand-in for the gateway's script), then the payment. */
export function portalPaymentRoutes(app: ZodApp, deps: AppDeps): void {
  const gateway = async (tenantId: string) => (await resolveTenantGateway(deps.database, tenantId, deps.clock)).gateway;
  const { tags, security } = portalDocs;

  app.post(
    '/api/v1/portal/card-tokens',
    {
      schema: {
        tags,
        security,
        summary: 'Sandbox only: stands in for the gateway’s client-side tokenization (Stripe.js). The number is dropped at once; only a token, brand and last 4 come back.',
        headers: LinkHeaders,
        body: z.object({ number: z.string().min(12).max(23), expMonth: z.number().int().min(1).max(12), expYear: z.number().int().min(2000).max(2100), cvc: z.string().max(4).optional() }),
        response: { 200: CardToken },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'pay' });
      const g = await gateway(access.ctx.tenantId);
      if (!(g instanceof SandboxGateway)) throw new AppError('not_found', { message: 'card tokens come from the gateway’s own script when a real gateway is configured' });
      try {
        return await g.tokenizeCard({ number: req.body.number, expMonth: req.body.expMonth, expYear: req.body.expYear, tenantId: access.ctx.tenantId });
      } catch (err) {
        if (isPaymentError(err)) {
          throw new AppError('validation_failed', {
            message: err.reason,
            userMessage: access.language === 'es' ? 'El número de tarjeta no parece correcto. Revíselo e inténtelo de nuevo.' : err.userMessage,
            issues: [{ path: 'number', message: err.reason }],
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
        response: { 200: PortalPaymentResult },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      noStore(reply);
      const access = await portalAccess(deps, req, { requireSession: true, action: 'pay' });
      return payPortalBalance({ database: deps.database, gateway: await gateway(access.ctx.tenantId), access, email: portalEmail, ...req.body });
    },
  );
}
