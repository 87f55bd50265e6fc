import type { Clock } from '../../platform/clock/index.js';
import type { Database } from '../../platform/db/index.js';
import { DbSandboxStore } from './db-sandbox-store.js';
import type { PaymentGateway } from './gateway.js';
import { SandboxGateway } from './sandbox-gateway.js';
import { StripeGateway } from './stripe-gateway.js';

const registry = new WeakMap<Database, PaymentGateway>();

/**
 * The gateway from the environment: Stripe when KINDLY_PAYMENT_GATEWAY=stripe (with
 * KINDLY_STRIPE_SECRET_KEY and KINDLY_STRIPE_WEBHOOK_SECRET), otherwise the sandbox (the default),
 * whose state lives in the database.
 */
export function gatewayFromEnv(database: Database, env: NodeJS.ProcessEnv = process.env, clock?: Clock): PaymentGateway {
  if (env.KINDLY_PAYMENT_GATEWAY === 'stripe') {
    if (!env.KINDLY_STRIPE_SECRET_KEY || !env.KINDLY_STRIPE_WEBHOOK_SECRET) {
      throw new Error('KINDLY_PAYMENT_GATEWAY=stripe needs KINDLY_STRIPE_SECRET_KEY and KINDLY_STRIPE_WEBHOOK_SECRET');
    }
    return new StripeGateway({
      secretKey: env.KINDLY_STRIPE_SECRET_KEY,
      webhookSecret: env.KINDLY_STRIPE_WEBHOOK_SECRET.split(','),
      ...(env.KINDLY_STRIPE_API_VERSION ? { apiVersion: env.KINDLY_STRIPE_API_VERSION } : {}),
    });
  }
  return new SandboxGateway({ store: new DbSandboxStore(database), ...(clock ? { clock: () => clock.now() } : {}), webhookSecret: env.KINDLY_SANDBOX_WEBHOOK_SECRET ?? 'whsec_kindly_sandbox' });
}

/** The process's gateway for this database (made once from the environment, on the given clock). */
export function gatewayFor(database: Database, clock?: Clock): PaymentGateway {
  let gateway = registry.get(database);
  if (!gateway) {
    gateway = gatewayFromEnv(database, process.env, clock);
    registry.set(database, gateway);
  }
  return gateway;
}

/** Uses this gateway for the database from now on (tests, or a composition root that builds its own). */
export function useGateway(database: Database, gateway: PaymentGateway): void {
  registry.set(database, gateway);
}
