import { describe, expect, it } from 'vitest';
import { evaluateAccount, stepKeyOf } from './evaluate-journey.js';
import { loadOutreachConfig } from './journeys/load-outreach-config.js';
import { snapshot } from './testing/snapshot-builder.js';

const { journeys } = loadOutreachConfig();
// 16:00 UTC = 12:00 in New York (EDT from March 8, 2026).
const noon = (date: string) => new Date(`${date}T16:00:00Z`);

function stepOn(date: string, over: Parameters<typeof snapshot>[0] = {}) {
  const ev = evaluateAccount(snapshot(over), journeys, noon(date));
  return ev.decision.type === 'contact' ? ev.decision.step.id : `${ev.decision.type}:${ev.decision.reason}`;
}

describe('the patient balance journey, day by day', () => {
  it('first tells the patient the statement is ready, then reminds before the due date, then on the day', () => {
    // Due 2026-03-20: the statement step runs to day -8 (03-12) and the reminder starts on day -7 (03-13).
    expect(stepOn('2026-03-12')).toBe('statement-ready');
    expect(stepOn('2026-03-13')).toBe('pre-due-reminder');
    expect(stepOn('2026-03-19')).toBe('pre-due-reminder');
    expect(stepOn('2026-03-20')).toBe('due-today');
    // Between the due day and the first gentle reminder nothing is sent.
    expect(stepOn('2026-03-21')).toBe('wait:between_steps');
    expect(stepOn('2026-03-23')).toBe('gentle-reminder');
  });

  it('sends a step once per window unless it repeats, and then only every N days up to its limit', () => {
    const done = { 'gentle-reminder@2026-03-20': { n: 1, lastAt: '2026-03-23T16:00:00Z' } };
    expect(stepOn('2026-03-25', { state: { journey: 'self-pay-standard', attempts: done } })).toBe('wait:step_done');
    expect(stepOn('2026-04-02', { state: { journey: 'self-pay-standard', attempts: done } })).toBe('gentle-reminder');
    const twice = { 'gentle-reminder@2026-03-20': { n: 2, lastAt: '2026-04-02T16:00:00Z' } };
    expect(stepOn('2026-04-05', { state: { journey: 'self-pay-standard', attempts: twice } })).toBe('wait:step_done');
  });

  it('offers a plan, then assistance, then checks in, and sends a final notice only after day 105', () => {
    expect(stepOn('2026-04-10')).toBe('plan-offer');
    expect(stepOn('2026-04-30')).toBe('assistance-offer');
    expect(stepOn('2026-05-20')).toBe('check-in');
    expect(stepOn('2026-07-02')).toBe('check-in');
    expect(stepOn('2026-07-03')).toBe('final-notice');
  });

  it('keys a step\'s counters by step and anchor, one string per pair', () => {
    const step = journeys[0]!.steps[0]!;
    const key = stepKeyOf(step, '2026-03-20');
    expect(key).toBe(`${step.id}@2026-03-20`);
    expect(stepKeyOf(step, ['2026', '03', '20'].join('-'))).toBe(key);
    expect(stepKeyOf(step, '2026-03-21')).toBe(`${step.id}@2026-03-21`);
  });

  it('looks again at least daily when nothing is due, so a payment or a hold is noticed', () => {
    const now = noon('2026-03-21');
    const ev = evaluateAccount(snapshot(), journeys, now);
    expect(ev.decision.type).toBe('wait');
    expect(ev.decision.nextEvalAt.getTime() - now.getTime()).toBeLessThanOrEqual(86_400_000);
  });
});

