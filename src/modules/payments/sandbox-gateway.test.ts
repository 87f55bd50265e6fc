import { describe, expect, it } from 'vitest';
import { InMemorySandboxStore, SandboxGateway, type SandboxStore } from './sandbox-gateway.js';

const now = new Date('2026-03-11T15:00:00Z');

function gateway(store?: SandboxStore) {
  let n = 0;
  return new SandboxGateway({ clock: () => now, ids: () => String(++n).padStart(6, '0'), ...(store ? { store } : {}) });
}

async function token(g: SandboxGateway, number: string, exp = { expMonth: 12, expYear: 2030 }) {
  return (await g.tokenizeCard({ number, ...exp })).token;
}

const charge = (paymentMethod: string, idempotencyKey: string, amountCents = 8000) => ({
  amountCents,
  paymentMethod,
  idempotencyKey,
  metadata: { accountId: 'ACC-1', installment: '3' },
});

describe('SandboxGateway test cards', () => {
  it('4242 4242 4242 4242 succeeds and keeps only brand and last 4', async () => {
    const store = new InMemorySandboxStore();
    const g = gateway(store);
    const pm = await token(g, '4242 4242 4242 4242');
    const c = await g.createCharge(charge(pm, 'k1'));
    expect(c).toMatchObject({ status: 'succeeded', amountCents: 8000, currency: 'usd', card: { brand: 'visa', last4: '4242' }, failure: null });
    // Nothing in the store holds the card number.
    const dump = JSON.stringify([...store.paymentMethods.values(), ...store.charges.values(), ...store.idempotency.values()]);
    expect(dump).not.toContain('4242424242424242');
    expect(dump).not.toContain('424242424242');
  });

  it('4000 0000 0000 0002 is declined, kindly', async () => {
    const g = gateway();
    const c = await g.createCharge(charge(await token(g, '4000000000000002'), 'k1'));
    expect(c.status).toBe('failed');
    expect(c.failure?.code).toBe('card_declined');
    expect(c.failure?.userMessage).toMatch(/no money was taken/i);
    expect(c.failure?.userMessage).toMatch(/payment plan/);
  });

  it('4000 0000 0000 9995 fails for insufficient funds', async () => {
    const g = gateway();
    const c = await g.createCharge(charge(await token(g, '4000000000009995'), 'k1'));
    expect(c.failure).toMatchObject({ code: 'insufficient_funds' });
    expect(c.failure?.userMessage).toMatch(/smaller amount/);
  });

  it('an expired card fails with expired_card', async () => {
    const g = gateway();
    const c = await g.createCharge(charge(await token(g, '4242424242424242', { expMonth: 2, expYear: 2026 }), 'k1'));
    expect(c.failure?.code).toBe('expired_card');
    // The card is still good through the end of its expiry month.
    const march = await g.createCharge(charge(await token(g, '4242424242424242', { expMonth: 3, expYear: 2026 }), 'k2'));
    expect(march.status).toBe('succeeded');
  });

  it('refuses a number that fails the Luhn check, and a raw card number in place of a token', async () => {
    const g = gateway();
    await expect(g.tokenizeCard({ number: '4242424242424241', expMonth: 1, expYear: 2030 })).rejects.toMatchObject({ reason: 'invalid_card_number' });
    await expect(g.createCharge(charge('4242424242424242', 'k1'))).rejects.toMatchObject({ reason: 'invalid_request' });
    await expect(g.createCharge(charge('pm_unknown', 'k1'))).rejects.toMatchObject({ reason: 'unknown_payment_method' });
  });
});

describe('SandboxGateway 3-D Secure (4000 0025 0000 3155)', () => {
  it('asks for authentication, then succeeds once the patient approves', async () => {
    const g = gateway();
    const c = await g.createCharge(charge(await token(g, '4000002500003155'), 'k1'));
    expect(c).toMatchObject({ status: 'requires_action', nextAction: { type: 'authenticate' } });
    // Confirming before the patient finished: still waiting.
    expect((await g.confirmCharge({ chargeId: c.id, idempotencyKey: 'c0' })).status).toBe('requires_action');
    await g.simulateAuthentication(c.id, 'approve');
    const done = await g.confirmCharge({ chargeId: c.id, idempotencyKey: 'c1' });
    expect(done).toMatchObject({ status: 'succeeded', nextAction: null });
    await expect(g.confirmCharge({ chargeId: c.id, idempotencyKey: 'c2' })).rejects.toMatchObject({ reason: 'charge_not_confirmable' });
  });

  it('fails kindly when authentication fails', async () => {
    const g = gateway();
    const c = await g.createCharge(charge(await token(g, '4000002500003155'), 'k1'));
    await g.simulateAuthentication(c.id, 'fail');
    const done = await g.confirmCharge({ chargeId: c.id, idempotencyKey: 'c1' });
    expect(done.failure).toMatchObject({ code: 'authentication_failed' });
  });
});

