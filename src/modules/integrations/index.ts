// A tenant's outside connections: SMTP, SMS provider and payment gateway settings (secrets
// encrypted, never shown), their connection tests, and the drop folder the worker ingests from.
export { tenantIntegrations, dropFolderFiles, INTEGRATIONS_ENCRYPTED_TABLES } from './schema.js';
export { INTEGRATION_KINDS, SECRET_NAMES, SECRET_WORDS, smtpUrl, stripeMode, type IntegrationKind, type SmtpConfig, type SmsConfig, type GatewayConfig } from './settings.js';
export {
  listIntegrations, saveIntegration, removeIntegration, checkIntegration, tenantSmtp, tenantSms, tenantGateway, tenantGatewayStamp, dropFolderEnabled, integrationsStamp,
  type IntegrationView, type SaveIntegrationOptions,
} from './tenant-integrations.js';
export { testIntegration, type IntegrationTestResult, type TestIntegrationOptions } from './test-integration.js';
export { scanDropFolders, recentDropFiles, dropFolderOf, isPending, type DropFolderResult } from './drop-folder.js';
export {
  WEBHOOK_SIGNATURE_HEADER, WEBHOOK_MAX_ATTEMPTS, signWebhook, verifyWebhookSignature, listWebhookEndpoints, createWebhookEndpoint, updateWebhookEndpoint, deleteWebhookEndpoint,
  listWebhookDeliveries, dispatchWebhookEvents, deliverWebhook, type WebhookEndpointView, type EnqueueWebhookDeliveries, type DeliverWebhookOptions,
} from './webhooks.js';
export { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../platform/events/index.js';
