import type { DeclineCode } from './errors.js';

export type ChargeStatus = 'succeeded' | 'requires_action' | 'processing' | 'failed' | 'canceled';

/** What Kindly keeps about a card: never the number. */
export interface CardSummary {
  brand: string;
  last4: string;
}

export interface ChargeFailure {
  code: DeclineCode;
  /** For staff and logs (no PHI, no card data). */
  message: string;
  /** For the patient. */
  userMessage: string;
}

export interface Charge {
  id: string;
  status: ChargeStatus;
  amountCents: number;
  currency: string;
  card: CardSummary | null;
  failure: ChargeFailure | null;
  /** Present when the bank asks the patient to authenticate (3-D Secure) before confirmChargeRequest. */
  nextAction: { type: 'authenticate'; redirectUrl: string | null; clientSecret: string | null } | null;
  amountRefundedCents: number;
  metadata: Record<string, string>;
}

export interface CreateChargeRequest {
  amountCents: number;
  currency?: string;
  /** A payment-method token from client-side tokenization; card numbers never reach the server. */
  paymentMethod: string;
  /** The same key replays the same result and never charges twice. */
  idempotencyKey: string;
  description?: string;
  /** IDs only (account, plan, installment): no PHI. */
  metadata?: Record<string, string>;
  /** Where the bank's authentication page sends the patient back. */
  returnUrl?: string;
  /** The tenant charging: a gateway that scopes tokens refuses a token made for another tenant. */
  tenantId?: string;
}

export interface ConfirmChargeRequest {
  chargeId: string;
  idempotencyKey: string;
  returnUrl?: string;
}

export interface RefundRequest {
  chargeId: string;
  /** Absent: whatever is left to refund. */
  amountCents?: number;
  idempotencyKey: string;
  reason?: 'duplicate' | 'requested_by_customer' | 'fraudulent';
}

export interface Refund {
  id: string;
  chargeId: string;
  amountCents: number;
  status: 'succeeded' | 'pending' | 'failed';
}

export type GatewayEventType = 'payment_succeeded' | 'payment_failed' | 'refund_succeeded' | 'other';

/** A verified webhook event in gateway-neutral form. */
export interface GatewayEvent {
  id: string;
  type: GatewayEventType;
  /** The gateway's own event type, e.g. payment_intent.succeeded. */
  gatewayType: string;
  chargeId: string | null;
  /** The payment amount; for refunds, the charge's total refunded so far. */
  amountCents: number;
  currency: string;
  occurredAt: string;
  failure: ChargeFailure | null;
  metadata: Record<string, string>;
}

/** The seam every payment gateway implements (sandbox by default, Stripe in production). */
export interface PaymentGateway {
  readonly name: string;
  /** Creates and confirms a charge. A decline is a `failed` charge, not an exception. */
  createCharge(req: CreateChargeRequest): Promise<Charge>;
  /** Finishes a charge after the patient authenticated (3-D Secure). */
  confirmCharge(req: ConfirmChargeRequest): Promise<Charge>;
  refund(req: RefundRequest): Promise<Refund>;
  /** The gateway's own current view of a charge: webhooks are checked against it before money moves. */
  retrieveCharge(chargeId: string): Promise<Charge>;
  /** Verifies the signature of a raw webhook body and parses it; throws PaymentError when not genuine. */
  parseWebhook(payload: string, signatureHeader: string, now: Date): GatewayEvent;
}
