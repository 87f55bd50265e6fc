import { beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { seedDemoTenant } from '../../modules/simulation/index.js';
import { createTestApp, type TestApp } from './testing.js';

const NOW = '2026-03-02T15:00:00Z';

describeDb('staff plan routes answer in their documented shapes', (getDb) => {
  let t: TestApp;
  let coordinator: string;
  let admin: string;
  let accountId: string;
  let dueCents: number;
  const post = (url: string, cookie: string, payload: Record<string, unknown> = {}) => t.app.inject({ method: 'POST', url, headers: { cookie }, payload });

  beforeAll(async () => {
    await seedDemoTenant(getDb().db, new ManualClock(NOW), { persons: 12 });
    t = await createTestApp(getDb(), { now: NOW });
    coordinator = await t.signIn('coordinator@riverbend.example');
    admin = await t.signIn('admin@riverbend.example');
    const [a] = await getDb().query<{ id: string; patient_due_cents: number }>(
      `select a.id, a.patient_due_cents from accounts a
       where a.patient_due_cents > 30000
         and not exists (select 1 from payment_plans p where p.account_id = a.id)
         and not exists (select 1 from holds h where h.person_id = a.person_id)
       order by a.patient_due_cents desc, a.id limit 1`,
    );
    accountId = a!.id;
    dueCents = Number(a!.patient_due_cents);
  });

  it('quotes within policy, sets up the chosen plan, pauses it for hardship and cancels it', async () => {
    const none = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${accountId}/plan`, headers: { cookie: coordinator } });
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ plan: null });

    const budget = Math.ceil(dueCents / 6);
    const quote = await post(`/api/v1/accounts/${accountId}/plan-quotes`, coordinator, { monthlyBudgetCents: budget });
    expect(quote.statusCode).toBe(200);
    const q = quote.json() as { balanceCents: number; today: string; options: Array<{ months: number; monthlyPaymentCents: number; interestCents: number }>; recommended: number | null };
    expect(q.balanceCents).toBe(dueCents);
    expect(q.today).toBe('2026-03-02');
    expect(q.options.length).toBeGreaterThan(0);
    for (const o of q.options) {
      expect(o.interestCents).toBe(0);
      expect(o.monthlyPaymentCents).toBeLessThanOrEqual(budget);
    }

    const chosen = q.options[q.recommended ?? 0]!;
    const accepted = await post(`/api/v1/accounts/${accountId}/plans`, coordinator, { months: chosen.months, monthlyBudgetCents: budget });
    expect(accepted.statusCode).toBe(200);
    const plan = accepted.json().plan as { id: string; status: string; totalCents: number; installments: unknown[] };
    expect(plan.totalCents).toBe(dueCents);
    expect(plan.installments).toHaveLength(chosen.months);

    const paused = await post(`/api/v1/plans/${plan.id}/pause`, coordinator, { until: '2026-04-15', reason: 'hardship' });
    expect(paused.statusCode).toBe(200);
    expect(paused.json().plan).toMatchObject({ id: plan.id, pausedUntil: '2026-04-15' });

    const cancelled = await post(`/api/v1/plans/${plan.id}/cancel`, coordinator, { reason: 'patient asked' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().plan).toMatchObject({ id: plan.id, status: 'cancelled' });
    expect((cancelled.json().plan.history as Array<{ to: string }>).map((h) => h.to)).toContain('cancelled');
    // The account page reads the plan (closed ones too) with its history in its own statement: the same view.
    const page = await t.app.inject({ url: `/api/v1/workspace/accounts/${accountId}`, headers: { cookie: coordinator } });
    expect(page.json().plan).toEqual(cancelled.json().plan);
  });

  it('says whether a settlement needs a supervisor, and runs the servicing pass for an administrator', async () => {
    const settle = await post(`/api/v1/accounts/${accountId}/settlement-check`, coordinator, { settlementCents: Math.round(dueCents * 0.95), agentMaxDiscountPct: 10 });
    expect(settle.statusCode).toBe(200);
    expect(settle.json()).toMatchObject({ discountCents: dueCents - Math.round(dueCents * 0.95), reasons: expect.any(Array) });

    expect((await post('/api/v1/plans/service', coordinator)).statusCode).toBe(403);
    const service = await post('/api/v1/plans/service', admin);
    expect(service.statusCode).toBe(200);
    expect(service.json()).toMatchObject({ serviced: expect.any(Number), changed: expect.any(Number), autopay: { charged: expect.any(Number), declined: expect.any(Number), errors: expect.any(Number) } });
  });
});
