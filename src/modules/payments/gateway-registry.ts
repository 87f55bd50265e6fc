import { createHmac } from 'node:crypto';
import type { Clock } from '../../platform/clock/index.js';
import type { Database } from '../../platform/db/index.js';
import { DbSandboxStore } from './db-sandbox-store.js';
import type { PaymentGateway } from './gateway.js';
import { SandboxGateway } from './sandbox-gateway.js';
import { StripeGateway } from './stripe-gateway.js';

const registry = new WeakMap<Database, PaymentGateway>();
const resolvers = new WeakMap<Database, PaymentGatewayResolver>();
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
 * Which gateway an installation uses (KINDLY_PAYMENT_GATEWAY and its keys, read by the composition
 * root): Stripe, or the sandbox (the default), whose state lives in the database.
 */
export type GatewaySettings =
  | { kind: 'sandbox'; /** Configured webhook secret; absent: derived from the installation secret. */ webhookSecret?: string }
  | { kind: 'stripe'; secretKey: string; webhookSecrets: string[]; apiVersion?: string; /** pk_...: what the portal's card form loads Stripe.js with. */ publishableKey?: string };

/** The gateway for these settings (the sandbox when none are given). */
export function createGateway(database: Database, settings: GatewaySettings = { kind: 'sandbox' }, clock?: Clock): PaymentGateway {
  if (settings.kind === 'stripe') {
    return new StripeGateway({ secretKey: settings.secretKey, webhookSecret: settings.webhookSecrets, ...(settings.apiVersion ? { apiVersion: settings.apiVersion } : {}) });
  }
  const appSecret = installationSecrets.get(database);
  // Configured, else per installation, else (no installation secret known) random for this process.
  const webhookSecret = settings.webhookSecret || (appSecret ? sandboxWebhookSecret(appSecret) : undefined);
  return new SandboxGateway({ store: new DbSandboxStore(database), ...(clock ? { clock: () => clock.now() } : {}), ...(webhookSecret ? { webhookSecret } : {}) });
}

/**
 * The process's gateway for this database: the one the composition root chose (useGateway), else
 * the sandbox, made once on the given clock.
 */
export function gatewayFor(database: Database, clock?: Clock): PaymentGateway {
  let gateway = registry.get(database);
  if (!gateway) {
    gateway = createGateway(database, { kind: 'sandbox' }, clock);
    registry.set(database, gateway);
  }
  return gateway;
}

/** Uses this gateway for the database from now on (tests, or a composition root that builds its own). */
export function useGateway(database: Database, gateway: PaymentGateway): void {
  registry.set(database, gateway);
}

/** The gateway that takes one tenant's card payments, and what the portal's card form needs for it. */
export interface TenantGateway {
  gateway: PaymentGateway;
  /** `tenant`: the tenant's own account (its keys saved under Integrations); `installation`: the server's. */
  account: 'tenant' | 'installation';
  /** The publishable key the card form loads the gateway's script with; null: the sandbox form. */
  publishableKey: string | null;
}

/**
 * Chooses the gateway per tenant. The composition root builds it (from the tenant's saved keys and
 * the installation's settings) and registers it with useGatewayResolver; payments, plans, the
 * portal and the webhook route ask it and never read integration settings themselves.
 */
export interface PaymentGatewayResolver {
  forTenant(tenantId: string): Promise<TenantGateway>;
}

/** Uses this resolver for the database from now on (the composition root, or a test). */
export function useGatewayResolver(database: Database, resolver: PaymentGatewayResolver | null): void {
  if (resolver) resolvers.set(database, resolver);
  else resolvers.delete(database);
}

/**
 * The gateway for this tenant's payments: the registered resolver's answer, else (no resolver, as
 * in a bare test) the installation's gateway with the sandbox card form.
 */
export async function resolveTenantGateway(database: Database, tenantId: string, clock?: Clock): Promise<TenantGateway> {
  const resolver = resolvers.get(database);
  if (resolver) return resolver.forTenant(tenantId);
  return { gateway: gatewayFor(database, clock), account: 'installation', publishableKey: null };
}
