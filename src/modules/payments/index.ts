// Payments: the gateway seam (sandbox by default, Stripe adapter), webhooks, reconciliation,
// and secure links (signed tokens, identity check, attempt limits). Card numbers are never stored.
export type {
  PaymentGateway,
  Charge,
  ChargeStatus,
  ChargeFailure,
  CardSummary,
  CreateChargeRequest,
  ConfirmChargeRequest,
  RefundRequest,
  Refund,
  GatewayEvent,
  GatewayEventType,
} from './gateway.js';
export { paymentError, isPaymentError, PAYMENT_ERROR_CODES, DECLINE_USER_MESSAGES } from './errors.js';
export type { PaymentError, PaymentErrorCode, DeclineCode } from './errors.js';
export { SandboxGateway, InMemorySandboxStore, SANDBOX_TEST_CARDS } from './sandbox-gateway.js';
export type {
  SandboxGatewayOptions,
  SandboxStore,
  SandboxPaymentMethod,
  SandboxChargeRecord,
  SandboxScenario,
  IdempotencyRecord,
  WebhookDelivery,
} from './sandbox-gateway.js';
export { StripeGateway } from './stripe-gateway.js';
export type { StripeGatewayOptions, FetchLike } from './stripe-gateway.js';
export { verifyStripeSignature, signStripePayload, stripeSignature, WEBHOOK_TOLERANCE_SECONDS } from './stripe-signature.js';
export { formEncode, gatewayEventFromStripe } from './stripe-wire.js';
export { luhnValid, cardBrand } from './card.js';
export { reconcile } from './reconcile-payments.js';
export type { LedgerPayment, ReconcileReport, ReconcileMatch } from './reconcile-payments.js';
export { LINK_ACTIONS, MIN_SECRET_BYTES } from './link-token-format.js';
export type { LinkAction, LinkClaims, LinkTokenError, VerifyLinkTokenResult } from './link-token-format.js';
export { createLinkToken } from './create-link-token.js';
export type { CreateLinkTokenOptions } from './create-link-token.js';
export { verifyLinkToken, linkAllows } from './verify-link-token.js';
export type { VerifyLinkTokenOptions } from './verify-link-token.js';
export { verifyIdentity, normalizeName, normalizeDateOfBirth, normalizeZip } from './verify-identity.js';
export type { IdentityOnFile, IdentityGiven, IdentityCheck } from './verify-identity.js';
export {
  checkIdentityAttempt,
  recordIdentityAttempt,
  DEFAULT_IDENTITY_ATTEMPT_POLICY,
  NO_IDENTITY_ATTEMPTS,
} from './identity-attempts.js';
export type { IdentityAttemptState, IdentityAttemptPolicy, IdentityAttemptStatus } from './identity-attempts.js';

// Persistence and use cases: links, identity check with persisted lockout, charges with
// database idempotency, refunds, webhooks, reconciliation.
export { paymentLinks, portalSessions, payments, paymentRefunds, gatewayEvents } from './schema.js';
export type { PaymentRow, RefundRow, PaymentStatus, PaymentChannel } from './schema.js';
export { portalLinkSecret } from './link-secret.js';
export { createPaymentLink, DEFAULT_LINK_ACTIONS, DEFAULT_LINK_TTL_MINUTES } from './create-payment-link.js';
export type { CreatePaymentLinkOptions, CreatedPaymentLink } from './create-payment-link.js';
export { revokePaymentLink, listPaymentLinks } from './revoke-payment-link.js';
export { openPaymentLink } from './open-payment-link.js';
export type { OpenPaymentLinkResult, PaymentLinkRow } from './open-payment-link.js';
export { verifyLinkHolder, resolvePortalSession, PORTAL_SESSION_MINUTES } from './verify-link-holder.js';
export { endPortalSession } from './end-portal-session.js';
export type { VerifyLinkHolderOptions, VerifyLinkHolderResult, PortalSession } from './verify-link-holder.js';
export { DbSandboxStore } from './db-sandbox-store.js';
export { gatewayFor, createGateway, useGateway, type GatewaySettings, useInstallationSecret, sandboxWebhookSecret } from './gateway-registry.js';
export { resolveTenantGateway, useGatewayResolver, type PaymentGatewayResolver, type TenantGateway } from './gateway-registry.js';
export { payWithCard, paymentView } from './pay-with-card.js';
export type { PayWithCardOptions, PayWithCardResult, PaymentView } from './pay-with-card.js';
export { settleSucceededPayment, settleFailedPayment, PAYMENT_LEDGER_SOURCE, REFUND_LEDGER_SOURCE } from './settle-payment.js';
export { refundPayment } from './refund-payment.js';
export type { RefundPaymentOptions } from './refund-payment.js';
export { recordCheckRefund } from './record-check-refund.js';
export { refundAccountExcess } from './refund-account-excess.js';
export type { RefundAccountExcessOptions } from './refund-account-excess.js';
export { recordGatewayEvent, drainSandboxWebhooks, listUnsettledPayments } from './record-gateway-event.js';
export type { RecordGatewayEventResult } from './record-gateway-event.js';
export { buildReconciliationReport } from './build-reconciliation-report.js';
export type { ReconciliationReport } from './build-reconciliation-report.js';
export { lockAccount, lockAccountOfPayment } from './lock-account.js';
export {
  MESSAGE_LINK_ACTIONS,
  LETTER_LINK_TTL_MINUTES,
  formatLinkCode,
  messageLinkPath,
  messageLinkId,
  insertMessageLinks,
  openMessageLink,
} from './message-links.js';
export type { MessageLinkRow, OpenMessageLinkResult } from './message-links.js';
export { LINK_CODE_LENGTH, newLinkCode, normalizeLinkCode } from './link-code.js';