describe('SandboxGateway idempotency', () => {
  it('replays the same result for the same key and charges once', async () => {
    const store = new InMemorySandboxStore();
    const g = gateway(store);
    const pm = await token(g, '4242424242424242');
    const first = await g.createCharge(charge(pm, 'pay-ACC-1-3'));
    const again = await g.createCharge(charge(pm, 'pay-ACC-1-3'));
    expect(again).toEqual(first);
    expect(store.charges.size).toBe(1);
    expect(g.takeWebhooks()).toHaveLength(1);
  });

  it('replays a decline too, instead of trying the card again', async () => {
    const store = new InMemorySandboxStore();
    const g = gateway(store);
    const pm = await token(g, '4000000000000002');
    const first = await g.createCharge(charge(pm, 'k'));
    expect(await g.createCharge(charge(pm, 'k'))).toEqual(first);
    expect(store.charges.size).toBe(1);
  });

  it('never charges twice when called concurrently with one key (double click)', async () => {
    const store = new InMemorySandboxStore();
    const g = gateway(store);
    const pm = await token(g, '4242424242424242');
    const results = await Promise.all(Array.from({ length: 10 }, () => g.createCharge(charge(pm, 'same'))));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(store.charges.size).toBe(1);
    // Distinct keys are distinct charges.
    await Promise.all([g.createCharge(charge(pm, 'a')), g.createCharge(charge(pm, 'b'))]);
    expect(store.charges.size).toBe(3);
  });

  it('refuses a key reused with different parameters, even while the first call is in flight', async () => {
    const g = gateway();
    const pm = await token(g, '4242424242424242');
    const inFlight = g.createCharge(charge(pm, 'k', 8000));
    await expect(g.createCharge(charge(pm, 'k', 9000))).rejects.toMatchObject({ reason: 'idempotency_key_reused' });
    await inFlight;
    await expect(g.createCharge(charge(pm, 'k', 9000))).rejects.toMatchObject({ origin: 'payments', reason: 'idempotency_key_reused', code: 'conflict' });
  });

  it('works with a pluggable store', async () => {
    const calls: string[] = [];
    const inner = new InMemorySandboxStore();
    const store: SandboxStore = new Proxy(inner, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? (...args: unknown[]) => (calls.push(String(prop)), v.apply(target, args)) : v;
      },
    });
    const g = gateway(store);
    await g.createCharge(charge(await token(g, '4242424242424242'), 'k'));
    expect(calls).toEqual(expect.arrayContaining(['putPaymentMethod', 'getIdempotency', 'getPaymentMethod', 'putCharge', 'putIdempotency']));
  });
});

describe('SandboxGateway refunds', () => {
  it('refunds partly, then the rest, then refuses more', async () => {
    const g = gateway();
    const c = await g.createCharge(charge(await token(g, '4242424242424242'), 'k', 10000));
    expect(await g.refund({ chargeId: c.id, amountCents: 2500, idempotencyKey: 'r1' })).toMatchObject({ amountCents: 2500, status: 'succeeded' });
    // Replayed by key: no second refund.
    await g.refund({ chargeId: c.id, amountCents: 2500, idempotencyKey: 'r1' });
    expect(await g.refund({ chargeId: c.id, idempotencyKey: 'r2' })).toMatchObject({ amountCents: 7500 });
    await expect(g.refund({ chargeId: c.id, amountCents: 1, idempotencyKey: 'r3' })).rejects.toMatchObject({ reason: 'refund_exceeds_charge' });
  });

  it('refuses to refund a declined charge', async () => {
    const g = gateway();
    const c = await g.createCharge(charge(await token(g, '4000000000000002'), 'k'));
    await expect(g.refund({ chargeId: c.id, idempotencyKey: 'r' })).rejects.toMatchObject({ reason: 'charge_not_refundable' });
  });
});

describe('SandboxGateway webhooks', () => {
  it('emits signed Stripe-shaped events that parse back into gateway events', async () => {
    const g = gateway();
    const ok = await g.createCharge(charge(await token(g, '4242424242424242'), 'k1', 10000));
    await g.createCharge(charge(await token(g, '4000000000009995'), 'k2'));
    await g.refund({ chargeId: ok.id, amountCents: 4000, idempotencyKey: 'r1' });
    const events = g.takeWebhooks().map((w) => g.parseWebhook(w.payload, w.signatureHeader, now));
    expect(events.map((e) => [e.type, e.chargeId, e.amountCents])).toEqual([
      ['payment_succeeded', ok.id, 10000],
      ['payment_failed', expect.any(String), 8000],
      ['refund_succeeded', ok.id, 4000],
    ]);
    expect(events[1]!.failure?.code).toBe('insufficient_funds');
    expect(events[0]!.metadata).toEqual({ accountId: 'ACC-1', installment: '3' });
    expect(g.takeWebhooks()).toEqual([]);
  });

  it('rejects a tampered or stale delivery', async () => {
    const g = gateway();
    await g.createCharge(charge(await token(g, '4242424242424242'), 'k1'));
    const [w] = g.takeWebhooks();
    expect(() => g.parseWebhook(w!.payload.replace('8000', '9000'), w!.signatureHeader, now)).toThrow(expect.objectContaining({ reason: 'webhook_signature_invalid' }));
    const later = new Date(now.getTime() + 301_000);
    expect(() => g.parseWebhook(w!.payload, w!.signatureHeader, later)).toThrow(expect.objectContaining({ reason: 'webhook_timestamp_out_of_tolerance' }));
  });
});
