import { describe, expect, it } from 'vitest';
import { acceptReplan } from './accept-replan.js';
import { applyPayment } from './apply-payment.js';
import { applyPlanDecision } from './apply-plan-decision.js';
import { cancelPlan } from './cancel-plan.js';
import { createServicedPlan } from './create-serviced-plan.js';
import { evaluatePlan } from './evaluate-plan.js';
import { pausePlanForHardship } from './pause-plan-for-hardship.js';
import { canTransition, remainingCents, servicingPolicy, transitionPlan, type ServicedPlan } from './plan-state.js';
import { parsePlanQuoteInput, quotePlan } from './quote-plan.js';

const policy = servicingPolicy({ reminderDaysBefore: 3, graceDays: 10, replanAfterDaysLate: 30, defaultAfterReplanDays: 14 });
const tz = 'America/Chicago';
/** Noon in Chicago on a local date (CDT/CST do not matter at noon). */
const at = (date: string) => new Date(`${date}T18:00:00Z`);

function newPlan(): ServicedPlan {
  const parsed = parsePlanQuoteInput({ balanceCents: 30000, startOn: '2026-01-31', policy: { maxMonths: 3 }, monthlyBudgetCents: 10000 });
  if (!parsed.ok) throw new Error('bad input');
  const option = quotePlan(parsed.value).options[0]!;
  return createServicedPlan({ id: 'P1', option, timeZone: tz, at: at('2026-01-20') });
}

/** Evaluates and applies, like the worker would. */
function tick(plan: ServicedPlan, date: string) {
  const decision = evaluatePlan(plan, at(date), policy);
  return { decision, plan: applyPlanDecision(plan, decision, at(date)).plan };
}

