import { beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { payWithCard, type SandboxGateway } from '../payments/index.js';
import { ledgerSum, payableAccounts, staffCtx, useSandbox, type PayableAccount } from '../payments/testing.js';
import { acceptPlan, getAccountPlan, pauseAccountPlan, quoteAccountPlan, servicePlans, syncPlanPayments, findAccountPlan, loadPaymentPolicy } from './index.js';

describeDb('payment plans: accepted, paid oldest first, serviced daily', (getDb) => {
  const clock = new ManualClock('2026-11-23T15:00:00Z');
  let gateway: SandboxGateway;
  let accts: PayableAccount[];
  const at = (iso: string) => clock.set(`${iso}T15:00:00Z`);

  beforeAll(async () => {
    accts = await payableAccounts(getDb(), clock, { persons: 40 });
    gateway = useSandbox(getDb(), clock);
  });

  const service = () => servicePlans({ database: getDb(), clock, gateway });
  const statusOf = async (accountId: string) => (await getAccountPlan(getDb().db, { tenantId: accts[0]!.tenantId, accountId, includeClosed: true }))!;

  it('offers assistance instead of a plan the stated budget cannot carry', async () => {
    const a = accts[0]!;
    const q = await quoteAccountPlan({ q: getDb().db, tenantId: a.tenantId, accountId: a.accountId, now: clock.now(), monthlyBudgetCents: 1 });
    expect(q.quote).toMatchObject({ options: [], referToAssistance: true });
    await expect(acceptPlan({ database: getDb(), ctx: staffCtx(a.tenantId, clock), accountId: a.accountId, months: 24, monthlyBudgetCents: 1, source: 'staff' })).rejects.toMatchObject({
      code: 'unprocessable',
      userMessage: expect.stringMatching(/financial assistance/),
    });
  });

  it('walks a plan through reminder, grace, missed care, a re-plan offer and only then default, with its history', async () => {
    const a = accts[0]!;
    at('2026-11-23');
    const ctx = staffCtx(a.tenantId, clock);
    const budget = Math.ceil(a.dueCents / 4);
    const { option, row } = await acceptPlan({ database: getDb(), ctx, accountId: a.accountId, months: 4, monthlyBudgetCents: budget, source: 'portal' });
    expect(option.schedule).toHaveLength(4);
    expect(option.schedule[0]!.dueOn).toBe('2026-12-23');
    const [acct] = await getDb().query<{ status: string }>('select status from accounts where id = $1', [a.accountId]);
    expect(acct!.status).toBe('plan');
    // Outreach is told through the outbox, in the plan's own transaction, never by a call.
    const events = await getDb().query<{ payload: { accountIds: string[]; reason: string } }>(`select payload from domain_events where type = 'account.changed' and payload->'accountIds' ? $1`, [a.accountId]);
    expect(events.map((e) => e.payload.reason)).toContain('plan_changed');
    // A second plan for the same account is refused.
    await expect(acceptPlan({ database: getDb(), ctx, accountId: a.accountId, months: 4, monthlyBudgetCents: budget, source: 'portal' })).rejects.toMatchObject({ code: 'conflict' });

    // One and a half installments paid: the oldest is paid in full first, then part of the next.
    const first = option.schedule[0]!.amountCents;
    const paid = first + Math.floor(first / 2);
    await payWithCard({ database: getDb(), gateway, ctx, accountId: a.accountId, amountCents: paid, paymentMethod: (await gateway.tokenizeCard({ number: '4242424242424242', expMonth: 1, expYear: 2031 })).token, idempotencyKey: 'plan-pay-000001', channel: 'portal', planId: row.id });
    const policy = await loadPaymentPolicy(getDb().db, a.tenantId);
    await getDb().db.transaction(async (tx) => syncPlanPayments(tx, (await findAccountPlan(tx, { tenantId: a.tenantId, accountId: a.accountId }))!, { now: clock.now(), servicing: policy.servicing }));
    let plan = await statusOf(a.accountId);
    expect(plan.installments.map((i) => i.paidCents)).toEqual([first, paid - first, 0, 0]);
    expect(plan.nextDue).toMatchObject({ seq: 2, dueOn: '2027-01-23' });

    at('2027-01-21'); // two days before the (partly paid) second installment
    expect((await service()).actions).toMatchObject({ payment_reminder: 1 });
    expect((await service()).skipped).toBeGreaterThan(0); // the same day again changes nothing
    at('2027-01-26');
    await service();
    expect((await statusOf(a.accountId)).status).toBe('grace');
    at('2027-02-05');
    await service();
    expect((await statusOf(a.accountId)).status).toBe('missed');
    at('2027-02-22'); // 30 days late: a new plan is offered, never a default first
    await service();
    expect((await statusOf(a.accountId)).status).toBe('replan_offered');
    at('2027-03-23');
    await service();
    expect((await statusOf(a.accountId)).status).toBe('replan_offered');
    at('2027-03-24');
    await service();
    plan = await statusOf(a.accountId);
    expect(plan.status).toBe('defaulted');
    expect(plan.history.map((h) => h.to)).toEqual(['active', 'grace', 'missed', 'replan_offered', 'defaulted']);
    const rows = await getDb().query<{ to_status: string }>('select to_status from plan_history where plan_id = $1 order by id', [plan.id]);
    expect(rows.map((r) => r.to_status)).toEqual(['active', 'grace', 'missed', 'replan_offered', 'defaulted']);
  });

  it('charges autopay on the due date with the stored token (never a card number), once per installment, and completes', async () => {
    const a = accts[1]!;
    at('2026-11-23');
    const ctx = staffCtx(a.tenantId, clock);
    const tok = await gateway.tokenizeCard({ number: '4242424242424242', expMonth: 1, expYear: 2031 });
    await acceptPlan({ database: getDb(), ctx, accountId: a.accountId, months: 2, monthlyBudgetCents: Math.ceil(a.dueCents / 2), source: 'portal', autopay: { paymentMethod: tok.token, card: tok.card } });
    const [stored] = await getDb().query<{ autopay_payment_method: string; autopay_card_last4: string }>('select autopay_payment_method, autopay_card_last4 from payment_plans where account_id = $1', [a.accountId]);
    expect(stored).toEqual({ autopay_payment_method: tok.token, autopay_card_last4: '4242' });
    const before = await ledgerSum(getDb(), a.accountId, 'patient_payment');
    at('2026-12-23');
    const s1 = await service();
    expect(s1.autopay.charged).toBe(1);
    await servicePlans({ database: getDb(), clock, gateway, force: true });
    let plan = await statusOf(a.accountId);
    expect(plan.installments[0]!.paidCents).toBe(plan.installments[0]!.amountCents);
    expect(await ledgerSum(getDb(), a.accountId, 'patient_payment')).toBe(before - plan.installments[0]!.amountCents);
    at('2027-01-23');
    await service();
    plan = await statusOf(a.accountId);
    expect(plan.status).toBe('completed');
    expect(plan.history.at(-1)).toMatchObject({ from: 'active', to: 'completed', reason: 'paid_in_full' });
    const [acct] = await getDb().query<{ status: string; patient_due_cents: number }>('select status, patient_due_cents from accounts where id = $1', [a.accountId]);
    expect(acct).toEqual({ status: 'paid', patient_due_cents: 0 });
  });

  it('pauses for hardship: nothing is due and no reminder goes out until payments resume', async () => {
    const a = accts[2]!;
    at('2026-11-23');
    const ctx = staffCtx(a.tenantId, clock);
    const { row } = await acceptPlan({ database: getDb(), ctx, accountId: a.accountId, months: 3, monthlyBudgetCents: Math.ceil(a.dueCents / 3), source: 'staff' });
    await pauseAccountPlan({ database: getDb(), ctx, planId: row.id, until: '2027-02-01', reason: 'lost job' });
    let plan = await statusOf(a.accountId);
    expect(plan.status).toBe('hardship_paused');
    expect(plan.installments[0]!.dueOn).toBe('2027-02-23');
    at('2026-12-24'); // the old first due date passed: not late while paused
    const s = await service();
    expect((await statusOf(a.accountId)).status).toBe('hardship_paused');
    expect(s.actions.gentle_missed_payment_reminder ?? 0).toBe(0);
    at('2027-02-01');
    await service();
    plan = await statusOf(a.accountId);
    expect(plan.status).toBe('active');
    expect(plan.history.map((h) => h.reason)).toEqual(['plan_accepted', 'lost job', 'hardship_pause_ended']);
  });
});
