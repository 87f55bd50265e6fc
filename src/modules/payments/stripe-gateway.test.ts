import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPaymentError } from './errors.js';
import { StripeGateway, type FetchLike } from './stripe-gateway.js';
import { verifyStripeSignature } from './stripe-signature.js';
import { formEncode } from './stripe-wire.js';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** A fetch that records each request and answers from a queue. */
function fakeFetch(...answers: Array<{ status: number; body: unknown } | Error>) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, ...init });
    const next = answers.shift();
    if (!next) throw new Error('unexpected request');
    if (next instanceof Error) throw next;
    return { status: next.status, json: async () => next.body };
  };
  return { fetch, sent };
}

const WHSEC = 'whsec_test_0123456789abcdef';
const make = (fetch: FetchLike) => new StripeGateway({ secretKey: 'sk_test_abc', webhookSecret: WHSEC, fetch, apiVersion: '2025-03-31.basil' });

/** A PaymentIntent as Stripe returns it (docs.stripe.com/api/payment_intents/object), trimmed. */
const pi = (over: Record<string, unknown> = {}) => ({
  id: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
  object: 'payment_intent',
  amount: 8000,
  amount_received: 8000,
  currency: 'usd',
  status: 'succeeded',
  client_secret: 'pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH',
  confirmation_method: 'manual',
  metadata: { accountId: 'ACC-1' },
  payment_method: { id: 'pm_1', object: 'payment_method', card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 } },
  last_payment_error: null,
  next_action: null,
  ...over,
});

