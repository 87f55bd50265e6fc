import { z } from 'zod';
import { JsonObject } from './common.js';

/** One of the tenant's integrations (smtp, sms, gateway, drop_folder): its settings and whether each secret is set, never its value. */
export const Integration = z.object({
  kind: z.string(),
  configured: z.boolean(),
  /** The saved settings of this kind (host and sender, provider and number...), as saved. */
  settings: JsonObject,
  secrets: z.array(z.object({ name: z.string(), set: z.boolean(), changedAt: z.string().nullable() })),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Integration = z.infer<typeof Integration>;

export const UploadEndpoint = z.object({ label: z.string(), method: z.string(), url: z.string(), accepts: z.string() });
export type UploadEndpoint = z.infer<typeof UploadEndpoint>;

/** A file the drop folder took: processed into a run, or failed with why. */
export const DropFile = z.object({ name: z.string(), status: z.enum(['processed', 'failed']), runId: z.string().nullable(), rejected: z.number().int(), error: z.string().nullable(), at: z.string() });
export type DropFile = z.infer<typeof DropFile>;

/** Admin → Integrations: the tenant's integrations, what the installation provides, the upload endpoints and the drop folder. */
export const IntegrationsPage = z.object({
  items: z.array(Integration),
  /** What the installation itself is configured with (used when the tenant has not set its own). */
  environment: z.object({ smtp: z.boolean(), sms: z.boolean(), gateway: z.string() }),
  /** Which gateway takes this tenant's cards now, and the webhook URL to give its own Stripe account (needed before its signing secret exists). */
  cardPayments: z.object({ gateway: z.string(), account: z.enum(['tenant', 'installation']), webhookUrl: z.string().nullable() }),
  uploads: z.object({ endpoints: z.array(UploadEndpoint), authentication: z.string() }),
  dropFolder: z.object({ path: z.string(), enabled: z.boolean(), recent: z.array(DropFile) }),
});
export type IntegrationsPage = z.infer<typeof IntegrationsPage>;

export const Removed = z.object({ removed: z.boolean() });
export type Removed = z.infer<typeof Removed>;
export const IntegrationTest = z.object({ ok: z.boolean(), message: z.string() });
export type IntegrationTest = z.infer<typeof IntegrationTest>;

/** A webhook endpoint (its signing secret is never shown after it is issued). */
export const WebhookEndpoint = z.object({ id: z.string(), url: z.string(), events: z.array(z.string()), active: z.boolean(), description: z.string().nullable(), createdAt: z.string() });
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** One delivery of an event to an endpoint, with its attempts and the last answer. */
export const WebhookDelivery = z.object({
  id: z.string(),
  endpointId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookList = z.object({ endpoints: z.array(WebhookEndpoint), deliveries: z.array(WebhookDelivery), events: z.array(z.string()) });
export type WebhookList = z.infer<typeof WebhookList>;

/** A new endpoint with its signing secret: in this response only. */
export const CreatedWebhook = WebhookEndpoint.extend({ secret: z.string() });
export type CreatedWebhook = z.infer<typeof CreatedWebhook>;

/** A changed endpoint; a rolled secret is in this response only. */
export const UpdatedWebhook = WebhookEndpoint.extend({ secret: z.string().optional() });
export type UpdatedWebhook = z.infer<typeof UpdatedWebhook>;
