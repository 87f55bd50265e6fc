import { DECLINE_USER_MESSAGES, type DeclineCode } from './errors.js';
import type { Charge, ChargeFailure, ChargeStatus, GatewayEvent } from './gateway.js';
import { paymentError } from './errors.js';

/**
 * Stripe's wire format (https://docs.stripe.com/api): form-encoded requests with bracketed keys,
 * PaymentIntent / Refund / Event JSON. Shared by the Stripe adapter and the sandbox, which speaks
 * the same event shapes so one webhook parser serves both.
 */

export type FormValue = string | number | boolean | undefined | FormValue[] | { [key: string]: FormValue };

/** Stripe form encoding: `metadata[accountId]=A1`, `expand[0]=payment_method`. Undefined is left out. */
export function formEncode(params: Record<string, FormValue>): string {
  const pairs: string[] = [];
  const walk = (prefix: string, value: FormValue): void => {
    if (value === undefined) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(`${prefix}[${i}]`, v));
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(`${prefix}[${k}]`, v);
    // Brackets stay literal in keys, as stripe-node sends them.
    else pairs.push(`${encodeURIComponent(prefix).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`);
  };
  for (const [k, v] of Object.entries(params)) walk(k, v);
  return pairs.join('&');
}

/** The subset of a Stripe PaymentIntent Kindly reads. */
export interface StripePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received?: number;
  currency: string;
  status: string;
  client_secret?: string | null;
  metadata?: Record<string, string>;
  payment_method?: string | { id: string; card?: { brand?: string; last4?: string } } | null;
  last_payment_error?: StripeErrorObject | null;
  next_action?: { type: string; redirect_to_url?: { url?: string } } | null;
}

export interface StripeErrorObject {
  type?: string;
  code?: string;
  decline_code?: string;
  message?: string;
  param?: string;
  payment_intent?: StripePaymentIntent;
}

/** A Stripe decline or error code in Kindly's closed list. */
export function declineCodeFrom(err: StripeErrorObject): DeclineCode {
  const codes = [err.decline_code, err.code];
  if (codes.includes('insufficient_funds')) return 'insufficient_funds';
  if (codes.includes('expired_card')) return 'expired_card';
  if (codes.includes('incorrect_cvc')) return 'incorrect_cvc';
  if (codes.some((c) => c === 'incorrect_number' || c === 'invalid_number')) return 'invalid_card';
  if (codes.some((c) => c === 'payment_intent_authentication_failure' || c === 'authentication_required')) return 'authentication_failed';
  if (codes.includes('processing_error')) return 'processing_error';
  return 'card_declined';
}

export function failureFrom(err: StripeErrorObject): ChargeFailure {
  const code = declineCodeFrom(err);
  return { code, message: err.message ?? code, userMessage: DECLINE_USER_MESSAGES[code] };
}

const STATUS: Record<string, ChargeStatus> = {
  succeeded: 'succeeded',
  requires_action: 'requires_action',
  processing: 'processing',
  requires_capture: 'processing',
  requires_confirmation: 'processing',
  requires_payment_method: 'failed',
  canceled: 'canceled',
};

/** A Kindly Charge from a PaymentIntent. */
export function chargeFromPaymentIntent(pi: StripePaymentIntent, amountRefundedCents = 0): Charge {
  const status = STATUS[pi.status] ?? 'processing';
  const pm = typeof pi.payment_method === 'object' && pi.payment_method !== null ? pi.payment_method : null;
  const card = pm?.card?.brand && pm.card.last4 ? { brand: pm.card.brand, last4: pm.card.last4 } : null;
  const failure =
    status === 'failed' ? failureFrom(pi.last_payment_error ?? { code: 'card_declined', message: 'payment method failed' }) : null;
  return {
    id: pi.id,
    status,
    amountCents: pi.amount,
    currency: pi.currency,
    card,
    failure,
    nextAction:
      status === 'requires_action'
        ? { type: 'authenticate', redirectUrl: pi.next_action?.redirect_to_url?.url ?? null, clientSecret: pi.client_secret ?? null }
        : null,
    amountRefundedCents,
    metadata: pi.metadata ?? {},
  };
}

interface StripeEvent {
  id: string;
  object: 'event';
  type: string;
  created: number;
  data: { object: Record<string, unknown> };
}

function isEvent(x: unknown): x is StripeEvent {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Partial<StripeEvent>;
  return (
    typeof e.id === 'string' &&
    typeof e.type === 'string' &&
    typeof e.created === 'number' &&
    typeof e.data === 'object' &&
    e.data !== null &&
    typeof e.data.object === 'object' &&
    e.data.object !== null
  );
}

/** Parses a verified Stripe event body into a GatewayEvent. */
export function gatewayEventFromStripe(payload: string): GatewayEvent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    throw paymentError('webhook_malformed', { message: 'webhook body is not JSON' });
  }
  if (!isEvent(parsed)) throw paymentError('webhook_malformed', { message: 'webhook body is not a Stripe event' });
  const obj = parsed.data.object;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' ? v : 0);
  const metadata = (typeof obj.metadata === 'object' && obj.metadata !== null ? obj.metadata : {}) as Record<string, string>;
  const base = {
    id: parsed.id,
    gatewayType: parsed.type,
    currency: str(obj.currency) ?? 'usd',
    occurredAt: new Date(parsed.created * 1000).toISOString(),
    metadata,
    failure: null,
  };
  switch (parsed.type) {
    case 'payment_intent.succeeded':
      return { ...base, type: 'payment_succeeded', chargeId: str(obj.id), amountCents: num(obj.amount_received ?? obj.amount) };
    case 'payment_intent.payment_failed':
      return {
        ...base,
        type: 'payment_failed',
        chargeId: str(obj.id),
        amountCents: num(obj.amount),
        failure: failureFrom((obj.last_payment_error as StripeErrorObject | null) ?? {}),
      };
    case 'charge.refunded':
      // A Charge object: its PaymentIntent is Kindly's charge id; amount_refunded is cumulative.
      return { ...base, type: 'refund_succeeded', chargeId: str(obj.payment_intent) ?? str(obj.id), amountCents: num(obj.amount_refunded) };
    default:
      return { ...base, type: 'other', chargeId: str(obj.payment_intent) ?? str(obj.id), amountCents: num(obj.amount) };
  }
}