describe('StripeGateway wire format', () => {
  it('creates a PaymentIntent: form-encoded POST with the Idempotency-Key header', async () => {
    const { fetch, sent } = fakeFetch({ status: 200, body: pi() });
    const c = await make(fetch).createCharge({
      amountCents: 8000,
      paymentMethod: 'pm_card_visa',
      idempotencyKey: 'pay-ACC-1-3',
      description: 'Kindly payment',
      metadata: { accountId: 'ACC-1', installment: '3' },
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      url: 'https://api.stripe.com/v1/payment_intents',
      method: 'POST',
      headers: {
        Authorization: 'Bearer sk_test_abc',
        'Content-Type': 'application/x-www-form-urlencoded',
        'Idempotency-Key': 'pay-ACC-1-3',
        'Stripe-Version': '2025-03-31.basil',
      },
      body:
        'amount=8000&currency=usd&payment_method=pm_card_visa&confirm=true&confirmation_method=manual' +
        '&description=Kindly%20payment&metadata[accountId]=ACC-1&metadata[installment]=3' +
        '&expand[0]=payment_method&payment_method_types[0]=card',
    });
    expect(c).toMatchObject({ id: 'pi_3MtwBwLkdIwHu7ix28a3tqPa', status: 'succeeded', amountCents: 8000, card: { brand: 'visa', last4: '4242' } });
  });

  it('sends return_url instead of card-only when the patient may be redirected', async () => {
    const { fetch, sent } = fakeFetch({ status: 200, body: pi() });
    await make(fetch).createCharge({ amountCents: 100, paymentMethod: 'pm_x', idempotencyKey: 'k', returnUrl: 'https://pay.example/return?x=1' });
    expect(sent[0]!.body).toContain('return_url=https%3A%2F%2Fpay.example%2Freturn%3Fx%3D1');
    expect(sent[0]!.body).not.toContain('payment_method_types');
  });

  it('maps an HTTP 402 card error into a failed charge with a kind message', async () => {
    const { fetch } = fakeFetch({
      status: 402,
      body: {
        error: {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          message: 'Your card has insufficient funds.',
          payment_intent: pi({ status: 'requires_payment_method', amount_received: 0 }),
        },
      },
    });
    const c = await make(fetch).createCharge({ amountCents: 8000, paymentMethod: 'pm_x', idempotencyKey: 'k' });
    expect(c.status).toBe('failed');
    expect(c.failure).toMatchObject({ code: 'insufficient_funds', message: 'Your card has insufficient funds.' });
    expect(c.failure?.userMessage).toMatch(/No money was taken/);
  });

  it('hands 3-D Secure back as requires_action, then confirms with POST .../confirm', async () => {
    const { fetch, sent } = fakeFetch(
      { status: 200, body: pi({ status: 'requires_action', next_action: { type: 'use_stripe_sdk', use_stripe_sdk: {} } }) },
      { status: 200, body: pi() },
    );
    const g = make(fetch);
    const c = await g.createCharge({ amountCents: 8000, paymentMethod: 'pm_x', idempotencyKey: 'k' });
    expect(c.nextAction).toEqual({ type: 'authenticate', redirectUrl: null, clientSecret: pi().client_secret });
    const done = await g.confirmCharge({ chargeId: c.id, idempotencyKey: 'k-confirm' });
    expect(done.status).toBe('succeeded');
    expect(sent[1]).toMatchObject({
      url: 'https://api.stripe.com/v1/payment_intents/pi_3MtwBwLkdIwHu7ix28a3tqPa/confirm',
      method: 'POST',
      body: 'expand[0]=payment_method',
    });
    expect(sent[1]!.headers['Idempotency-Key']).toBe('k-confirm');
  });

  it('refunds through POST /v1/refunds', async () => {
    const { fetch, sent } = fakeFetch({
      status: 200,
      body: { id: 're_1Nispe2eZvKYlo2Cd31jOCgZ', object: 'refund', amount: 2500, status: 'succeeded', payment_intent: 'pi_1', charge: 'ch_1' },
    });
    const r = await make(fetch).refund({ chargeId: 'pi_1', amountCents: 2500, idempotencyKey: 'refund-1', reason: 'requested_by_customer' });
    expect(sent[0]).toMatchObject({ url: 'https://api.stripe.com/v1/refunds', body: 'payment_intent=pi_1&amount=2500&reason=requested_by_customer' });
    expect(sent[0]!.headers['Idempotency-Key']).toBe('refund-1');
    expect(r).toEqual({ id: 're_1Nispe2eZvKYlo2Cd31jOCgZ', chargeId: 'pi_1', amountCents: 2500, status: 'succeeded' });
  });

  it('maps errors: outages are retryable, a reused key and bad credentials are not', async () => {
    const req = { amountCents: 100, paymentMethod: 'pm_x', idempotencyKey: 'k' };
    const expectCode = async (answer: { status: number; body: unknown } | Error, code: string, retryable: boolean) => {
      const err = await make(fakeFetch(answer).fetch).createCharge(req).catch((e: unknown) => e);
      expect(isPaymentError(err)).toBe(true);
      expect(err).toMatchObject({ reason: code, retryable });
    };
    await expectCode(new Error('ECONNRESET'), 'gateway_unavailable', true);
    await expectCode({ status: 500, body: { error: { type: 'api_error', message: 'oops' } } }, 'gateway_unavailable', true);
    await expectCode({ status: 429, body: { error: { type: 'invalid_request_error', code: 'rate_limit' } } }, 'rate_limited', true);
    await expectCode({ status: 400, body: { error: { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters' } } }, 'idempotency_key_reused', false);
    await expectCode({ status: 401, body: { error: { type: 'invalid_request_error', message: 'Invalid API Key' } } }, 'gateway_auth_failed', false);
    await expectCode({ status: 400, body: { error: { type: 'invalid_request_error', code: 'parameter_missing', param: 'amount' } } }, 'invalid_request', false);
  });

  it('never sends a request without a valid key, amount and token', async () => {
    const { fetch, sent } = fakeFetch();
    const g = make(fetch);
    await expect(g.createCharge({ amountCents: 0, paymentMethod: 'pm_x', idempotencyKey: 'k' })).rejects.toMatchObject({ reason: 'invalid_request' });
    await expect(g.createCharge({ amountCents: 100, paymentMethod: 'pm_x', idempotencyKey: '' })).rejects.toMatchObject({ reason: 'invalid_request' });
    await expect(g.createCharge({ amountCents: 100, paymentMethod: '4242 4242 4242 4242', idempotencyKey: 'k' })).rejects.toMatchObject({ reason: 'invalid_request' });
    expect(sent).toHaveLength(0);
  });
});

/** Signs like Stripe does, written out independently of the code under test. */
function stripeHeader(payload: string, t: number, secret = WHSEC) {
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex')}`;
}

/** Events shaped like docs.stripe.com/api/events/types examples (trimmed). */
const events = {
  succeeded: {
    id: 'evt_3MtwBwLkdIwHu7ix0h6nBDPd',
    object: 'event',
    api_version: '2025-03-31.basil',
    created: 1773241200,
    livemode: false,
    pending_webhooks: 1,
    request: { id: 'req_abc', idempotency_key: 'pay-ACC-1-3' },
    type: 'payment_intent.succeeded',
    data: { object: pi() },
  },
  failed: {
    id: 'evt_1',
    object: 'event',
    created: 1773241200,
    type: 'payment_intent.payment_failed',
    data: {
      object: pi({
        status: 'requires_payment_method',
        amount_received: 0,
        last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
      }),
    },
  },
  refunded: {
    id: 'evt_2',
    object: 'event',
    created: 1773241260,
    type: 'charge.refunded',
    data: {
      object: {
        id: 'ch_3MtwBwLkdIwHu7ix28a3tqPa',
        object: 'charge',
        amount: 8000,
        amount_captured: 8000,
        amount_refunded: 3000,
        currency: 'usd',
        payment_intent: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
        refunded: false,
        metadata: { accountId: 'ACC-1' },
      },
    },
  },
};

describe('StripeGateway webhooks', () => {
  const g = make(fakeFetch().fetch);
  const at = new Date(1773241200 * 1000 + 10_000);

  it('parses payment_intent.succeeded, payment_intent.payment_failed and charge.refunded', () => {
    const parse = (e: unknown) => {
      const payload = JSON.stringify(e);
      return g.parseWebhook(payload, stripeHeader(payload, 1773241200), at);
    };
    expect(parse(events.succeeded)).toEqual({
      id: 'evt_3MtwBwLkdIwHu7ix0h6nBDPd',
      type: 'payment_succeeded',
      gatewayType: 'payment_intent.succeeded',
      chargeId: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
      amountCents: 8000,
      currency: 'usd',
      occurredAt: '2026-03-11T15:00:00.000Z',
      failure: null,
      metadata: { accountId: 'ACC-1' },
    });
    expect(parse(events.failed)).toMatchObject({ type: 'payment_failed', failure: { code: 'card_declined' } });
    expect(parse(events.refunded)).toMatchObject({ type: 'refund_succeeded', chargeId: 'pi_3MtwBwLkdIwHu7ix28a3tqPa', amountCents: 3000 });
    expect(parse({ ...events.succeeded, type: 'customer.created', data: { object: { id: 'cus_1' } } }).type).toBe('other');
  });

  it('checks the timestamp tolerance: 300 s passes, 301 s does not', () => {
    const payload = JSON.stringify(events.succeeded);
    const t = 1773241200;
    expect(() => g.parseWebhook(payload, stripeHeader(payload, t), new Date((t + 300) * 1000))).not.toThrow();
    expect(() => g.parseWebhook(payload, stripeHeader(payload, t), new Date((t + 301) * 1000))).toThrow(
      expect.objectContaining({ reason: 'webhook_timestamp_out_of_tolerance' }),
    );
  });

  it('rejects a wrong secret, a changed body, a changed timestamp and a header without v1', () => {
    const payload = JSON.stringify(events.succeeded);
    const t = 1773241200;
    const bad = (p: string, h: string) => expect(() => g.parseWebhook(p, h, at)).toThrow(expect.objectContaining({ reason: 'webhook_signature_invalid' }));
    bad(payload, stripeHeader(payload, t, 'whsec_other'));
    bad(payload.replace('8000', '80000'), stripeHeader(payload, t));
    bad(payload, stripeHeader(payload, t).replace(`t=${t}`, `t=${t + 1}`));
    bad(payload, `t=${t}`);
    bad(payload, '');
  });

  it('accepts any of several v1 signatures and secrets (rotation), and ignores v0', () => {
    const payload = JSON.stringify(events.refunded);
    const t = 1773241200;
    const good = stripeHeader(payload, t).split('v1=')[1];
    const header = `t=${t},v1=${'0'.repeat(64)},v0=deadbeef,v1=${good}`;
    expect(() => verifyStripeSignature(payload, header, WHSEC, at)).not.toThrow();
    expect(() => verifyStripeSignature(payload, stripeHeader(payload, t, 'whsec_new'), ['whsec_new', WHSEC], at)).not.toThrow();
  });

  it('rejects a genuine signature over a body that is not an event', () => {
    const payload = '{"hello":"world"}';
    expect(() => g.parseWebhook(payload, stripeHeader(payload, 1773241200), at)).toThrow(expect.objectContaining({ reason: 'webhook_malformed' }));
  });
});

describe('formEncode', () => {
  it('encodes nested objects and arrays the way stripe-node does', () => {
    expect(formEncode({ a: 1, b: { c: 'x y', d: undefined }, e: ['p', 'q'], f: false })).toBe('a=1&b[c]=x%20y&e[0]=p&e[1]=q&f=false');
  });
});
