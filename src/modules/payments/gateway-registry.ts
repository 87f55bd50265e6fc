import { createHmac } from 'node:crypto';
import type { Clock } from '../../platform/clock/index.js';
import type { Database } from '../../platform/db/index.js';
import { DbSandboxStore } from './db-sandbox-store.js';
import type { PaymentGateway } from './gateway.js';
import { SandboxGateway } from './sandbox-gateway.js';
import { StripeGateway } from './stripe-gateway.js';

const registry = new WeakMap<Database, PaymentGateway>();
const installationSecrets = new WeakMap<Database, string>();

/**
 * The sandbox's webhook secret for this installation: derived from the application secret
 * (KINDLY_SECRET, or the one generated once and kept in app_settings, like the portal link key),
 * so every process of one installation agrees and no two installations share it.
 */
export function sandboxWebhookSecret(appSecret: string): string {
  return `whsec_${createHmac('sha256', appSecret).update('kindly-sandbox-webhooks-v1').digest('base64url')}`;
}

/** Tells the registry this installation's application secret (the composition root calls it at start). */
export function useInstallationSecret(database: Database, appSecret: string): void {
  installationSecrets.set(database, appSecret);
}

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
  const appSecret = installationSecrets.get(database);
  // Configured, else per installation, else (no installation secret known) random for this process.
  const webhookSecret = env.KINDLY_SANDBOX_WEBHOOK_SECRET || (appSecret ? sandboxWebhookSecret(appSecret) : undefined);
  return new SandboxGateway({ store: new DbSandboxStore(database), ...(clock ? { clock: () => clock.now() } : {}), ...(webhookSecret ? { webhookSecret } : {}) });
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
