import { randomBytes, randomUUID } from 'node:crypto';
import { cardBrand, luhnValid } from './card.js';
import { DECLINE_USER_MESSAGES, paymentError, type DeclineCode } from './errors.js';
import type {
  CardSummary,
  Charge,
  ConfirmChargeRequest,
  CreateChargeRequest,
  GatewayEvent,
  PaymentGateway,
  Refund,
  RefundRequest,
} from './gateway.js';
import { signStripePayload, verifyStripeSignature, WEBHOOK_TOLERANCE_SECONDS } from './stripe-signature.js';
import { gatewayEventFromStripe } from './stripe-wire.js';
import { validateChargeRequest, validateKey } from './validate-request.js';

/** What a sandbox test card does when charged. */
export type SandboxScenario = 'succeed' | 'decline' | 'authenticate' | 'insufficient_funds';

/** Stripe's documented test card numbers, with the same behaviour. Any other valid number succeeds. */
export const SANDBOX_TEST_CARDS: Record<string, SandboxScenario> = {
  '4242424242424242': 'succeed',
  '4000000000000002': 'decline',
  '4000002500003155': 'authenticate',
  '4000000000009995': 'insufficient_funds',
};

/** A tokenized card: brand and last 4 digits only, never the number. */
export interface SandboxPaymentMethod {
  token: string;
  card: CardSummary;
  expMonth: number;
  expYear: number;
  scenario: SandboxScenario;
  /** The tenant the token was made for; only that tenant may charge it. */
  tenantId?: string;
}

export interface SandboxChargeRecord {
  charge: Charge;
  paymentMethod: string;
  /** 3-D Secure state for charges that asked for it. */
  authentication: 'pending' | 'approved' | 'failed' | null;
}

export interface IdempotencyRecord {
  fingerprint: string;
  result: Charge | Refund;
}

/** Where the sandbox keeps its state: in memory by default, or any store with these methods. */
export interface SandboxStore {
  getPaymentMethod(token: string): Promise<SandboxPaymentMethod | undefined>;
  putPaymentMethod(pm: SandboxPaymentMethod): Promise<void>;
  getCharge(id: string): Promise<SandboxChargeRecord | undefined>;
  putCharge(record: SandboxChargeRecord): Promise<void>;
  getIdempotency(key: string): Promise<IdempotencyRecord | undefined>;
  putIdempotency(key: string, record: IdempotencyRecord): Promise<void>;
  putRefund(refund: Refund): Promise<void>;
  listCharges(): Promise<SandboxChargeRecord[]>;
}

/** The default store: plain maps, values cloned in and out so callers cannot alias them. */
export class InMemorySandboxStore implements SandboxStore {
  readonly paymentMethods = new Map<string, SandboxPaymentMethod>();
  readonly charges = new Map<string, SandboxChargeRecord>();
  readonly idempotency = new Map<string, IdempotencyRecord>();
  readonly refunds = new Map<string, Refund>();
  async getPaymentMethod(token: string) {
    return structuredClone(this.paymentMethods.get(token));
  }
  async putPaymentMethod(pm: SandboxPaymentMethod) {
    this.paymentMethods.set(pm.token, structuredClone(pm));
  }
  async getCharge(id: string) {
    return structuredClone(this.charges.get(id));
  }
  async putCharge(record: SandboxChargeRecord) {
    this.charges.set(record.charge.id, structuredClone(record));
  }
  async getIdempotency(key: string) {
    return structuredClone(this.idempotency.get(key));
  }
  async putIdempotency(key: string, record: IdempotencyRecord) {
    this.idempotency.set(key, structuredClone(record));
  }
  async putRefund(refund: Refund) {
    this.refunds.set(refund.id, structuredClone(refund));
  }
  async listCharges() {
    return [...this.charges.values()].map((r) => structuredClone(r));
  }
}

export interface SandboxGatewayOptions {
  store?: SandboxStore;
  /** The gateway's clock (event times, card expiry). */
  clock?: () => Date;
  /** Id generator (deterministic in tests). */
  ids?: () => string;
  /** Secret the sandbox signs its webhooks with (default: a random one for this instance). */
  webhookSecret?: string;
}

