import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import type { AccountPayments, CardPaymentResult, CreatedPaymentLink, PaymentLinkList, ReconciliationReport, Refund } from './contracts/payments.js';
import { createTestApp, type TestApp } from './testing.js';

// The test app fails any response whose schema would drop a field: each call here also checks
// that the payments contracts describe everything staff are sent.
describeDb('staff payments over HTTP: a card payment by phone, its refund, the account links and the reconciliation', (getDb) => {
  let t: TestApp;
  let accountId: string;
  let coordinator: string;
  let billing: string;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedDemoTenant(getDb().db, t.clock, { persons: 4 });
    coordinator = await t.signIn('coordinator@riverbend.example');
    billing = await t.signIn('billing@riverbend.example');
    const list = (await t.app.inject({ url: '/api/v1/accounts?limit=50', headers: { cookie: coordinator } })).json() as { items: Array<{ id: string; patientDueCents: number }> };
    accountId = list.items.find((a) => a.patientDueCents >= 2000)!.id;
  });

  it('takes a card payment, lists it with its refund, and the report still matches the ledger', async () => {
    const token = await t.app.inject({ method: 'POST', url: '/api/v1/payments/card-tokens', headers: { cookie: coordinator }, payload: { number: '4242424242424242', expMonth: 12, expYear: 2030 } });
    expect(token.json()).toMatchObject({ card: { last4: '4242' } });
    const paid = await t.app.inject({
      method: 'POST',
      url: `/api/v1/accounts/${accountId}/payments`,
      headers: { cookie: coordinator },
      payload: { idempotencyKey: 'phone-pay-0001', paymentMethod: token.json().token, amountCents: 1500, sendReceipt: false },
    });
    expect(paid.statusCode).toBe(200);
    const { payment, replayed } = paid.json() as CardPaymentResult;
    expect({ status: payment.status, amountCents: payment.amountCents, card: payment.card?.last4, replayed }).toEqual({ status: 'succeeded', amountCents: 1500, card: '4242', replayed: false });

    const refund = await t.app.inject({ method: 'POST', url: `/api/v1/payments/${payment.id}/refunds`, headers: { cookie: billing }, payload: { idempotencyKey: 'phone-refund-0001', amountCents: 500 } });
    expect(refund.statusCode).toBe(200);
    expect(refund.json()).toMatchObject({ paymentId: payment.id, amountCents: 500, method: 'gateway', status: 'succeeded' } satisfies Partial<Refund>);

    const listed = (await t.app.inject({ url: `/api/v1/accounts/${accountId}/payments`, headers: { cookie: coordinator } })).json() as AccountPayments;
    expect(listed.payments.map((p) => [p.id, p.channel, p.refundedCents])).toEqual([[payment.id, 'staff', 500]]);
    expect(listed.refunds.map((r) => r.amountCents)).toEqual([500]);

    const report = await t.app.inject({ url: '/api/v1/payments/reconciliation', headers: { cookie: billing } });
    expect(report.statusCode).toBe(200);
    const r = report.json() as ReconciliationReport;
    expect({ missingInLedger: r.missingInLedger, amountMismatches: r.amountMismatches, unsettled: r.unsettled }).toEqual({ missingInLedger: [], amountMismatches: [], unsettled: [] });
  });

  it("issues a portal link, lists the account's links and revokes one", async () => {
    const issued = await t.app.inject({ method: 'POST', url: `/api/v1/accounts/${accountId}/payment-links`, headers: { cookie: coordinator }, payload: { actions: ['view_bill', 'pay'] } });
    expect(issued.statusCode).toBe(200);
    const link = issued.json() as CreatedPaymentLink;
    expect(link.url).toBe(`http://localhost:3000/pay/${link.token}`);
    const before = (await t.app.inject({ url: `/api/v1/accounts/${accountId}/payment-links`, headers: { cookie: coordinator } })).json() as PaymentLinkList;
    expect(before.items.find((l) => l.linkId === link.linkId)).toMatchObject({ status: 'active', actions: ['view_bill', 'pay'], revokedAt: null });
    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/payment-links/${link.linkId}/revoke`, headers: { cookie: coordinator }, payload: { reason: 'sent to the wrong address' } });
    expect(revoked.json()).toMatchObject({ revoked: true });
    const after = (await t.app.inject({ url: `/api/v1/accounts/${accountId}/payment-links`, headers: { cookie: coordinator } })).json() as PaymentLinkList;
    expect(after.items.find((l) => l.linkId === link.linkId)).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
  });
});
