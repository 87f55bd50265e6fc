import { COMPLIANCE_HOLD_TYPES, type AccountSnapshot, type StepAttempts } from './snapshot.js';
import type { JourneyDefinition, JourneyStep, Phase } from './journeys/journey.schema.js';
import { addDays, atLocalMs, dayNumber, localDate, localDayMs } from './local-time.js';

const DAY_MS = 86_400_000;
/** Every account is looked at again at least daily, so a payment or a hold is noticed. */
const MAX_WAIT_MS = DAY_MS;

export type JourneyDecision =
  /** Nothing to send now; look again at `nextEvalAt`. */
  | { type: 'wait'; reason: string; nextEvalAt: Date }
  /** Collection is paused (hold, pending insurance, assistance application, a reply). */
  | { type: 'pause'; reason: string; nextEvalAt: Date }
  /** The journey has nothing left for this account. */
  | { type: 'complete'; reason: string; nextEvalAt: Date }
  /** A step is due: personalization and compliance decide how and whether it goes out. */
  | { type: 'contact'; step: JourneyStep; stepKey: string; anchorOn: string; attempt: number; nextEvalAt: Date };

export interface AccountEvaluation {
  phase: Phase | null;
  journey: JourneyDefinition | null;
  /** The account enters `journey` now (its counters start from zero). */
  enters: boolean;
  /** A payment arrived since the counters were last reset. */
  resetAttempts: boolean;
  /** Counters as they stand after a reset or a journey change. */
  attempts: Record<string, StepAttempts>;
  paymentMarker: Date | null;
  decision: JourneyDecision;
}

const sortedSteps = new WeakMap<JourneyDefinition, JourneyStep[]>();

/** A journey's steps by the first day of their window (sorted once per loaded journey). */
function stepsByStart(journey: JourneyDefinition): JourneyStep[] {
  let steps = sortedSteps.get(journey);
  if (!steps) sortedSteps.set(journey, (steps = [...journey.steps].sort((a, b) => a.window.fromDay - b.window.fromDay)));
  return steps;
}

const stepKeys = new WeakMap<JourneyStep, Map<string, string>>();
const STEP_KEYS_LIMIT = 4096;

/**
 * The key of a step's attempt counter for an anchor date (`<step id>@<YYYY-MM-DD>`), one string
 * per step and anchor: the counters are looked up by it at every evaluation, and a key joined anew
 * each time had to be flattened and hashed for each lookup.
 */
export function stepKeyOf(step: JourneyStep, anchorOn: string): string {
  let keys = stepKeys.get(step);
  if (!keys) stepKeys.set(step, (keys = new Map()));
  let key = keys.get(anchorOn);
  if (key === undefined) {
    if (keys.size >= STEP_KEYS_LIMIT) keys.clear();
    keys.set(anchorOn, (key = `${step.id}@${anchorOn}`));
  }
  return key;
}

/** Start of the person's next local day (their first zone). */
function startOfNextLocalDay(now: Date, zone: string): Date {
  return new Date(atLocalMs(localDayMs(now.getTime(), zone) + 1, 0, 0, zone));
}

/** `at`, kept between a minute and a day from now (a new Date only when it is moved). */
function capWait(now: Date, at: Date): Date {
  const t = now.getTime();
  const a = at.getTime();
  if (a > t + MAX_WAIT_MS) return new Date(t + MAX_WAIT_MS);
  if (a < t + 60_000) return new Date(t + 60_000);
  return at;
}

type Where = { phase: Phase } | { pause: string; until?: Date } | { none: string };

// The answers that carry nothing of the account, shared (read only): every decision asks.
const IN_PATIENT_DUE: Where = Object.freeze({ phase: 'patient_due' });
const IN_PLAN: Where = Object.freeze({ phase: 'plan' });
const IN_RESOLVED: Where = Object.freeze({ phase: 'resolved' });
const NOTHING_OWED: Where = Object.freeze({ none: 'nothing_owed' });
const NO_HOLDS: AccountSnapshot['holds'] = [];