/** A signed webhook delivery, as the HTTP route would receive it. */
export interface WebhookDelivery {
  payload: string;
  signatureHeader: string;
}

const failure = (code: DeclineCode, message: string) => ({ code, message, userMessage: DECLINE_USER_MESSAGES[code] });

/**
 * The built-in gateway (default): behaves like Stripe's test mode for the documented test cards,
 * keeps only tokens (brand + last 4), replays results per idempotency key, and emits webhooks in
 * Stripe's event shape signed with Stripe's scheme. Concurrent calls with one key share one
 * in-flight operation, so a double click never charges twice.
 */
export class SandboxGateway implements PaymentGateway {
  readonly name = 'sandbox';
  readonly store: SandboxStore;
  private readonly clock: () => Date;
  private readonly ids: () => string;
  private readonly webhookSecret: string;
  private readonly inFlight = new Map<string, { fingerprint: string; promise: Promise<Charge | Refund> }>();
  private readonly outbox: WebhookDelivery[] = [];

  constructor(opts: SandboxGatewayOptions = {}) {
    this.store = opts.store ?? new InMemorySandboxStore();
    this.clock = opts.clock ?? (() => new Date());
    this.ids = opts.ids ?? (() => randomUUID().replace(/-/g, '').slice(0, 24));
    // Never a constant: a secret everyone knows lets anyone forge a "payment succeeded".
    this.webhookSecret = opts.webhookSecret ?? `whsec_sbx_${randomBytes(24).toString('base64url')}`;
  }

  /**
   * Stands in for client-side tokenization (Stripe.js): the number picks brand, last 4 and the
   * test behaviour, and is then dropped.
   */
  async tokenizeCard(card: { number: string; expMonth: number; expYear: number; tenantId?: string }): Promise<{ token: string; card: CardSummary }> {
    const digits = card.number.replace(/[\s-]/g, '');
    if (!luhnValid(digits)) throw paymentError('invalid_card_number', { message: 'card number fails the Luhn check' });
    if (!Number.isInteger(card.expMonth) || card.expMonth < 1 || card.expMonth > 12 || !Number.isInteger(card.expYear)) {
      throw paymentError('invalid_request', { message: 'expMonth 1..12 and a four-digit expYear are required' });
    }
    const pm: SandboxPaymentMethod = {
      token: `pm_sbx_${this.ids()}`,
      card: { brand: cardBrand(digits), last4: digits.slice(-4) },
      expMonth: card.expMonth,
      expYear: card.expYear,
      scenario: SANDBOX_TEST_CARDS[digits] ?? 'succeed',
      ...(card.tenantId ? { tenantId: card.tenantId } : {}),
    };
    await this.store.putPaymentMethod(pm);
    return { token: pm.token, card: { ...pm.card } };
  }

  async createCharge(req: CreateChargeRequest): Promise<Charge> {
    validateChargeRequest(req);
    const fingerprint = JSON.stringify(['create', req.amountCents, (req.currency ?? 'usd').toLowerCase(), req.paymentMethod, req.metadata ?? {}]);
    return this.once(req.idempotencyKey, fingerprint, () => this.create(req)) as Promise<Charge>;
  }

  async confirmCharge(req: ConfirmChargeRequest): Promise<Charge> {
    validateKey(req.idempotencyKey);
    return this.once(req.idempotencyKey, JSON.stringify(['confirm', req.chargeId]), () => this.confirm(req.chargeId)) as Promise<Charge>;
  }

  async refund(req: RefundRequest): Promise<Refund> {
    validateKey(req.idempotencyKey);
    if (req.amountCents !== undefined && (!Number.isSafeInteger(req.amountCents) || req.amountCents <= 0)) {
      throw paymentError('invalid_request', { message: 'refund amountCents must be a positive integer' });
    }
    const fingerprint = JSON.stringify(['refund', req.chargeId, req.amountCents ?? null]);
    return this.once(req.idempotencyKey, fingerprint, () => this.doRefund(req)) as Promise<Refund>;
  }

