import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { tenants, users } from '../../../modules/identity/index.js';
import {
  INTEGRATION_KINDS, WEBHOOK_EVENT_TYPES, createWebhookEndpoint, deleteWebhookEndpoint, listWebhookDeliveries, listWebhookEndpoints, updateWebhookEndpoint, dropFolderOf, listIntegrations, recentDropFiles, removeIntegration, saveIntegration, testIntegration,
} from '../../../modules/integrations/index.js';
import { resolveTenantGateway } from '../../../modules/payments/index.js';
import { dropRootFromEnv } from '../../drop-root.js';
import { tenantStripeWebhookPath } from './gateway-webhooks.js';
import type { ZodApp } from '../app.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

const Integration = z.object({
  kind: z.enum(INTEGRATION_KINDS),
  configured: z.boolean(),
  settings: z.record(z.string(), z.unknown()),
  secrets: z.array(z.object({ name: z.string(), set: z.boolean(), changedAt: z.string().nullable() })),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
const Upload = z.object({ label: z.string(), method: z.string(), url: z.string(), accepts: z.string() });
const Endpoint = z.object({ id: z.string(), url: z.string(), events: z.array(z.enum(WEBHOOK_EVENT_TYPES)), active: z.boolean(), description: z.string().nullable(), createdAt: z.string() });
const Delivery = z.object({
  id: z.string(), endpointId: z.string(), eventId: z.string(), eventType: z.string(), status: z.enum(['pending', 'delivered', 'failed']), attempts: z.number().int(),
  responseStatus: z.number().int().nullable(), lastError: z.string().nullable(), createdAt: z.string(), lastAttemptAt: z.string().nullable(), deliveredAt: z.string().nullable(),
});
const DropFile = z.object({ name: z.string(), status: z.enum(['processed', 'failed']), runId: z.string().nullable(), rejected: z.number().int(), error: z.string().nullable(), at: z.string() });

/** Admin → Integrations: the tenant's SMTP, SMS and gateway settings (secrets write-only), their tests, the upload endpoints and the drop folder. */
export function integrationRoutes(app: ZodApp, deps: AppDeps): void {
  const db = deps.database.db;
  const base = deps.publicUrl.replace(/\/$/, '');

  app.get(
    '/api/v1/admin/integrations',
    {
      schema: {
        tags: ['integrations'],
        summary: "The tenant's integrations (whether each secret is set, never its value), the upload endpoints and the drop folder",
        response: {
          200: z.object({
            items: z.array(Integration),
            environment: z.object({ smtp: z.boolean(), sms: z.boolean(), gateway: z.string() }),
            /** Which gateway takes this tenant's cards now, and the webhook URL to give its own Stripe account (needed before its signing secret exists). */
            cardPayments: z.object({ gateway: z.string(), account: z.enum(['tenant', 'installation']), webhookUrl: z.string().nullable() }),
            uploads: z.object({ endpoints: z.array(Upload), authentication: z.string() }),
            dropFolder: z.object({ path: z.string(), enabled: z.boolean(), recent: z.array(DropFile) }),
          }),
        },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      const items = await listIntegrations(db, ctx.tenantId);
      const [t] = await db.select({ slug: tenants.slug }).from(tenants).where(eq(tenants.id, ctx.tenantId));
      const env = process.env;
      const card = await resolveTenantGateway(deps.database, ctx.tenantId, deps.clock);
      noStore(reply);
      return {
        items,
        environment: {
          smtp: !!env.KINDLY_SMTP_URL,
          sms: !!(env.KINDLY_TWILIO_ACCOUNT_SID && env.KINDLY_TWILIO_AUTH_TOKEN && env.KINDLY_TWILIO_FROM),
          gateway: env.KINDLY_PAYMENT_GATEWAY === 'stripe' ? 'stripe' : 'sandbox',
        },
        cardPayments: {
          gateway: card.gateway.name,
          account: card.account,
          webhookUrl: t ? `${base}${tenantStripeWebhookPath(t.slug)}` : null,
        },
        uploads: {
          endpoints: [
            { label: 'FHIR (bundle or NDJSON), X12 837 or 835, or a balance CSV', method: 'POST', url: `${base}/api/v1/ingestion/uploads?filename=<name>`, accepts: 'the file as the request body (application/octet-stream); the kind is read from the content' },
            { label: 'Runs and rejected records', method: 'GET', url: `${base}/api/v1/ingestion/runs`, accepts: 'JSON' },
          ],
          authentication:
            'A staff session of a person or service account with the billing specialist or administrator role: sign in with POST /api/v1/auth/login, then send the session token as `Authorization: Bearer <token>` (or the session cookie). Every upload is audited under that account.',
        },
        dropFolder: { path: dropFolderOf(dropRootFromEnv(), t?.slug ?? ctx.tenantId), enabled: items.find((i) => i.kind === 'drop_folder')?.settings.enabled === true, recent: await recentDropFiles(db, ctx.tenantId) },
      };
    },
  );

  app.put(
    '/api/v1/admin/integrations/:kind',
    {
      schema: {
        tags: ['integrations'],
        summary: 'Saves one integration; a secret given is stored encrypted, null clears it, a missing one is kept; every problem listed at once',
        params: z.object({ kind: z.enum(INTEGRATION_KINDS) }),
        body: z.object({ settings: z.unknown(), secrets: z.record(z.string(), z.string().nullable()).optional() }),
        response: { 200: Integration },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      return saveIntegration(db, ctx, { kind: req.params.kind, settings: req.body.settings, secrets: req.body.secrets });
    },
  );

  app.delete(
    '/api/v1/admin/integrations/:kind',
    { schema: { tags: ['integrations'], summary: "Removes one integration: the installation's defaults apply again", params: z.object({ kind: z.enum(INTEGRATION_KINDS) }), response: { 200: z.object({ removed: z.boolean() }) } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      return { removed: await removeIntegration(db, ctx, req.params.kind) };
    },
  );

  app.post(
    '/api/v1/admin/integrations/:kind/test',
    {
      schema: {
        tags: ['integrations'],
        summary: 'Tries the saved settings: SMTP sends a real email (to the signed-in administrator unless `to` is given); Twilio and Stripe check the credentials',
        params: z.object({ kind: z.enum(INTEGRATION_KINDS) }),
        body: z.object({ to: z.string().email().optional() }).optional(),
        response: { 200: z.object({ ok: z.boolean(), message: z.string() }) },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      let to = req.body?.to;
      if (!to && req.params.kind === 'smtp') {
        const [u] = await db.select({ email: users.email }).from(users).where(eq(users.id, ctx.actor.id));
        to = u?.email;
      }
      return testIntegration(db, ctx, { kind: req.params.kind, to, ...(process.env.KINDLY_TWILIO_BASE_URL ? { twilioBaseUrl: process.env.KINDLY_TWILIO_BASE_URL } : {}) });
    },
  );

  app.get(
    '/api/v1/admin/webhooks',
    { schema: { tags: ['integrations'], summary: 'Webhook endpoints (secrets never shown) and the most recent deliveries', response: { 200: z.object({ endpoints: z.array(Endpoint), deliveries: z.array(Delivery), events: z.array(z.enum(WEBHOOK_EVENT_TYPES)) }) } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      noStore(reply);
      return { endpoints: await listWebhookEndpoints(db, ctx.tenantId), deliveries: await listWebhookDeliveries(db, ctx.tenantId), events: [...WEBHOOK_EVENT_TYPES] };
    },
  );

  app.post(
    '/api/v1/admin/webhooks',
    {
      schema: {
        tags: ['integrations'],
        summary: 'Adds an endpoint; its signing secret is in this response only',
        body: z.object({ url: z.string().max(2000), events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1), description: z.string().max(200).optional() }),
        response: { 200: Endpoint.extend({ secret: z.string() }) },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      noStore(reply);
      return createWebhookEndpoint(db, ctx, req.body);
    },
  );

  app.patch(
    '/api/v1/admin/webhooks/:id',
    {
      schema: {
        tags: ['integrations'],
        summary: 'Changes an endpoint (address, events, on/off); rollSecret issues a new secret, returned this once',
        params: z.object({ id: z.string() }),
        body: z.object({ url: z.string().max(2000).optional(), events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).optional(), active: z.boolean().optional(), rollSecret: z.boolean().optional() }),
        response: { 200: Endpoint.extend({ secret: z.string().optional() }) },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      noStore(reply);
      return updateWebhookEndpoint(db, ctx, req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/admin/webhooks/:id',
    { schema: { tags: ['integrations'], summary: 'Removes an endpoint and its delivery log', params: z.object({ id: z.string() }), response: { 200: z.object({ removed: z.boolean() }) } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      return { removed: await deleteWebhookEndpoint(db, ctx, req.params.id) };
    },
  );
}