/** Which phase the account is in, or why collection is paused (pure). */
export function accountPhase(s: AccountSnapshot, now: Date): Where {
  if (s.person.deceased) return { pause: 'hold:deceased' };
  const active = s.holds.length === 0 ? NO_HOLDS : s.holds.filter((h) => !h.resolvedAt && (!h.accountId || h.accountId === s.account.id) && h.since <= now);
  for (const type of COMPLIANCE_HOLD_TYPES) if (active.some((h) => h.type === type)) return { pause: `hold:${type}` };
  const manual = s.state.manualPause;
  if (manual && Date.parse(manual.until) > now.getTime()) return { pause: manual.reason, until: new Date(manual.until) };
  if (s.account.balanceCents <= 0) return s.account.lastPaymentAt ? IN_RESOLVED : NOTHING_OWED;
  // Never bill the patient while a claim is pending (PRODUCT: patient responsibility only after adjudication).
  if (s.account.insurancePendingCents > 0 || active.some((h) => h.type === 'insurance_pending')) return { pause: 'insurance_pending' };
  if (active.some((h) => h.type === 'assistance_pending')) return { pause: 'assistance_pending' };
  if (s.plan) {
    if (s.plan.status === 'hardship_paused') return { pause: 'plan_hardship_pause' };
    const st = s.plan.status;
    if (st === 'active' || st === 'grace' || st === 'missed' || st === 'replan_offered') return IN_PLAN;
  }
  if (s.account.patientDueCents > 0) return IN_PATIENT_DUE;
  return NOTHING_OWED;
}

function anchorDate(s: AccountSnapshot, j: JourneyDefinition, zone: string): string | null {
  switch (j.anchor) {
    case 'due_on':
      return s.account.dueOn ?? (s.account.firstStatementOn ? addDays(s.account.firstStatementOn, 30) : null);
    case 'first_statement_on':
      return s.account.firstStatementOn;
    case 'installment_due_on':
      return s.plan?.installments.filter((i) => i.paidCents < i.amountCents).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0]?.dueOn ?? null;
    case 'resolved_on':
      return s.account.lastPaymentAt ? localDate(s.account.lastPaymentAt, zone) : null;
  }
}

/** A placeholder until an evaluation's decision is known (never returned). */
const NO_DECISION: JourneyDecision = Object.freeze({ type: 'wait', reason: '', nextEvalAt: new Date(0) });

function decided(ev: AccountEvaluation, decision: JourneyDecision): AccountEvaluation {
  ev.decision = decision;
  return ev;
}

/**
 * Evaluates one account against the shipped journeys (pure: snapshot, journeys, now -> decision;
 * CONVENTIONS example 7). The applicator persists what this returns.
 */
