import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { rows } from '../../platform/db/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { AppError } from '../../platform/errors/index.js';
import {
  buildReconciliationReport,
  drainSandboxWebhooks,
  payWithCard,
  recordGatewayEvent,
  refundAccountExcess,
  refundPayment,
  signStripePayload,
  type SandboxGateway,
} from './index.js';
import { ledgerSum, payableAccounts, staffCtx, useSandbox, type PayableAccount } from './testing.js';

describeDb('card payments with the ledger', (getDb) => {
  const clock = new ManualClock('2026-11-23T15:00:00Z');
  let gateway: SandboxGateway;
  let accts: PayableAccount[];
  const token = async (number: string) => (await gateway.tokenizeCard({ number, expMonth: 12, expYear: 2030 })).token;

  beforeAll(async () => {
    accts = await payableAccounts(getDb(), clock);
    gateway = useSandbox(getDb(), clock);
  });

  it('posts the payment to the ledger and lowers the balance in the same transaction as the payment row', async () => {
    const a = accts[0]!;
    const ctx = staffCtx(a.tenantId, clock);
    const before = await ledgerSum(getDb(), a.accountId);
    const r = await payWithCard({ database: getDb(), gateway, ctx, accountId: a.accountId, amountCents: 1000, paymentMethod: await token('4242424242424242'), idempotencyKey: 'pay-one-0001', channel: 'staff' });
    expect(r.payment).toMatchObject({ status: 'succeeded', amountCents: 1000, card: { brand: 'visa', last4: '4242' } });
    expect(await ledgerSum(getDb(), a.accountId)).toBe(before - 1000);
    const [acct] = await getDb().query<{ patient_due_cents: number }>('select patient_due_cents from accounts where id = $1', [a.accountId]);
    expect(Number(acct!.patient_due_cents)).toBe(a.dueCents - 1000);
    // No card number anywhere in the database: only a token, brand and last 4.
    const dump = await getDb().query<{ t: string }>(`select string_agg(data::text, ' ') as t from sandbox_gateway_objects`);
    expect(dump[0]!.t).not.toContain('4242424242424242');
  });

  it('charges once when ten requests with the same key arrive at the same time', async () => {
    const a = accts[1]!;
    const ctx = staffCtx(a.tenantId, clock);
    const pm = await token('4242424242424242');
    const before = await ledgerSum(getDb(), a.accountId, 'patient_payment');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => payWithCard({ database: getDb(), gateway, ctx, accountId: a.accountId, amountCents: 1500, paymentMethod: pm, idempotencyKey: 'double-click-0001', channel: 'portal' })),
    );
    expect(new Set(results.map((r) => r.payment.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(results.every((r) => r.payment.status === 'succeeded')).toBe(true);
    expect(await ledgerSum(getDb(), a.accountId, 'patient_payment')).toBe(before - 1500);
    const charges = (await gateway.store.listCharges()).filter((c) => c.charge.metadata.paymentId === results[0]!.payment.id);
    expect(charges).toHaveLength(1);
    // The same key with another amount is refused, not charged.
    await expect(payWithCard({ database: getDb(), gateway, ctx, accountId: a.accountId, amountCents: 1600, paymentMethod: pm, idempotencyKey: 'double-click-0001', channel: 'portal' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('records a decline without touching the ledger, and replays it for the same key', async () => {
    const a = accts[2]!;
    const ctx = staffCtx(a.tenantId, clock);
    const before = await ledgerSum(getDb(), a.accountId);
    const pm = await token('4000000000000002');
    const r = await payWithCard({ database: getDb(), gateway, ctx, accountId: a.accountId, amountCents: 2000, paymentMethod: pm, idempotencyKey: 'declined-0001', channel: 'portal' });
    expect(r.payment.status).toBe('failed');
    expect(r.payment.failure?.userMessage).toMatch(/no money was taken/);
    expect(await ledgerSum(getDb(), a.accountId)).toBe(before);
    const again = await payWithCard({ database: getDb(), gateway, ctx, accountId: a.accountId, amountCents: 2000, paymentMethod: pm, idempotencyKey: 'declined-0001', channel: 'portal' });
    expect(again).toMatchObject({ replayed: true, payment: { id: r.payment.id, status: 'failed' } });
  });

  it('refuses more than the balance due, counting payments still in flight', async () => {
    const a = accts[3]!;
    const ctx = staffCtx(a.tenantId, clock);
    const err = await payWithCard({ database: getDb(), gateway, ctx, accountId: a.accountId, amountCents: a.dueCents + 1, paymentMethod: await token('4242424242424242'), idempotencyKey: 'too-much-0001', channel: 'portal' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('unprocessable');
    const [n] = await getDb().query<{ n: number }>(`select count(*)::int as n from payments where idempotency_key = 'too-much-0001'`);
    expect(n!.n).toBe(0);
  });

  it('settles a 3-D Secure payment from the verified webhook after the patient authenticates', async () => {
    const a = accts[4]!;
    const ctx = staffCtx(a.tenantId, clock);
    const before = await ledgerSum(getDb(), a.accountId);
    const r = await payWithCard({ database: getDb(), gateway, ctx, accountId: a.accountId, amountCents: 2500, paymentMethod: await token('4000002500003155'), idempotencyKey: 'three-ds-0001', channel: 'portal' });
    expect(r.payment.status).toBe('requires_action');
    expect(await ledgerSum(getDb(), a.accountId)).toBe(before);
    await gateway.simulateAuthentication(r.payment.gatewayChargeId!, 'approve');
    await gateway.confirmCharge({ chargeId: r.payment.gatewayChargeId!, idempotencyKey: 'confirm-three-ds-0001' });
    expect(await drainSandboxWebhooks(getDb(), gateway, clock.now())).toBeGreaterThan(0);
    const [p] = await getDb().query<{ status: string }>('select status from payments where id = $1', [r.payment.id]);
    expect(p!.status).toBe('succeeded');
    expect(await ledgerSum(getDb(), a.accountId)).toBe(before - 2500);
  });

  it('rejects a webhook with a bad signature and records a genuine one once', async () => {
    const payload = JSON.stringify({ id: 'evt_test_dup', object: 'event', type: 'payment_intent.succeeded', created: Math.floor(clock.now().getTime() / 1000), data: { object: { id: 'pi_unknown', object: 'payment_intent', amount: 100, currency: 'usd', metadata: {} } } });
    await expect(recordGatewayEvent({ database: getDb(), gateway, payload, signatureHeader: signStripePayload(payload, 'whsec_wrong', clock.now()), clock })).rejects.toMatchObject({ reason: 'webhook_signature_invalid' });
    const header = gateway.signWebhook(payload, clock.now());
    const first = await recordGatewayEvent({ database: getDb(), gateway, payload, signatureHeader: header, clock });
    const second = await recordGatewayEvent({ database: getDb(), gateway, payload, signatureHeader: header, clock });
    expect([first.recorded, second.recorded]).toEqual([true, false]);
  });

  it('refunds through the gateway with a refund entry, and reconciliation matches gateway and ledger', async () => {
    const a = accts[5]!;
    const ctx = staffCtx(a.tenantId, clock);
    const paid = await payWithCard({ database: getDb(), gateway, ctx, accountId: a.accountId, amountCents: 3000, paymentMethod: await token('4242424242424242'), idempotencyKey: 'refund-me-0001', channel: 'portal' });
    const afterPay = await ledgerSum(getDb(), a.accountId);
    const refund = await refundPayment({ database: getDb(), gateway, ctx, paymentId: paid.payment.id, amountCents: 1200, reason: 'requested_by_customer', idempotencyKey: 'refund-0001' });
    expect(refund.status).toBe('succeeded');
    expect(await ledgerSum(getDb(), a.accountId)).toBe(afterPay + 1200);
    // The same key again: no second refund.
    await refundPayment({ database: getDb(), gateway, ctx, paymentId: paid.payment.id, amountCents: 1200, reason: 'requested_by_customer', idempotencyKey: 'refund-0001' });
    expect(await ledgerSum(getDb(), a.accountId, 'refund')).toBe(1200);
    // An excess larger than what the card can return: the rest goes out by check.
    const parts = await refundAccountExcess({ database: getDb(), gateway, ctx, accountId: a.accountId, amountCents: 2000, reason: 'test', idempotencyKey: 'excess-0001' });
    expect(parts.map((p) => [p.method, p.amountCents])).toEqual([['gateway', 1800], ['check', 200]]);
    const report = await buildReconciliationReport(getDb().db, { tenantId: a.tenantId });
    expect(report.missingInLedger).toEqual([]);
    expect(report.missingAtGateway).toEqual([]);
    expect(report.amountMismatches).toEqual([]);
    expect(report.matched.some((m) => m.chargeId === paid.payment.gatewayChargeId && m.kind === 'refund' && m.amountCents === 3000)).toBe(true);
    expect(report.pendingCheckRefunds.map((c) => c.amountCents)).toEqual([200]);
    expect(report.unsettled).toEqual([]);
  });

  it('reports a gateway payment the ledger does not have', async () => {
    const a = accts[0]!;
    const payload = JSON.stringify({ id: 'evt_orphan', object: 'event', type: 'payment_intent.succeeded', created: Math.floor(clock.now().getTime() / 1000), data: { object: { id: 'pi_orphan', object: 'payment_intent', amount: 777, amount_received: 777, currency: 'usd', status: 'succeeded', metadata: { tenantId: a.tenantId } } } });
    await recordGatewayEvent({ database: getDb(), gateway, payload, signatureHeader: gateway.signWebhook(payload, clock.now()), clock });
    const report = await buildReconciliationReport(getDb().db, { tenantId: a.tenantId });
    expect(report.missingInLedger).toEqual([expect.objectContaining({ chargeId: 'pi_orphan', amountCents: 777 })]);
    const [n] = await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from gateway_events where charge_id = 'pi_orphan'`);
    expect(n!.n).toBe(1);
  });
});