  parseWebhook(payload: string, signatureHeader: string, now: Date): GatewayEvent {
    verifyStripeSignature(payload, signatureHeader, this.webhookSecret, now, WEBHOOK_TOLERANCE_SECONDS);
    return gatewayEventFromStripe(payload);
  }

  async retrieveCharge(chargeId: string): Promise<Charge> {
    return (await this.requireCharge(chargeId)).charge;
  }

  /** Signs a payload as this sandbox signs its webhooks (tests and local tooling). */
  signWebhook(payload: string, at: Date): string {
    return signStripePayload(payload, this.webhookSecret, at);
  }

  /** Test helper: the patient passes (or fails) the bank's 3-D Secure challenge. */
  async simulateAuthentication(chargeId: string, outcome: 'approve' | 'fail'): Promise<void> {
    const rec = await this.requireCharge(chargeId);
    if (rec.authentication !== 'pending') {
      throw paymentError('charge_not_confirmable', { message: `charge ${chargeId} is not waiting for authentication` });
    }
    await this.store.putCharge({ ...rec, authentication: outcome === 'approve' ? 'approved' : 'failed' });
  }

  /** Webhooks emitted since the last call, signed as Stripe signs them. */
  takeWebhooks(): WebhookDelivery[] {
    return this.outbox.splice(0);
  }