export function evaluateAccount(s: AccountSnapshot, journeys: readonly JourneyDefinition[], now: Date): AccountEvaluation {
  const zone = s.person.timeZones[0] ?? s.tenant.timeZone;
  const lastPay = s.account.lastPaymentAt;
  const resetAttempts = !!lastPay && (!s.state.paymentMarker || lastPay > s.state.paymentMarker);
  const paymentMarker = resetAttempts ? lastPay : s.state.paymentMarker;
  const where = accountPhase(s, now);
  if ('pause' in where) {
    const until = where.until ? capWait(now, where.until) : capWait(now, startOfNextLocalDay(now, zone));
    return { resetAttempts, paymentMarker, phase: null, journey: null, enters: false, attempts: resetAttempts ? {} : s.state.attempts, decision: { type: 'pause', reason: where.pause, nextEvalAt: until } };
  }
  if ('none' in where) {
    return { resetAttempts, paymentMarker, phase: null, journey: null, enters: false, attempts: s.state.attempts, decision: { type: 'complete', reason: where.none, nextEvalAt: capWait(now, startOfNextLocalDay(now, zone)) } };
  }
  const journey = journeys.find((j) => j.entry.phase === where.phase && j.entry.tenantKinds.includes(s.tenant.kind)) ?? null;
  if (!journey) {
    return { resetAttempts, paymentMarker, phase: where.phase, journey: null, enters: false, attempts: s.state.attempts, decision: { type: 'complete', reason: 'no_journey_for_phase', nextEvalAt: capWait(now, startOfNextLocalDay(now, zone)) } };
  }
  const enters = s.state.journey !== journey.id;
  const attempts = enters || resetAttempts ? {} : s.state.attempts;
  const phase = where.phase;
  // The evaluation every answer below returns, its decision filled in by `decided` (no closure per call).
  const ev: AccountEvaluation = { resetAttempts, paymentMarker, phase, journey, enters, attempts, decision: NO_DECISION };

  // A payment deserves a breather: no collection contact right after it.
  if (lastPay && journey.quietDaysAfterPayment > 0) {
    const quietUntil = new Date(lastPay.getTime() + journey.quietDaysAfterPayment * DAY_MS);
    if (quietUntil > now) return decided(ev, { type: 'wait', reason: 'recent_payment', nextEvalAt: capWait(now, quietUntil) });
  }
  const anchor = anchorDate(s, journey, zone);
  if (!anchor) return decided(ev, { type: 'wait', reason: 'no_anchor_date', nextEvalAt: capWait(now, startOfNextLocalDay(now, zone)) });
  // Calendar days as day numbers (days since 1970-01-01): the same dates and comparisons as their
  // YYYY-MM-DD texts, without formatting a date only to parse it back.
  const anchorDay = dayNumber(anchor);
  const today = localDayMs(now.getTime(), zone);
  const offset = today - anchorDay;
  const steps = stepsByStart(journey);
  const current = steps.find((st) => st.window.fromDay <= offset && offset <= st.window.toDay);
  let nextDay: number | null = null;
  // Presumptive screening found the patient likely eligible for financial assistance: the
  // assistance offer goes out before any past-due step, and steps that escalate wait (the
  // screening is re-run and a counselor task is open; an application then pauses everything).
  if (s.scoring?.likelyEligible && phase === 'patient_due' && current && current.window.fromDay > 0) {
    const offer = steps.find((st) => st.template === 'assistance-offer');
    if (offer && offer.id !== current.id && !Object.keys(attempts).some((k) => k.startsWith(`${offer.id}@`))) {
      return decided(ev, { type: 'contact', step: offer, stepKey: `${offer.id}@${anchor}`, anchorOn: anchor, attempt: 1, nextEvalAt: capWait(now, startOfNextLocalDay(now, zone)) });
    }
    if (current.escalation) return decided(ev, { type: 'wait', reason: 'assistance_screening', nextEvalAt: capWait(now, startOfNextLocalDay(now, zone)) });
  }
  if (current) {
    const stepKey = stepKeyOf(current, anchor);
    const done = attempts[stepKey];
    const n = done?.n ?? 0;
    if (n < current.maxAttempts) {
      const readyDay = done ? localDayMs(Date.parse(done.lastAt), zone) + (current.repeatEveryDays ?? 1) : today;
      if (Number.isNaN(readyDay)) throw new RangeError(`not an instant: ${done!.lastAt}`);
      if (readyDay <= today) {
        return decided(ev, { type: 'contact', step: current, stepKey, anchorOn: anchor, attempt: n + 1, nextEvalAt: capWait(now, startOfNextLocalDay(now, zone)) });
      }
      if (readyDay - anchorDay <= current.window.toDay) nextDay = readyDay;
    }
  }
  const upcoming = steps.find((st) => st.window.fromDay > offset);
  const upcomingDay = upcoming ? anchorDay + upcoming.window.fromDay : null;
  if (nextDay === null || (upcomingDay !== null && upcomingDay < nextDay)) nextDay = upcomingDay;
  if (nextDay === null) return decided(ev, { type: 'complete', reason: 'journey_finished', nextEvalAt: capWait(now, startOfNextLocalDay(now, zone)) });
  return decided(ev, { type: 'wait', reason: current ? 'step_done' : 'between_steps', nextEvalAt: capWait(now, new Date(atLocalMs(nextDay, 0, 0, zone))) });
}
