import type { Clock } from '../platform/clock/index.js';
import type { Database } from '../platform/db/index.js';
import { tenantGateway, tenantGatewayStamp } from '../modules/integrations/index.js';
import { gatewayFor, StripeGateway, useGatewayResolver, type FetchLike, type GatewaySettings, type PaymentGatewayResolver, type TenantGateway } from '../modules/payments/index.js';

export interface PaymentGatewayResolverOptions {
  database: Database;
  clock?: Clock;
  /** The installation's gateway settings (KINDLY_PAYMENT_GATEWAY and its keys). */
  installation: GatewaySettings;
  /** Where tenants' Stripe requests go (tests point it at a local server that speaks Stripe's wire format). */
  stripeApiBase?: string;
  stripeFetch?: FetchLike;
}

/**
 * The one place a tenant's card gateway is chosen. A tenant that saved Stripe under Integrations
 * (provider Stripe with its publishable key, secret key and webhook signing secret) takes payments,
 * autopay, refunds and webhooks on its own Stripe account; every other tenant uses the
 * installation's gateway (the sandbox unless KINDLY_PAYMENT_GATEWAY=stripe).
 *
 * A tenant's Stripe gateway is kept per tenant with the stamp of the settings it was built from;
 * each lookup reads only the stamp (one primary-key row, nothing decrypted) and rebuilds when the
 * keys were saved since, by this process or another, so a change takes effect on the next payment.
 */
export function createPaymentGatewayResolver(opts: PaymentGatewayResolverOptions): PaymentGatewayResolver {
  const { database } = opts;
  const cache = new Map<string, { stamp: string; resolved: TenantGateway }>();
  const apiVersion = opts.installation.kind === 'stripe' ? opts.installation.apiVersion : undefined;
  const installationKey = opts.installation.kind === 'stripe' ? (opts.installation.publishableKey ?? null) : null;
  return {
    async forTenant(tenantId) {
      const stamp = await tenantGatewayStamp(database.db, tenantId);
      const cached = stamp === null ? undefined : cache.get(tenantId);
      if (cached && cached.stamp === stamp) return cached.resolved;
      cache.delete(tenantId);
      const own = stamp === null ? null : await tenantGateway(database.db, tenantId);
      if (stamp !== null && own?.provider === 'stripe' && own.publishableKey && own.secretKey && own.webhookSecret) {
        const gateway = new StripeGateway({
          secretKey: own.secretKey,
          webhookSecret: own.webhookSecret,
          ...(opts.stripeApiBase ? { apiBase: opts.stripeApiBase } : {}),
          ...(opts.stripeFetch ? { fetch: opts.stripeFetch } : {}),
          ...(apiVersion ? { apiVersion } : {}),
        });
        const resolved: TenantGateway = { gateway, account: 'tenant', publishableKey: own.publishableKey };
        cache.set(tenantId, { stamp, resolved });
        return resolved;
      }
      // Asked each time: the installation's gateway is the registry's (tests swap it in).
      return { gateway: gatewayFor(database, opts.clock), account: 'installation', publishableKey: installationKey };
    },
  };
}

/** Registers the per-tenant resolver for this database (the API and the worker call it at start). */
export function usePaymentGateways(opts: PaymentGatewayResolverOptions): PaymentGatewayResolver {
  const resolver = createPaymentGatewayResolver(opts);
  useGatewayResolver(opts.database, resolver);
  return resolver;
}