describe('plan servicing', () => {
  it('starts active with three month-end installments', () => {
    const plan = newPlan();
    expect(plan.status).toBe('active');
    expect(plan.installments.map((i) => [i.dueOn, i.amountCents])).toEqual([
      ['2026-01-31', 10000],
      ['2026-02-28', 10000],
      ['2026-03-31', 10000],
    ]);
    expect(plan.history).toEqual([{ at: '2026-01-20T18:00:00.000Z', from: null, to: 'active', reason: 'plan_accepted' }]);
  });

  it('reminds once, 3 days before the due date, and not the day before that', () => {
    let plan = newPlan();
    const early = evaluatePlan(plan, at('2026-01-27'), policy);
    expect(early).toMatchObject({ reason: 'on_track', changed: false, actions: [] });
    expect(applyPlanDecision(plan, early, at('2026-01-27')).plan).toBe(plan);

    const r = tick(plan, '2026-01-28');
    expect(r.decision.reason).toBe('reminder_due');
    expect(r.decision.actions).toEqual([{ type: 'payment_reminder', installmentSeq: 1, dueOn: '2026-01-31', amountDueCents: 10000 }]);
    plan = r.plan;
    // The next day's run does not repeat it.
    expect(evaluatePlan(plan, at('2026-01-29'), policy)).toMatchObject({ changed: false, actions: [] });
  });

  it('uses the patient local date: late evening in Chicago is still the due date', () => {
    const plan = newPlan();
    // 2026-02-01T04:30Z is Jan 31, 22:30 in Chicago: not late yet.
    expect(evaluatePlan(plan, new Date('2026-02-01T04:30:00Z'), policy)).toMatchObject({ on: '2026-01-31', daysLate: 0, to: 'active' });
    expect(evaluatePlan(plan, new Date('2026-02-01T06:30:00Z'), policy)).toMatchObject({ on: '2026-02-01', daysLate: 1, to: 'grace' });
  });

  it('tells the story of a miss: grace, gentle reminder, missed, re-plan offer, default only after the offer', () => {
    let plan = newPlan();
    let r = tick(plan, '2026-02-01');
    expect(r.decision).toMatchObject({ to: 'grace', reason: 'late_within_grace', daysLate: 1, overdueCents: 10000 });
    expect(r.decision.actions.map((a) => a.type)).toEqual(['gentle_missed_payment_reminder']);
    plan = r.plan;

    // Day 10 late: still grace, and the gentle reminder is not repeated.
    r = tick(plan, '2026-02-10');
    expect(r.decision).toMatchObject({ to: 'grace', changed: false });
    // Day 11 late: missed.
    r = tick(r.plan, '2026-02-11');
    expect(r.decision).toMatchObject({ from: 'grace', to: 'missed', reason: 'missed_after_grace' });
    expect(r.decision.actions.map((a) => a.type)).toEqual(['missed_payment_outreach']);
    plan = r.plan;

    // Day 29 late: still missed; day 30: a new plan is offered, never a default first.
    expect(evaluatePlan(plan, at('2026-03-01'), policy).to).toBe('missed');
    r = tick(plan, '2026-03-02');
    expect(r.decision).toMatchObject({ to: 'replan_offered', reason: 'replan_offered_before_default' });
    expect(r.decision.actions).toEqual([{ type: 'offer_replan', amountDueCents: 30000 }]);
    plan = r.plan;
    expect(plan.replanOfferedOn).toBe('2026-03-02');

    // The offer stays open 14 days; on day 14 without an answer the plan defaults.
    expect(evaluatePlan(plan, at('2026-03-15'), policy)).toMatchObject({ to: 'replan_offered', reason: 'replan_offer_open', changed: false });
    r = tick(plan, '2026-03-16');
    expect(r.decision).toMatchObject({ to: 'defaulted', reason: 'defaulted_after_unanswered_replan' });
    expect(r.plan.history.map((h) => h.to)).toEqual(['active', 'grace', 'missed', 'replan_offered', 'defaulted']);
  });

  it('a long-late plan jumps to the re-plan offer but never straight to default', () => {
    const plan = newPlan();
    const d = evaluatePlan(plan, at('2026-06-30'), policy);
    expect(d.to).toBe('replan_offered');
    expect(canTransition('active', 'defaulted')).toBe(false);
    expect(() => transitionPlan(plan, 'defaulted', { at: at('2026-06-30'), reason: 'x' })).toThrow(expect.objectContaining({ origin: 'plans' }));
  });

  it('applies payments to the oldest installment first, partially, and returns the excess', () => {
    let plan = newPlan();
    const first = applyPayment(plan, 4000, at('2026-02-03'));
    expect(first.allocations).toEqual([{ seq: 1, amountCents: 4000 }]);
    plan = first.plan;
    const second = applyPayment(plan, 17000, at('2026-02-04'));
    expect(second.allocations).toEqual([
      { seq: 1, amountCents: 6000 },
      { seq: 2, amountCents: 10000 },
      { seq: 3, amountCents: 1000 },
    ]);
    expect(second.unappliedCents).toBe(0);
    expect(remainingCents(second.plan)).toBe(9000);
    const last = applyPayment(second.plan, 10000, at('2026-02-05'));
    expect(last.unappliedCents).toBe(1000);
    expect(remainingCents(last.plan)).toBe(0);
    expect(last.plan.payments).toHaveLength(3);
    // The original plan value is untouched (pure).
    expect(plan.installments[0]!.paidCents).toBe(4000);
  });

  it('a partial payment keeps the plan in grace; paying the rest brings it back to active', () => {
    let plan = tick(newPlan(), '2026-02-02').plan;
    expect(plan.status).toBe('grace');
    plan = applyPayment(plan, 5000, at('2026-02-03')).plan;
    expect(evaluatePlan(plan, at('2026-02-03'), policy)).toMatchObject({ to: 'grace', overdueCents: 5000 });
    plan = applyPayment(plan, 5000, at('2026-02-04')).plan;
    const r = tick(plan, '2026-02-04');
    expect(r.decision).toMatchObject({ from: 'grace', to: 'active', reason: 'caught_up' });
  });

  it('completes with a thank-you when everything is paid, and then stays closed', () => {
    let plan = applyPayment(newPlan(), 30000, at('2026-01-25')).plan;
    const r = tick(plan, '2026-01-25');
    expect(r.decision).toMatchObject({ to: 'completed', reason: 'paid_in_full', actions: [{ type: 'thank_you' }] });
    plan = r.plan;
    expect(evaluatePlan(plan, at('2026-02-25'), policy)).toMatchObject({ to: 'completed', changed: false });
    expect(() => applyPayment(plan, 100, at('2026-02-25'))).toThrow(expect.objectContaining({ origin: 'plans' }));
  });

  it('a defaulted plan paid off later is completed', () => {
    let plan = newPlan();
    for (const d of ['2026-02-01', '2026-02-11', '2026-03-02', '2026-03-16']) plan = tick(plan, d).plan;
    expect(plan.status).toBe('defaulted');
    plan = applyPayment(plan, 30000, at('2026-04-01')).plan;
    expect(tick(plan, '2026-04-01').plan.status).toBe('completed');
  });

  it('pauses for hardship: schedule moves by whole months, no reminders during the pause, then resumes', () => {
    let plan = tick(newPlan(), '2026-02-05').plan; // grace, first installment late
    plan = pausePlanForHardship(plan, { until: '2026-04-15', at: at('2026-02-05'), reason: 'job_loss' }, policy);
    expect(plan.status).toBe('hardship_paused');
    // Jan 31 moves to Apr 30 (first month end on or after Apr 15), keeping the month-end day.
    expect(plan.installments.map((i) => i.dueOn)).toEqual(['2026-04-30', '2026-05-31', '2026-06-30']);
    expect(evaluatePlan(plan, at('2026-04-14'), policy)).toMatchObject({ reason: 'hardship_pause_in_effect', changed: false });
    const r = tick(plan, '2026-04-15');
    expect(r.decision).toMatchObject({ to: 'active', reason: 'hardship_pause_ended' });
    expect(r.plan.pausedUntil).toBeNull();
    expect(tick(r.plan, '2026-04-27').decision.actions.map((a) => a.type)).toEqual(['payment_reminder']);
  });

  it('refuses a pause longer than the policy allows', () => {
    expect(() => pausePlanForHardship(newPlan(), { until: '2026-06-01', at: at('2026-01-25') }, policy)).toThrow(/pause/);
  });

  it('accepts a re-plan of the remaining balance, keeping what was paid', () => {
    let plan = newPlan();
    plan = applyPayment(plan, 4000, at('2026-02-01')).plan;
    for (const d of ['2026-02-01', '2026-02-11', '2026-03-02']) plan = tick(plan, d).plan;
    expect(plan.status).toBe('replan_offered');
    const parsed = parsePlanQuoteInput({ balanceCents: remainingCents(plan), startOn: '2026-03-15', policy: { maxMonths: 12 }, monthlyBudgetCents: 5000 });
    if (!parsed.ok) throw new Error('bad');
    const option = quotePlan(parsed.value).options[0]!;
    const replanned = acceptReplan(plan, { option, at: at('2026-03-05') });
    expect(replanned.status).toBe('active');
    expect(remainingCents(replanned)).toBe(26000);
    expect(replanned.installments[0]).toMatchObject({ seq: 1, amountCents: 4000, paidCents: 4000 });
    expect(replanned.installments.slice(1).map((i) => i.amountCents)).toEqual([4334, 4334, 4334, 4334, 4334, 4330]); // six months at the $50 budget, levelled
    expect(replanned.replanOfferedOn).toBeNull();
    expect(() => acceptReplan(plan, { option: { ...option, totalCents: 1 }, at: at('2026-03-05') })).toThrow(expect.objectContaining({ origin: 'plans' }));
  });

  it('refuses a stale decision, and cancelled is final', () => {
    const plan = newPlan();
    const d = evaluatePlan(plan, at('2026-02-02'), policy);
    const cancelled = cancelPlan(plan, { at: at('2026-02-01'), reason: 'balance_adjusted_by_assistance' });
    expect(() => applyPlanDecision(cancelled, d, at('2026-02-02'))).toThrow(/does not match/);
    expect(evaluatePlan(cancelled, at('2026-02-02'), policy)).toMatchObject({ to: 'cancelled', changed: false, reason: 'closed' });
    expect(() => transitionPlan(cancelled, 'active', { at: at('2026-02-03'), reason: 'x' })).toThrow(expect.objectContaining({ origin: 'plans' }));
  });
});
