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
export { PaymentError, DECLINE_USER_MESSAGES } from './errors.js';
export type { PaymentErrorCode, DeclineCode } from './errors.js';
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