  /** One operation per idempotency key: replayed when done, shared while in flight. */
  private async once(key: string, fingerprint: string, work: () => Promise<Charge | Refund>): Promise<Charge | Refund> {
    const running = this.inFlight.get(key);
    if (running) {
      if (running.fingerprint !== fingerprint) throw reused(key);
      return structuredClone(await running.promise);
    }
    const promise = (async () => {
      const prior = await this.store.getIdempotency(key);
      if (prior) {
        if (prior.fingerprint !== fingerprint) throw reused(key);
        return prior.result;
      }
      const result = await work();
      await this.store.putIdempotency(key, { fingerprint, result });
      return result;
    })();
    this.inFlight.set(key, { fingerprint, promise });
    try {
      return structuredClone(await promise);
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async create(req: CreateChargeRequest): Promise<Charge> {
    const pm = await this.store.getPaymentMethod(req.paymentMethod);
    // A token made for another tenant is as unknown as one never made (no hint that it exists).
    if (!pm || (pm.tenantId !== undefined && pm.tenantId !== req.tenantId)) {
      throw paymentError('unknown_payment_method', { message: `unknown payment method ${req.paymentMethod}` });
    }
    const now = this.clock();
    const id = `pi_sbx_${this.ids()}`;
    const charge: Charge = {
      id,
      status: 'succeeded',
      amountCents: req.amountCents,
      currency: (req.currency ?? 'usd').toLowerCase(),
      card: { ...pm.card },
      failure: null,
      nextAction: null,
      amountRefundedCents: 0,
      metadata: { ...(req.metadata ?? {}) },
    };
    const expired = pm.expYear < now.getUTCFullYear() || (pm.expYear === now.getUTCFullYear() && pm.expMonth < now.getUTCMonth() + 1);
    let authentication: SandboxChargeRecord['authentication'] = null;
    if (expired) Object.assign(charge, { status: 'failed', failure: failure('expired_card', 'card expired') });
    else if (pm.scenario === 'decline') Object.assign(charge, { status: 'failed', failure: failure('card_declined', 'generic decline (test card)') });
    else if (pm.scenario === 'insufficient_funds') {
      Object.assign(charge, { status: 'failed', failure: failure('insufficient_funds', 'insufficient funds (test card)') });
    } else if (pm.scenario === 'authenticate') {
      authentication = 'pending';
      Object.assign(charge, {
        status: 'requires_action',
        nextAction: { type: 'authenticate', redirectUrl: null, clientSecret: `${id}_secret_sbx` },
      });
    }
    await this.store.putCharge({ charge, paymentMethod: pm.token, authentication });
    this.emitFor(charge);
    return charge;
  }

  private async confirm(chargeId: string): Promise<Charge> {
    const rec = await this.requireCharge(chargeId);
    if (rec.charge.status !== 'requires_action') {
      throw paymentError('charge_not_confirmable', { message: `charge ${chargeId} is ${rec.charge.status}` });
    }
    if (rec.authentication === 'pending') return rec.charge;
    const charge: Charge =
      rec.authentication === 'approved'
        ? { ...rec.charge, status: 'succeeded', nextAction: null }
        : { ...rec.charge, status: 'failed', nextAction: null, failure: failure('authentication_failed', '3-D Secure failed (test)') };
    await this.store.putCharge({ ...rec, charge });
    this.emitFor(charge);
    return charge;
  }

  private async doRefund(req: RefundRequest): Promise<Refund> {
    const rec = await this.requireCharge(req.chargeId);
    if (rec.charge.status !== 'succeeded') {
      throw paymentError('charge_not_refundable', { message: `charge ${req.chargeId} is ${rec.charge.status}` });
    }
    const left = rec.charge.amountCents - rec.charge.amountRefundedCents;
    const amountCents = req.amountCents ?? left;
    if (left === 0 || amountCents > left) {
      throw paymentError('refund_exceeds_charge', { message: `refund of ${amountCents} exceeds the ${left} left on ${req.chargeId}` });
    }
    const refund: Refund = { id: `re_sbx_${this.ids()}`, chargeId: req.chargeId, amountCents, status: 'succeeded' };
    const charge = { ...rec.charge, amountRefundedCents: rec.charge.amountRefundedCents + amountCents };
    await this.store.putRefund(refund);
    await this.store.putCharge({ ...rec, charge });
    this.emit('charge.refunded', {
      id: `ch_sbx_${charge.id.slice(7)}`,
      object: 'charge',
      payment_intent: charge.id,
      amount: charge.amountCents,
      amount_refunded: charge.amountRefundedCents,
      refunded: charge.amountRefundedCents === charge.amountCents,
      currency: charge.currency,
      metadata: charge.metadata,
    });
    return refund;
  }

  private async requireCharge(id: string): Promise<SandboxChargeRecord> {
    const rec = await this.store.getCharge(id);
    if (!rec) throw paymentError('charge_not_found', { message: `no charge ${id}` });
    return rec;
  }

  private emitFor(charge: Charge): void {
    if (charge.status !== 'succeeded' && charge.status !== 'failed') return;
    this.emit(charge.status === 'succeeded' ? 'payment_intent.succeeded' : 'payment_intent.payment_failed', {
      id: charge.id,
      object: 'payment_intent',
      amount: charge.amountCents,
      amount_received: charge.status === 'succeeded' ? charge.amountCents : 0,
      currency: charge.currency,
      status: charge.status === 'succeeded' ? 'succeeded' : 'requires_payment_method',
      metadata: charge.metadata,
      last_payment_error: charge.failure ? { type: 'card_error', ...STRIPE_CODES[charge.failure.code], message: charge.failure.message } : null,
    });
  }

  private emit(type: string, object: Record<string, unknown>): void {
    const now = this.clock();
    const payload = JSON.stringify({
      id: `evt_sbx_${this.ids()}`,
      object: 'event',
      type,
      created: Math.floor(now.getTime() / 1000),
      livemode: false,
      data: { object },
    });
    this.outbox.push({ payload, signatureHeader: signStripePayload(payload, this.webhookSecret, now) });
  }
}

/** How Stripe itself reports each decline in last_payment_error. */
const STRIPE_CODES: Record<DeclineCode, { code: string; decline_code?: string }> = {
  card_declined: { code: 'card_declined', decline_code: 'generic_decline' },
  insufficient_funds: { code: 'card_declined', decline_code: 'insufficient_funds' },
  authentication_failed: { code: 'payment_intent_authentication_failure' },
  expired_card: { code: 'expired_card' },
  incorrect_cvc: { code: 'incorrect_cvc' },
  invalid_card: { code: 'incorrect_number' },
  processing_error: { code: 'processing_error' },
};

function reused(key: string): ReturnType<typeof paymentError> {
  return paymentError('idempotency_key_reused', { message: `idempotency key ${key} was used with different parameters` });
}
