import { paymentError, type PaymentError } from './errors.js';
import type { Charge, ConfirmChargeRequest, CreateChargeRequest, GatewayEvent, PaymentGateway, Refund, RefundRequest } from './gateway.js';
import { verifyStripeSignature, WEBHOOK_TOLERANCE_SECONDS } from './stripe-signature.js';
import {
  chargeFromPaymentIntent,
  formEncode,
  gatewayEventFromStripe,
  type FormValue,
  type StripeErrorObject,
  type StripePaymentIntent,
} from './stripe-wire.js';
import { validateChargeRequest, validateKey } from './validate-request.js';

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{
  status: number;
  json(): Promise<unknown>;
}>;

export interface StripeGatewayOptions {
  /** sk_live_... / sk_test_... (restricted keys work too). */
  secretKey: string;
  /** whsec_...; several while rotating. */
  webhookSecret: string | readonly string[];
  /** Injected for tests; defaults to global fetch. */
  fetch?: FetchLike;
  apiBase?: string;
  /** Pins the API version (Stripe-Version header); absent: the account's default. */
  apiVersion?: string;
  webhookToleranceSeconds?: number;
}

/**
 * Stripe adapter over its documented REST API: PaymentIntents created and confirmed server-side
 * (manual confirmation, so 3-D Secure comes back as requires_action and is finished by
 * confirmCharge), refunds, and signed webhooks. Every POST carries an Idempotency-Key, so a
 * retried request never charges twice.
 */
export class StripeGateway implements PaymentGateway {
  readonly name = 'stripe';
  private readonly fetch: FetchLike;
  private readonly apiBase: string;

  constructor(private readonly opts: StripeGatewayOptions) {
    if (!/^(sk|rk)_/.test(opts.secretKey)) throw paymentError('invalid_request', { message: 'Stripe secretKey must start with sk_ or rk_' });
    this.fetch = opts.fetch ?? (globalThis.fetch as unknown as FetchLike);
    this.apiBase = (opts.apiBase ?? 'https://api.stripe.com').replace(/\/$/, '');
  }

  async createCharge(req: CreateChargeRequest): Promise<Charge> {
    validateChargeRequest(req);
    const params: Record<string, FormValue> = {
      amount: req.amountCents,
      currency: (req.currency ?? 'usd').toLowerCase(),
      payment_method: req.paymentMethod,
      confirm: true,
      confirmation_method: 'manual',
      description: req.description,
      metadata: req.metadata,
      expand: ['payment_method'],
    };
    // Without a return URL the charge is card-only, so Stripe needs no redirect for other methods.
    if (req.returnUrl) params.return_url = req.returnUrl;
    else params.payment_method_types = ['card'];
    return this.paymentIntentCall('/v1/payment_intents', params, req.idempotencyKey);
  }

  async confirmCharge(req: ConfirmChargeRequest): Promise<Charge> {
    validateKey(req.idempotencyKey);
    const params: Record<string, FormValue> = { expand: ['payment_method'], return_url: req.returnUrl };
    return this.paymentIntentCall(`/v1/payment_intents/${encodeURIComponent(req.chargeId)}/confirm`, params, req.idempotencyKey);
  }

  async refund(req: RefundRequest): Promise<Refund> {
    validateKey(req.idempotencyKey);
    if (req.amountCents !== undefined && (!Number.isSafeInteger(req.amountCents) || req.amountCents <= 0)) {
      throw paymentError('invalid_request', { message: 'refund amountCents must be a positive integer' });
    }
    const { status, body } = await this.post('/v1/refunds', { payment_intent: req.chargeId, amount: req.amountCents, reason: req.reason }, req.idempotencyKey);
    if (status >= 400) throw this.errorFor(status, body);
    const r = body as { id: string; amount: number; status: string; payment_intent?: string };
    return {
      id: r.id,
      chargeId: r.payment_intent ?? req.chargeId,
      amountCents: r.amount,
      status: r.status === 'succeeded' ? 'succeeded' : r.status === 'pending' || r.status === 'requires_action' ? 'pending' : 'failed',
    };
  }

  async retrieveCharge(chargeId: string): Promise<Charge> {
    let res: Awaited<ReturnType<FetchLike>>;
    const headers: Record<string, string> = { Authorization: `Bearer ${this.opts.secretKey}` };
    if (this.opts.apiVersion) headers['Stripe-Version'] = this.opts.apiVersion;
    try {
      res = await this.fetch(`${this.apiBase}/v1/payment_intents/${encodeURIComponent(chargeId)}?expand%5B%5D=payment_method`, { method: 'GET', headers });
    } catch (err) {
      throw paymentError('gateway_unavailable', { message: `Stripe request failed: ${(err as Error).message}` });
    }
    const body = await res.json().catch(() => null);
    if (res.status >= 400 || !body) throw this.errorFor(res.status, body);
    return chargeFromPaymentIntent(body as StripePaymentIntent);
  }

  parseWebhook(payload: string, signatureHeader: string, now: Date): GatewayEvent {
    verifyStripeSignature(payload, signatureHeader, this.opts.webhookSecret, now, this.opts.webhookToleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS);
    return gatewayEventFromStripe(payload);
  }

  private async paymentIntentCall(path: string, params: Record<string, FormValue>, key: string): Promise<Charge> {
    const { status, body } = await this.post(path, params, key);
    if (status < 400) return chargeFromPaymentIntent(body as StripePaymentIntent);
    // A card decline is HTTP 402 with the PaymentIntent inside the error: a result, not a fault.
    const err = (body as { error?: StripeErrorObject }).error;
    if (status === 402 && err?.payment_intent) {
      const charge = chargeFromPaymentIntent({ ...err.payment_intent, status: 'requires_payment_method', last_payment_error: err });
      return charge;
    }
    throw this.errorFor(status, body);
  }

  private async post(path: string, params: Record<string, FormValue>, idempotencyKey: string): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.opts.secretKey}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      'Idempotency-Key': idempotencyKey,
    };
    if (this.opts.apiVersion) headers['Stripe-Version'] = this.opts.apiVersion;
    let res: Awaited<ReturnType<FetchLike>>;
    try {
      res = await this.fetch(`${this.apiBase}${path}`, { method: 'POST', headers, body: formEncode(params) });
    } catch (err) {
      throw paymentError('gateway_unavailable', { message: `Stripe request failed: ${(err as Error).message}` });
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw paymentError('gateway_unavailable', { message: `Stripe answered ${res.status} without JSON` });
    }
    return { status: res.status, body };
  }

  private errorFor(status: number, body: unknown): PaymentError {
    const err = (body as { error?: StripeErrorObject } | null)?.error ?? {};
    const detail = `Stripe ${status} ${err.type ?? ''} ${err.code ?? ''}${err.param ? ` (${err.param})` : ''}: ${err.message ?? ''}`.trim();
    if (err.type === 'idempotency_error') return paymentError('idempotency_key_reused', { message: detail });
    if (status === 401 || status === 403) return paymentError('gateway_auth_failed', { message: detail });
    if (status === 429) return paymentError('rate_limited', { message: detail });
    if (status >= 500) return paymentError('gateway_unavailable', { message: detail });
    if (status === 404) return paymentError('charge_not_found', { message: detail });
    if (err.code === 'charge_already_refunded' || err.code === 'amount_too_large') {
      return paymentError('refund_exceeds_charge', { message: detail });
    }
    if (err.code === 'payment_intent_unexpected_state') return paymentError('charge_not_confirmable', { message: detail });
    return paymentError('invalid_request', { message: detail });
  }
}
