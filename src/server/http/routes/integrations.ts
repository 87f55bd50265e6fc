import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { tenants, users } from '../../../modules/identity/index.js';
import {
  INTEGRATION_KINDS, WEBHOOK_EVENT_TYPES, createWebhookEndpoint, deleteWebhookEndpoint, listWebhookDeliveries, listWebhookEndpoints, updateWebhookEndpoint, dropFolderOf, listIntegrations, recentDropFiles, removeIntegration, saveIntegration, testIntegration,
} from '../../../modules/integrations/index.js';
import { smsSendsTexts } from '../../config.js';
import { resolveTenantGateway } from '../../../modules/payments/index.js';
import { tenantStripeWebhookPath } from './gateway-webhooks.js';
import type { ZodApp } from '../app.js';
import { CreatedWebhook, Integration, IntegrationsPage, IntegrationTest, Removed, UpdatedWebhook, WebhookList } from '../contracts/integrations.js';
import { installationOf, noStore, requirePermission, type AppDeps } from '../context.js';

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
        response: { 200: IntegrationsPage },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      const items = await listIntegrations(db, ctx.tenantId);
      const [t] = await db.select({ slug: tenants.slug }).from(tenants).where(eq(tenants.id, ctx.tenantId));
      const installation = installationOf(deps);
      const card = await resolveTenantGateway(deps.database, ctx.tenantId, deps.clock);
      noStore(reply);
      return {
        items,
        environment: { smtp: installation.smtp, sms: smsSendsTexts(deps.sms), gateway: installation.gateway },
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
        dropFolder: { path: dropFolderOf(installation.dropDir, t?.slug ?? ctx.tenantId), enabled: items.find((i) => i.kind === 'drop_folder')?.settings.enabled === true, recent: await recentDropFiles(db, ctx.tenantId) },
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
    { schema: { tags: ['integrations'], summary: "Removes one integration: the installation's defaults apply again", params: z.object({ kind: z.enum(INTEGRATION_KINDS) }), response: { 200: Removed } } },
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
        response: { 200: IntegrationTest },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      let to = req.body?.to;
      if (!to && req.params.kind === 'smtp') {
        const [u] = await db.select({ email: users.email }).from(users).where(eq(users.id, ctx.actor.id));
        to = u?.email;
      }
      return testIntegration(db, ctx, { kind: req.params.kind, to, twilioBaseUrl: deps.sms?.baseUrl });
    },
  );

  app.get(
    '/api/v1/admin/webhooks',
    { schema: { tags: ['integrations'], summary: 'Webhook endpoints (secrets never shown) and the most recent deliveries', response: { 200: WebhookList } } },
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
        response: { 200: CreatedWebhook },
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
        response: { 200: UpdatedWebhook },
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
    { schema: { tags: ['integrations'], summary: 'Removes an endpoint and its delivery log', params: z.object({ id: z.string() }), response: { 200: Removed } } },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'config.manage', 'operations');
      return { removed: await deleteWebhookEndpoint(db, ctx, req.params.id) };
    },
  );
}
