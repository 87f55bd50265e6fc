import { describe, expect, it } from 'vitest';
import { applyPayment, createServicedPlan, evaluatePlan, parsePlanQuoteInput, quotePlan, servicingPolicy } from '../plans/index.js';
import { reconcile, type LedgerPayment } from './reconcile-payments.js';
import { SandboxGateway } from './sandbox-gateway.js';

describe('a patient pays a plan installment through the sandbox', () => {
  it('quote, plan, a declined card, a good card, the webhook, the plan and reconciliation agree', async () => {
    const at = new Date('2026-04-01T16:00:00Z');
    const parsed = parsePlanQuoteInput({ balanceCents: 60000, startOn: '2026-04-01', policy: { maxMonths: 12, minMonthlyPaymentCents: 2500 }, monthlyBudgetCents: 10000 });
    if (!parsed.ok) throw new Error('bad quote input');
    const option = quotePlan(parsed.value).options[0]!;
    let plan = createServicedPlan({ id: 'PLAN-1', option, timeZone: 'America/Denver', at });

    const gateway = new SandboxGateway({ clock: () => at });
    // First the patient's card is declined: nothing is applied, and they read a kind message.
    const declined = await gateway.createCharge({
      amountCents: 10000,
      paymentMethod: (await gateway.tokenizeCard({ number: '4000000000000002', expMonth: 1, expYear: 2030 })).token,
      idempotencyKey: 'PLAN-1:1:a',
      metadata: { planId: 'PLAN-1', installment: '1' },
    });
    expect(declined.failure?.userMessage).toMatch(/another card/);

    // Then another card works; the webhook is what the ledger records.
    const ok = await gateway.createCharge({
      amountCents: 10000,
      paymentMethod: (await gateway.tokenizeCard({ number: '4242424242424242', expMonth: 1, expYear: 2030 })).token,
      idempotencyKey: 'PLAN-1:1:b',
      metadata: { planId: 'PLAN-1', installment: '1' },
    });
    const events = gateway.takeWebhooks().map((w) => gateway.parseWebhook(w.payload, w.signatureHeader, at));
    const ledger: LedgerPayment[] = [];
    for (const e of events.filter((x) => x.type === 'payment_succeeded')) {
      plan = applyPayment(plan, e.amountCents, new Date(e.occurredAt)).plan;
      ledger.push({ id: `L-${e.id}`, chargeId: e.chargeId!, kind: 'payment', amountCents: e.amountCents });
    }
    expect(plan.installments[0]).toMatchObject({ amountCents: 10000, paidCents: 10000 });
    expect(evaluatePlan(plan, new Date('2026-04-20T16:00:00Z'), servicingPolicy()).to).toBe('active');

    const report = reconcile(events, ledger);
    expect(report.matched.map((m) => m.chargeId)).toEqual([ok.id]);
    expect([report.missingInLedger, report.missingAtGateway, report.amountMismatches]).toEqual([[], [], []]);
  });
});