describe('pauses', () => {
  it('never bills the patient while insurance is pending', () => {
    expect(stepOn('2026-03-20', { account: { insurancePendingCents: 100 } })).toBe('pause:insurance_pending');
  });
  it('pauses for a dispute, an attorney or an assistance application, and resumes when resolved', () => {
    const since = new Date('2026-03-01T00:00:00Z');
    expect(stepOn('2026-03-20', { holds: [{ type: 'dispute', accountId: 'a1', since, resolvedAt: null }] })).toBe('pause:hold:dispute');
    expect(stepOn('2026-03-20', { holds: [{ type: 'attorney', accountId: null, since, resolvedAt: null }] })).toBe('pause:hold:attorney');
    expect(stepOn('2026-03-20', { holds: [{ type: 'assistance_pending', accountId: 'a1', since, resolvedAt: null }] })).toBe('pause:assistance_pending');
    expect(stepOn('2026-03-20', { holds: [{ type: 'dispute', accountId: 'a1', since, resolvedAt: new Date('2026-03-10T00:00:00Z') }] })).toBe('due-today');
    // A hold on another account of the same person does not pause this one.
    expect(stepOn('2026-03-20', { holds: [{ type: 'dispute', accountId: 'other', since, resolvedAt: null }] })).toBe('due-today');
  });
  it('honors a pause a reply asked for until it ends', () => {
    const manualPause = { reason: 'verify_payment', until: '2026-03-25T00:00:00Z' };
    expect(stepOn('2026-03-20', { state: { manualPause } })).toBe('pause:verify_payment');
    expect(stepOn('2026-03-25', { state: { manualPause } })).toBe('gentle-reminder');
  });
});

describe('payments', () => {
  it('reset the attempt counters and give the patient a quiet week', () => {
    const paid = new Date('2026-04-01T15:00:00Z');
    const state = { journey: 'self-pay-standard', attempts: { 'gentle-reminder@2026-03-20': { n: 2, lastAt: '2026-04-01T16:00:00Z' } }, paymentMarker: null };
    const during = evaluateAccount(snapshot({ account: { lastPaymentAt: paid, patientDueCents: 10000, balanceCents: 10000 }, state }), journeys, noon('2026-04-05'));
    expect(during.resetAttempts).toBe(true);
    expect(during.attempts).toEqual({});
    expect(during.decision).toMatchObject({ type: 'wait', reason: 'recent_payment' });
    const after = evaluateAccount(snapshot({ account: { lastPaymentAt: paid, patientDueCents: 10000, balanceCents: 10000 }, state: { ...state, paymentMarker: paid, attempts: {} } }), journeys, noon('2026-04-09'));
    expect(after.decision.type === 'contact' && after.decision.step.id).toBe('gentle-reminder');
  });

  it('paid in full moves the patient to a thank-you, then a survey, then nothing', () => {
    const paid = new Date('2026-03-10T15:00:00Z');
    const over = { account: { balanceCents: 0, patientDueCents: 0, lastPaymentAt: paid } };
    expect(stepOn('2026-03-10', over)).toBe('thank-you');
    expect(stepOn('2026-03-15', over)).toBe('csat-survey');
    expect(stepOn('2026-03-30', over)).toBe('complete:journey_finished');
  });
});

describe('a plan in good standing', () => {
  const plan = { status: 'active' as const, installments: [{ seq: 1, dueOn: '2026-04-01', amountCents: 5000, paidCents: 0 }, { seq: 2, dueOn: '2026-05-01', amountCents: 5000, paidCents: 0 }] };
  it('replaces the past-due reminders with installment reminders and kind care after a miss', () => {
    const over = { account: { status: 'plan' }, plan };
    expect(stepOn('2026-03-29', over)).toBe('installment-reminder');
    expect(stepOn('2026-04-01', over)).toBe('wait:between_steps');
    expect(stepOn('2026-04-03', over)).toBe('missed-installment-care');
    expect(stepOn('2026-04-11', over)).toBe('replan-offer');
  });
  it('moves on to the next installment once one is paid', () => {
    const paidPlan = { ...plan, installments: [{ ...plan.installments[0]!, paidCents: 5000 }, plan.installments[1]!] };
    expect(stepOn('2026-04-28', { account: { status: 'plan' }, plan: paidPlan })).toBe('installment-reminder');
  });
});

describe('payer tenants', () => {
  it('use the premium grace-period journey', () => {
    expect(stepOn('2026-03-22', { tenant: { kind: 'payer' } })).toBe('grace-start');
    expect(stepOn('2026-04-14', { tenant: { kind: 'payer' } })).toBe('grace-final');
  });
});
