import { boundedMemo } from '../../platform/memo/index.js';
import { MS_PER_DAY, zoneInfo, zoneOffsetAt, evaluate as complianceEvaluate, type RuleSet } from '../compliance/index.js';
import { DEFAULT_FAP_POLICY, FapPolicy, screenEligibility } from '../assistance/pure.js';
import { addDays, atLocal, decideAccountNow, escalationQuestion, localDate, nextSlot, preferredHour, stepKeyOf, type AccountSnapshot, type ComplianceEvaluator, type JourneyDefinition, type JourneyStateView, type JourneyStep, type OutreachConfig, type PlanView, type Tone } from '../outreach/pure.js';
import { parsePlanQuoteInput, quotePlan } from '../plans/pure.js';
import { SeededRandom } from './random.js';
import { BALANCE_BANDS, INCOME_BANDS, type BehaviourModel, type StrategyDefinition } from './simulation-config.js';
import { CHANNEL_CODES, dayString, normal, REACH_DISPUTER, REACH_EMAIL, REACH_PHONE, REACH_SMS_CONSENT, type Population, type SimChannel } from './synthetic-population.js';

const HOUR = 3_600_000;
const DAY = MS_PER_DAY;

/** Counters kept per replication (rows of a Float64Array, one column per metric). */
export const METRICS = [
  'email', 'sms', 'letter', 'call', 'blockedContacts', 'blockedAttempts', 'optOuts', 'plansStarted', 'plansCompleted', 'plansDefaulted',
  'assistanceApplications', 'assistanceApproved', 'csatResponses', 'csatSum', 'csatTopTwo', 'conversations', 'resolvingConversations',
  'complaints', 'agentMinutes', 'churned', 'collectedCents', 'placedCents', 'assistanceAdjustedCents', 'resolvedAccounts', 'cohortAccounts',
  'sendsOutsideAllowedHours',
] as const;
export type Metric = (typeof METRICS)[number];
const M = Object.fromEntries(METRICS.map((m, i) => [m, i])) as Record<Metric, number>;

export interface StrategyRun {
  name: string;
  replications: number;
  /** replications x METRICS.length counters. */
  tallies: Float64Array;
  /** Days from first due to a zero balance, per account (-1: not resolved). */
  daysToResolution: Float64Array;
  blockedByReason: Record<string, number>;
}

type Action = 'none' | 'pay' | 'partial' | 'plan' | 'assistance' | 'reply' | 'optOut' | 'complain' | 'dispute';
/** What a person may do with a message, in the order their weights are drawn. */
const ACTIONS: readonly Action[] = ['optOut', 'complain', 'dispute', 'pay', 'partial', 'plan', 'assistance', 'reply'];
const actionWeights = new Float64Array(ACTIONS.length);

interface PlanState {
  view: PlanView;
  misses: number;
}

/**
 * A final notice the escalation question blocked at the last decision, with what that decision
 * depended on: see `decideAgainBlocked`.
 */
interface EscalationBlock {
  step: JourneyStep & { escalation: NonNullable<JourneyStep['escalation']> };
  anchor: number;
  /** The first channel personalization chose and its hour (the block's channel). */
  hour: number;
  reasons: string;
}

interface PendingEvent {
  at: number;
  kind: 'pay' | 'installment' | 'assistance_decision' | 'dispute_resolved';
  amount: number;
  seq: number;
}

const F_ASSIST_APPLIED = 1;
const F_ASSIST_APPROVED = 2;
const F_CEASED = 4;
const F_SURVEYED = 8;
const F_LAST_CONV_RESOLVING = 16;

const TENANT: AccountSnapshot['tenant'] = {
  id: 'sim-tenant',
  name: 'Simulated Community Hospital',
  kind: 'nonprofit_hospital',
  collectorRole: 'original_creditor',
  timeZone: 'America/New_York',
  phone: '1-800-555-0100',
  agentName: 'Sam Rivera',
};

/**
 * An account's journey state as the simulator keeps it: outreach's next state with no staff pause,
 * every field written in one order, so every state object has the same shape (outreach reads
 * them per decision; objects built by spreading came in many shapes and made those reads slow).
 */
function journeyState(x: Omit<JourneyStateView, 'manualPause'>, nextEvalAt: Date, prev?: JourneyStateView): JourneyStateView {
  return {
    journey: x.journey,
    journeyVersion: x.journeyVersion,
    status: x.status,
    pausedReason: x.pausedReason,
    attempts: x.attempts,
    totalAttempts: x.totalAttempts,
    lastContactAt: sharedOrNull(x.lastContactAt, prev?.lastContactAt),
    paymentMarker: sharedOrNull(x.paymentMarker, prev?.paymentMarker),
    manualPause: null,
    lastSignature: x.lastSignature,
    enteredAt: sharedOrNull(x.enteredAt, prev?.enteredAt),
    nextEvalAt: sharedDate(nextEvalAt.getTime()),
  };
}

/** The shared Date of `d` (null for none); the previous state's, already shared, when it is the same object. */
function sharedOrNull(d: Date | null, prev: Date | null | undefined): Date | null {
  return d === null ? null : d === prev ? prev : sharedDate(d.getTime());
}

/**
 * One Date object per instant, shared by every journey state and history item that holds it.
 * Accounts keep the instants of their last contacts, attempts and next evaluation for weeks of
 * simulated time, and most are the same few thousand hours (a Date is about 100 bytes, a fifth of
 * what an account kept alive). Nothing mutates these dates: outreach and compliance only read them.
 */
const SHARED_DATES_LIMIT = 65_536;
const sharedDate = boundedMemo(SHARED_DATES_LIMIT, (t: number) => new Date(t));

/**
 * The text of an instant, one flat string per instant: each attempt keeps the time it was made
 * as text for the rest of the journey, and outreach builds it as two joined pieces per decision.
 */
const sharedInstantText = boundedMemo(SHARED_DATES_LIMIT, (text: string) => text);

const NEW_JOURNEY_STATE: Omit<JourneyStateView, 'manualPause'> = { journey: null, journeyVersion: null, status: 'new', pausedReason: null, attempts: {}, totalAttempts: 0, lastContactAt: null, paymentMarker: null, lastSignature: null, enteredAt: null, nextEvalAt: new Date(0) };

function newJourneyState(): JourneyStateView {
  return journeyState(NEW_JOURNEY_STATE, new Date(0));
}

/** Local calendar day number of an instant in a zone (the outreach engine's zone data). */
function localDay(t: number, zone: string): number {
  return Math.floor((t + zoneOffsetAt(zoneInfo(zone), t)) / DAY);
}

function localHour(t: number, zone: string): number {
  const local = t + zoneOffsetAt(zoneInfo(zone), t);
  return Math.floor((local - Math.floor(local / DAY) * DAY) / HOUR);
}

function localMidnight(day: number, zone: string): number {
  const wall = day * DAY;
  const z = zoneInfo(zone);
  const first = wall - zoneOffsetAt(z, wall);
  return wall - zoneOffsetAt(z, first);
}

const DECISION_MEMO_MAX = 20_000;

/**
 * A message-content question from a creditor that is not a debt collector, outside a validation
 * period, is decided by its channel and its exposed text alone (no Reg F rule applies, so neither
 * the instant nor the id changes the answer): the same rendered message gets the same decision.
 * Any other question is not memoized (null).
 */
export function contentMemoKey(q: Parameters<ComplianceEvaluator>[0]): string | null {
  const c = q as { kind?: unknown; collector?: { role?: unknown; usesThirdPartyName?: unknown }; validationPeriodEndsOn?: unknown; channel?: unknown; subject?: unknown; body?: unknown; recipientVerified?: unknown };
  if (c.kind !== 'message_content' || !c.collector || c.collector.role === 'debt_collector' || c.collector.usesThirdPartyName !== undefined) return null;
  if (c.validationPeriodEndsOn !== undefined || typeof c.body !== 'string') return null;
  return `${String(c.channel)}\u0000${c.recipientVerified === true ? 1 : 0}\u0000${typeof c.subject === 'string' ? c.subject : ''}\u0000${c.body}`;
}

/** Fields of an escalation question as outreach's escalationQuestion builds them. */
type EcaFields = {
  collector?: { role?: unknown; entity?: unknown };
  state?: unknown;
  action?: unknown;
  on?: unknown;
  firstPostDischargeStatementOn?: unknown;
  noticesSent?: Array<{ type?: unknown; on?: unknown }>;
  fapApplication?: { receivedOn?: unknown; complete?: unknown; decision?: unknown; decidedOn?: unknown };
};

function ownKeys(o: object): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  return n;
}

/**
 * Every field of an escalation question but its id, as one string. The shape outreach builds is
 * keyed field by field (a JSON text of the question cost more than the engine's answer); any
 * other shape (another field, a nested field more or less) is keyed by its whole JSON text.
 */
function ecaMemoKey(q: Parameters<ComplianceEvaluator>[0]): string {
  const e = q as EcaFields;
  const c = e.collector;
  const notices = e.noticesSent;
  const fap = e.fapApplication;
  const expected = 6 + (e.state !== undefined ? 1 : 0) + (e.firstPostDischargeStatementOn !== undefined ? 1 : 0) + (fap !== undefined ? 1 : 0);
  let known =
    ownKeys(q) === expected &&
    typeof c === 'object' && c !== null && ownKeys(c) === 2 && typeof c.role === 'string' && typeof c.entity === 'string' &&
    (e.state === undefined || typeof e.state === 'string') &&
    typeof e.action === 'string' && typeof e.on === 'string' &&
    (e.firstPostDischargeStatementOn === undefined || typeof e.firstPostDischargeStatementOn === 'string') &&
    Array.isArray(notices) &&
    (fap === undefined ||
      (typeof fap === 'object' && fap !== null && ownKeys(fap) === 4 && typeof fap.receivedOn === 'string' && typeof fap.complete === 'boolean' && typeof fap.decision === 'string' && (fap.decidedOn === null || typeof fap.decidedOn === 'string')));
  let key = '';
  if (known) {
    key = `eca\u0000${c!.role as string}\u0000${c!.entity as string}\u0000${(e.state as string | undefined) ?? '\u0001'}\u0000${e.action as string}\u0000${e.on as string}\u0000${(e.firstPostDischargeStatementOn as string | undefined) ?? '\u0001'}`;
    for (const n of notices!) {
      if (typeof n !== 'object' || n === null || ownKeys(n) !== 2 || typeof n.type !== 'string' || typeof n.on !== 'string') {
        known = false;
        break;
      }
      key += `\u0000n:${n.type}\u0000${n.on}`;
    }
    if (fap) key += `\u0000f:${fap.receivedOn as string}\u0000${fap.complete ? 1 : 0}\u0000${fap.decision as string}\u0000${(fap.decidedOn as string | null) ?? '\u0001'}`;
  }
  if (known) return key;
  const { id: _id, ...rest } = q;
  return `eca\u0000json\u0000${JSON.stringify(rest)}`;
}

/**
 * The memo key of a question whose decision the simulator may reuse, or null. A voicemail's
 * content: see contentMemoKey. An escalation (eca) question is decided by its fields alone (the
 * engine has no clock and no state; the decision only echoes the id), so every field but the id
 * is its key: a final notice blocked by a state's ban is asked again each day, by many accounts
 * alike.
 */
export function decisionMemoKey(q: Parameters<ComplianceEvaluator>[0]): string | null {
  if (q.kind === 'eca') return ecaMemoKey(q);
  // A text, an email or a letter carries its own verify code, so its text never comes back: keying
  // it would only cost (a long string hashed and kept). A voicemail's limited content repeats.
  if (q.kind === 'message_content' && q.channel !== 'voicemail') return null;
  return contentMemoKey(q);
}

interface CompiledJourney {
  journey: JourneyDefinition;
  /** Steps by the first day of their window (the order outreach's journey evaluation looks in). */
  stepsByStart: JourneyStep[];
  /** Days (from the anchor) on which a step window opens or closes, ascending. */
  boundaries: number[];
}

function compileJourney(j: JourneyDefinition): CompiledJourney {
  const set = new Set<number>();
  for (const s of j.steps) {
    set.add(s.window.fromDay);
    set.add(s.window.toDay + 1);
  }
  return { journey: j, stepsByStart: [...j.steps].sort((a, b) => a.window.fromDay - b.window.fromDay), boundaries: [...set].sort((a, b) => a - b) };
}

export interface RunStrategyOptions {
  population: Population;
  model: BehaviourModel;
  strategy: StrategyDefinition;
  outreach: OutreachConfig;
  days: number;
  seed: number;
  replications: number;
  /** Called every few thousand wake-ups so a caller on a shared event loop can yield. */
  pause?: () => Promise<void>;
  /** The compliance rule set (the shipped one when absent). */
  ruleSet?: RuleSet;
  /**
   * Only the accounts of these replications (account i belongs to replication i mod R). People
   * do not interact in the model, so the parts of a run add up to the whole run exactly: a run
   * split over threads gives the same figures as one thread.
   */
  onlyReplications?: readonly number[];
}

/**
 * Plays one strategy out over the population on a simulated clock: every wake-up of an account
 * runs outreach's real decision (`decideAccountNow`: journey evaluation, personalization, the compliance engine
 * on contact, content and escalation), and the behavioural model answers what was sent. Plans are
 * quoted by the plans module's `quotePlan`, assistance applications screened by the assistance
 * module's `screenEligibility`. Accounts are woken only when something is due for them (hourly
 * buckets), never every account every day.
 */
export async function runStrategy(opts: RunStrategyOptions): Promise<StrategyRun> {
  const { population: pop, model, strategy, outreach, days, replications: R } = opts;
  const b = model.behaviour;
  const n = pop.size;
  const t0 = Date.parse(model.startOn + 'T00:00:00Z');
  const tEnd = t0 + days * DAY;
  const rules = opts.ruleSet;
  const evalOpts = rules ? { ruleSet: rules } : undefined;
  const decisionMemo = new Map<string, ReturnType<ComplianceEvaluator>>();
  const evaluate: ComplianceEvaluator = (q) => {
    const key = decisionMemoKey(q);
    if (key === null) return complianceEvaluate(q, evalOpts) as ReturnType<ComplianceEvaluator>;
    let d = decisionMemo.get(key);
    if (!d) {
      if (decisionMemo.size >= DECISION_MEMO_MAX) decisionMemo.clear();
      d = complianceEvaluate(q, evalOpts) as ReturnType<ComplianceEvaluator>;
      if ((d as { error?: unknown }).error) return d;
      decisionMemo.set(key, d);
    }
    // The decision echoes the question's id; the rest depends only on the key.
    return { ...(d as object), id: (q as { id: string }).id } as unknown as ReturnType<ComplianceEvaluator>;
  };
  // The engine in this process: contact questions come with instants as numbers.
  evaluate.takesInstantsAsMs = true;
  const deps = { config: outreach, evaluate, publicUrl: 'https://kindly.example', newLinkCode: () => 'SIMULATED' };
  const fap = FapPolicy.parse({ ...DEFAULT_FAP_POLICY, timeZone: TENANT.timeZone });
  const journeys = {
    patient_due: compileJourney(strategy.journey),
    plan: outreach.journeys.find((j) => j.entry.phase === 'plan') ? compileJourney(outreach.journeys.find((j) => j.entry.phase === 'plan')!) : null,
    resolved: outreach.journeys.find((j) => j.entry.phase === 'resolved') ? compileJourney(outreach.journeys.find((j) => j.entry.phase === 'resolved')!) : null,
  };

  const tallies = new Float64Array(R * METRICS.length);
  const add = (i: number, m: Metric, v = 1) => {
    tallies[(i % R) * METRICS.length + M[m]]! += v;
  };
  const blockedByReason: Record<string, number> = {};

  // Dynamic state, a row per account.
  const bal = new Int32Array(n);
  const collected = new Int32Array(n);
  const lastPayAt = new Float64Array(n);
  const fatigue = new Float32Array(n);
  const fatigueAt = new Float64Array(n);
  const flags = new Uint8Array(n);
  const complaints = new Uint8Array(n);
  const optOutCount = new Uint8Array(n);
  const urgentContacts = new Uint16Array(n);
  const journeyWakeAt = new Float64Array(n);
  const lastConvAt = new Float64Array(n);
  const version = new Int32Array(n);
  const daysToResolution = new Float64Array(n).fill(-1);
  const jstate: Array<JourneyStateView | undefined> = new Array(n);
  const history: Array<AccountSnapshot['history'] | undefined> = new Array(n);
  const revocations: Array<AccountSnapshot['revocations'] | undefined> = new Array(n);
  const holds: Array<AccountSnapshot['holds'] | undefined> = new Array(n);
  const plans: Array<PlanState | undefined> = new Array(n);
  const events: Array<PendingEvent[] | undefined> = new Array(n);
  /** When each account's first pending event is due (Infinity: none): read on every wake-up without touching its list. */
  const nextEventAt = new Float64Array(n).fill(Infinity);
  const rngs: SeededRandom[] = new Array(n);
  const ecaBlocks: Array<EscalationBlock | undefined> = new Array(n);
  let eventSeq = 0;

  // Hourly buckets of (account, version) pairs; a stale version means the account was rescheduled.
  const nBuckets = Math.ceil((tEnd - t0) / HOUR) + 1;
  const buckets: Array<number[] | null> = new Array(nBuckets).fill(null);
  function schedule(i: number, at: number): void {
    version[i]! += 1;
    if (!(at < tEnd)) return;
    const k = Math.max(0, Math.floor((at - t0) / HOUR));
    (buckets[k] ??= []).push(i, version[i]!, at);
  }

  const zoneOf = (i: number) => pop.zonesByState[pop.stateIndex[i]!]![0]!;

  function pushEvent(i: number, e: Omit<PendingEvent, 'seq'>): void {
    const list = (events[i] ??= []);
    // Sorted by time, then by order of arrival: a new event goes after every one not later.
    let k = list.length;
    while (k > 0 && list[k - 1]!.at > e.at) k--;
    const ev: PendingEvent = { at: e.at, kind: e.kind, amount: e.amount, seq: eventSeq++ };
    if (k === list.length) list.push(ev);
    else list.splice(k, 0, ev);
    nextEventAt[i] = list[0]!.at;
  }

  function nextWake(i: number): number {
    return Math.min(nextEventAt[i]!, journeyWakeAt[i]!);
  }

  const include = new Uint8Array(R).fill(opts.onlyReplications ? 0 : 1);
  for (const r of opts.onlyReplications ?? []) include[r] = 1;
  for (let i = 0; i < n; i++) {
    if (!include[i % R]) continue;
    // Each account's own stream, the same under every strategy, so strategies are compared on
    // the same people drawing the same numbers as far as their stories agree.
    const rng = new SeededRandom((Math.imul(opts.seed | 0, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
    rngs[i] = rng;
    bal[i] = pop.balanceCents[i]!;
    add(i, 'cohortAccounts');
    add(i, 'placedCents', pop.balanceCents[i]!);
    const zone = zoneOf(i);
    // Some people pay without being asked: an exponential time to a spontaneous payment.
    const rate = b.spontaneousPayPerDay[BALANCE_BANDS[pop.balanceBand[i]!]!] * b.payByIncome[INCOME_BANDS[pop.incomeBand[i]!]!] * pop.propensity[i]!;
    const waitDays = -Math.log(Math.max(rng.next(), 1e-12)) / Math.max(rate, 1e-9);
    const stmtAt = localMidnight(pop.statementDay[i]!, zone);
    const payAt = stmtAt + waitDays * DAY;
    if (payAt < tEnd) pushEvent(i, { at: Math.floor(payAt), kind: 'pay', amount: 0 });
    // The account becomes visible to outreach when its statement goes out.
    journeyWakeAt[i] = stmtAt;
    schedule(i, nextWake(i));
  }

  /** An account's person as outreach reads it: fixed for the whole run, so built once per account (until released). */
  const persons: Array<AccountSnapshot['person'] | undefined> = new Array(n);
  function personOf(i: number): AccountSnapshot['person'] {
    let p = persons[i];
    if (p === undefined) {
      const st = pop.stateIndex[i]!;
      persons[i] = p = {
        id: pop.accountIds[i]!,
        givenName: 'Pat',
        language: pop.language[i] === 1 ? 'es' : 'en',
        state: pop.states[st]!,
        timeZones: pop.zonesByState[st]!,
        deceased: false,
        preferences: { channel: CHANNEL_CODES[pop.preferredChannel[i]!]! },
      };
    }
    return p;
  }

  function snapshotOf(i: number): AccountSnapshot {
    const due = pop.dueDay[i]!;
    const plan = plans[i];
    return {
      tenant: TENANT,
      account: {
        id: pop.accountIds[i]!,
        externalRef: pop.accountIds[i]!,
        status: 'open',
        dueOn: dayString(due),
        firstStatementOn: dayString(pop.statementDay[i]!),
        balanceCents: bal[i]!,
        insurancePendingCents: 0,
        patientDueCents: bal[i]!,
        lastPaymentAt: lastPayAt[i]! > 0 ? sharedDate(lastPayAt[i]!) : null,
      },
      person: personOf(i),
      contactPoints: pop.contactPoints[i]!,
      consents: pop.consents[i]!,
      revocations: revocations[i] ?? [],
      holds: holds[i] ?? [],
      history: history[i] ?? [],
      plan: plan ? plan.view : null,
      state: jstate[i] ?? newJourneyState(),
    };
  }

  function addHistory(i: number, item: AccountSnapshot['history'][number]): void {
    const list = (history[i] ??= []);
    list.push(item);
    // The compliance engine looks back at most a week or two; keep five weeks.
    const cutoff = item.at.getTime() - 35 * DAY;
    while (list.length && list[0]!.at.getTime() < cutoff) list.shift();
  }

  function resolveIfPaid(i: number, now: number): void {
    if (bal[i]! <= 0 && daysToResolution[i]! < 0) {
      const dueAt = localMidnight(pop.dueDay[i]!, zoneOf(i));
      daysToResolution[i] = Math.max(0, Math.floor((now - dueAt) / DAY));
      add(i, 'resolvedAccounts');
    }
  }

  function pay(i: number, now: number, amount: number): void {
    const amt = Math.min(bal[i]!, amount);
    if (amt <= 0) return;
    bal[i]! -= amt;
    collected[i]! += amt;
    add(i, 'collectedCents', amt);
    lastPayAt[i] = now;
    resolveIfPaid(i, now);
  }

  function conversation(i: number, now: number, resolving: boolean): void {
    // First-contact resolution: a resolving conversation followed by another within 7 days did not resolve.
    if (flags[i]! & F_LAST_CONV_RESOLVING && now - lastConvAt[i]! < 7 * DAY) add(i, 'resolvingConversations', -1);
    add(i, 'conversations');
    if (resolving) {
      add(i, 'resolvingConversations');
      flags[i]! |= F_LAST_CONV_RESOLVING;
    } else flags[i]! &= ~F_LAST_CONV_RESOLVING;
    lastConvAt[i] = now;
  }

  function startPlan(i: number, now: number, rng: SeededRandom): boolean {
    const zone = zoneOf(i);
    const today = localDay(now, zone);
    const monthly = Math.round(pop.annualIncomeCents[i]! / 12);
    const share = b.plan.budgetShareOfIncome.min + rng.next() * (b.plan.budgetShareOfIncome.max - b.plan.budgetShareOfIncome.min);
    const parsed = parsePlanQuoteInput({
      balanceCents: bal[i]!,
      startOn: dayString(today + b.plan.startInDays),
      quotedOn: dayString(today),
      state: pop.states[pop.stateIndex[i]!]!,
      policy: strategy.planPolicy,
      household: { monthlyIncomeCents: monthly, monthlyEssentialExpensesCents: Math.round(monthly * b.plan.essentialShareOfIncome) },
      monthlyBudgetCents: Math.max(100, Math.round(monthly * share)),
    });
    if (!parsed.ok) return false;
    const quote = quotePlan(parsed.value);
    const option = quote.recommended === null ? undefined : quote.options[quote.recommended];
    if (!option) return false;
    const installments = option.schedule.map((s, k) => ({ seq: k + 1, dueOn: s.dueOn, amountCents: s.amountCents, paidCents: 0 }));
    plans[i] = { view: { status: 'active', installments }, misses: 0 };
    add(i, 'plansStarted');
    add(i, 'agentMinutes', model.cost.agentMinutes.planSetup);
    const first = installments[0]!;
    pushEvent(i, { at: localMidnight(Date.parse(first.dueOn + 'T00:00:00Z') / DAY, zone) + 10 * HOUR, kind: 'installment', amount: 0 });
    return true;
  }

  function applyForAssistance(i: number, now: number): void {
    if (flags[i]! & F_ASSIST_APPLIED) return;
    flags[i]! |= F_ASSIST_APPLIED;
    add(i, 'assistanceApplications');
    add(i, 'agentMinutes', model.cost.agentMinutes.assistanceApplication);
    (holds[i] ??= []).push({ type: 'assistance_pending', accountId: null, since: sharedDate(now), resolvedAt: null });
    pushEvent(i, { at: now + b.assistance.decisionDays * DAY, kind: 'assistance_decision', amount: 0 });
  }

  function installmentDue(i: number, now: number, rng: SeededRandom): void {
    const plan = plans[i];
    if (!plan || plan.view.status === 'defaulted' || plan.view.status === 'completed') return;
    const next = plan.view.installments.find((x) => x.paidCents < x.amountCents);
    if (!next) return;
    if (rng.chance(b.plan.installmentOnTime[INCOME_BANDS[pop.incomeBand[i]!]!])) {
      payInstallments(i, now);
    } else {
      plan.misses += 1;
      if (plan.misses >= b.plan.missesToDefault) {
        plan.view = { ...plan.view, status: 'defaulted' };
        add(i, 'plansDefaulted');
        plans[i] = undefined;
        return;
      }
      plan.view = { ...plan.view, status: 'missed' };
    }
    scheduleNextInstallment(i);
  }

  function scheduleNextInstallment(i: number): void {
    const plan = plans[i];
    if (!plan) return;
    const unpaid = plan.view.installments.filter((x) => x.paidCents < x.amountCents);
    // The next installment not yet due is the next one to look at.
    const paidOrMissed = plan.view.installments.length - unpaid.length + plan.misses;
    const upcoming = plan.view.installments[paidOrMissed];
    if (upcoming) pushEvent(i, { at: localMidnight(Date.parse(upcoming.dueOn + 'T00:00:00Z') / DAY, zoneOf(i)) + 10 * HOUR, kind: 'installment', amount: 0 });
  }

  /** Pays every installment due so far (a cure after a missed one pays the arrears too). */
  function payInstallments(i: number, now: number): void {
    const plan = plans[i];
    if (!plan) return;
    const today = dayString(localDay(now, zoneOf(i)));
    let amount = 0;
    // The first unpaid installment is paid even when not yet due (found once, not per installment).
    const firstUnpaid = plan.view.installments.findIndex((y) => y.paidCents < y.amountCents);
    const installments = plan.view.installments.map((x, k) => {
      const due = x.dueOn <= today || k === firstUnpaid;
      if (x.paidCents < x.amountCents && due) {
        amount += x.amountCents - x.paidCents;
        return { ...x, paidCents: x.amountCents };
      }
      return x;
    });
    plan.misses = 0;
    pay(i, now, amount);
    if (installments.every((x) => x.paidCents >= x.amountCents) || bal[i]! <= 0) {
      add(i, 'plansCompleted');
      plans[i] = undefined;
      return;
    }
    plan.view = { status: 'active', installments };
  }

  function applyEvent(i: number, e: PendingEvent, rng: SeededRandom): void {
    const now = e.at;
    switch (e.kind) {
      case 'pay':
        if (plans[i]) payInstallments(i, now);
        else pay(i, now, e.amount > 0 ? e.amount : bal[i]!);
        break;
      case 'installment':
        installmentDue(i, now, rng);
        break;
      case 'assistance_decision': {
        const list = holds[i] ?? [];
        const hold = list.find((h) => h.type === 'assistance_pending' && !h.resolvedAt);
        const complete = rng.chance(b.assistance.completeApplication);
        const screening = complete
          ? screenEligibility(fap, { size: pop.householdSize[i]!, annualIncomeCents: Math.round(pop.annualIncomeCents[i]!), state: pop.states[pop.stateIndex[i]!]!, presumptive: [] }, new Date(now))
          : null;
        if (screening?.eligible && screening.discountPct > 0) {
          const adjusted = Math.round((bal[i]! * screening.discountPct) / 100);
          bal[i]! -= adjusted;
          add(i, 'assistanceApproved');
          add(i, 'assistanceAdjustedCents', adjusted);
          flags[i]! |= F_ASSIST_APPROVED;
          holds[i] = list.filter((h) => h !== hold);
          resolveIfPaid(i, now);
        } else if (hold) {
          holds[i] = list.map((h) => (h === hold ? { ...h, resolvedAt: sharedDate(now) } : h));
        }
        break;
      }
      case 'dispute_resolved':
        holds[i] = (holds[i] ?? []).map((h) => (h.type === 'dispute' && !h.resolvedAt ? { ...h, resolvedAt: sharedDate(now) } : h));
        break;
    }
  }

  function chooseAction(i: number, channel: SimChannel, tone: Tone, template: string, now: number, f: number, rng: SeededRandom): Action {
    const band = BALANCE_BANDS[pop.balanceBand[i]!]!;
    const income = INCOME_BANDS[pop.incomeBand[i]!]!;
    const t = b.tone[tone];
    const offer = b.offers[template] ?? {};
    const u = pop.propensity[i]!;
    const pastDue = Math.max(0, localDay(now, zoneOf(i)) - pop.dueDay[i]!);
    const age = Math.pow(b.debtAge.payFactor, pastDue / b.debtAge.everyDays);
    const payMul = b.payByIncome[income] * b.payByPayerType[pop.payerType[i] === 1 ? 'self_pay' : 'insured'] * t.pay * (offer.pay ?? 1) * age * u;
    // The weights in ACTIONS order, written into one reused array (a decision's worth of tuples
    // per message was garbage); summed and drawn in the same order as ever.
    const w = actionWeights;
    w[0] = b.optOut[channel] * t.optOut * (1 + b.fatigue.optOutSlope * (f - 1));
    w[1] = b.complain * t.complain * (1 + b.fatigue.complainSlope * (f - 1));
    w[2] = pop.reach[i]! & REACH_DISPUTER ? 0.5 : b.dispute;
    w[3] = b.payInFull[band] * payMul;
    w[4] = b.partialPay.share * payMul;
    w[5] = plans[i] ? 0 : b.askPlan[band] * b.planByIncome[income] * t.plan * (offer.plan ?? 1);
    w[6] = flags[i]! & F_ASSIST_APPLIED ? 0 : b.applyAssistance[income] * t.assistance * (offer.assistance ?? 1);
    w[7] = b.reply;
    let total = 0;
    for (let k = 0; k < ACTIONS.length; k++) total += w[k]!;
    let r = rng.next() * Math.max(1, total);
    for (let k = 0; k < ACTIONS.length; k++) {
      r -= w[k]!;
      if (r < 0) return ACTIONS[k]!;
    }
    return 'none';
  }

  /** What the person does with a message that went out (the behavioural model). */
  function respond(i: number, now: number, channel: SimChannel, tone: Tone, template: string, purpose: string, rng: SeededRandom): void {
    const zone = zoneOf(i);
    // Fatigue: contacts decay with a half-life; this one counts too.
    const f = fatigue[i]! * Math.pow(0.5, (now - fatigueAt[i]!) / (b.fatigue.halfLifeDays * DAY)) + 1;
    fatigue[i] = f;
    fatigueAt[i] = now;
    if (tone === 'urgent_but_kind') urgentContacts[i]! += 1;
    const hour = localHour(now, zone);
    let hourFactor = 1;
    for (const h of b.engageByHour) if (hour >= h.fromHour && hour < h.toHour) hourFactor = h.factor;
    const pEngage = Math.min(0.98, b.engage[channel] * b.engageByLanguage[pop.language[i] === 1 ? 'es' : 'en'] * hourFactor * Math.exp(-b.fatigue.engagePenalty * (f - 1)) * Math.sqrt(pop.propensity[i]!));
    const engaged = rng.chance(pEngage);
    if (channel === 'call') {
      addHistory(i, { channel: 'call', direction: 'outbound', at: sharedDate(now), status: 'completed', outcome: engaged ? 'conversation' : rng.chance(0.5) ? 'voicemail' : 'no_answer', accountId: pop.accountIds[i]! });
      add(i, 'agentMinutes', engaged ? model.cost.agentMinutes.callConversation : model.cost.agentMinutes.callUnanswered);
    } else {
      addHistory(i, { channel, direction: 'outbound', at: sharedDate(now), status: 'delivered', outcome: null, accountId: pop.accountIds[i]! });
    }
    if (!engaged) return;
    if (purpose === 'relationship') {
      if (template === 'csat-survey' && !(flags[i]! & F_SURVEYED) && rng.chance(b.csat.surveyResponse)) {
        flags[i]! |= F_SURVEYED;
        const c = b.csat;
        const raw = c.base + c.perFatigueUnit * (f - 1) + c.perComplaint * complaints[i]! + (flags[i]! & F_ASSIST_APPROVED ? c.assistanceApproved : 0) + c.perUrgentContact * urgentContacts[i]! + c.noise * normal(rng);
        const score = Math.min(5, Math.max(1, Math.round(raw)));
        add(i, 'csatResponses');
        add(i, 'csatSum', score);
        if (score >= 4) add(i, 'csatTopTwo');
      }
      return;
    }
    const plan = plans[i];
    if (plan) {
      // Plan phase: a reminder after a missed installment may bring the arrears in.
      if (plan.view.status === 'missed' && rng.chance(b.plan.cureAfterReminder)) {
        payInstallments(i, now + HOUR);
        if (channel === 'call') conversation(i, now, true);
      }
      return;
    }
    const action = chooseAction(i, channel, tone, template, now, f, rng);
    const isConversation = channel === 'call' || action === 'reply' || action === 'plan' || action === 'assistance' || action === 'dispute' || action === 'complain';
    const delay = (b.payDelayDays.min + Math.floor(rng.next() * (b.payDelayDays.max - b.payDelayDays.min + 1))) * DAY + 2 * HOUR;
    switch (action) {
      case 'pay':
        pushEvent(i, { at: now + delay, kind: 'pay', amount: 0 });
        break;
      case 'partial':
        pushEvent(i, { at: now + delay, kind: 'pay', amount: Math.max(1, Math.round(bal[i]! * b.partialPay.fraction)) });
        break;
      case 'plan':
        if (!startPlan(i, now, rng) && rng.chance(b.assistance.applyWhenPlanUnaffordable)) applyForAssistance(i, now);
        break;
      case 'assistance':
        applyForAssistance(i, now);
        break;
      case 'optOut': {
        add(i, 'optOuts');
        optOutCount[i]! += 1;
        const ch = channel === 'letter' ? 'all' : channel;
        (revocations[i] ??= []).push({ channel: ch, receivedAt: sharedDate(now), means: channel === 'call' ? 'oral' : 'reply', text: channel === 'sms' ? 'STOP' : null });
        break;
      }
      case 'complain':
        add(i, 'complaints');
        complaints[i]! += 1;
        // Some complaints end with "stop contacting me".
        if (rng.chance(0.3) && !(flags[i]! & F_CEASED)) {
          flags[i]! |= F_CEASED;
          add(i, 'optOuts');
          optOutCount[i]! += 1;
          (holds[i] ??= []).push({ type: 'cease_communication', accountId: null, since: sharedDate(now), resolvedAt: null });
        }
        break;
      case 'dispute':
        (holds[i] ??= []).push({ type: 'dispute', accountId: pop.accountIds[i]!, since: sharedDate(now), resolvedAt: null });
        pushEvent(i, { at: now + 30 * DAY, kind: 'dispute_resolved', amount: 0 });
        break;
      case 'reply':
        addHistory(i, { channel: channel === 'call' ? 'call' : channel === 'letter' ? 'email' : channel, direction: 'inbound', at: sharedDate(now + HOUR), status: 'received', outcome: null, accountId: pop.accountIds[i]! });
        add(i, 'agentMinutes', model.cost.agentMinutes.inboundReply);
        break;
      case 'none':
        break;
    }
    if (isConversation) conversation(i, now, action === 'pay' || action === 'partial' || action === 'plan' || action === 'assistance' || action === 'dispute');
  }

  /** The anchor day of the journey phaseOf last returned. */
  let phaseAnchor = 0;
  /**
   * The journey the account is in now (null: none), with the day its step windows count from in
   * `phaseAnchor` (asked two or three times per wake-up: no object per answer).
   */
  function phaseOf(i: number): CompiledJourney | null {
    const plan = plans[i];
    if (bal[i]! <= 0) {
      if (!(lastPayAt[i]! > 0 && journeys.resolved)) return null;
      phaseAnchor = localDay(lastPayAt[i]!, zoneOf(i));
      return journeys.resolved;
    }
    if (plan) {
      const unpaid = plan.view.installments.find((x) => x.paidCents < x.amountCents);
      if (!(unpaid && journeys.plan)) return null;
      phaseAnchor = Date.parse(unpaid.dueOn + 'T00:00:00Z') / DAY;
      return journeys.plan;
    }
    phaseAnchor = pop.dueDay[i]!;
    return journeys.patient_due;
  }

  /** The first step (in `steps` order) whose window holds day `off` of its journey. */
  function stepOn(steps: readonly JourneyStep[], off: number): JourneyStep | undefined {
    for (let k = 0; k < steps.length; k++) {
      const x = steps[k]!;
      if (x.window.fromDay <= off && off <= x.window.toDay) return x;
    }
    return undefined;
  }

  /**
   * When the journey could next do something different, given nothing else changes: the next
   * day a step window opens or closes, or a repeat of the current step falls due. Never later
   * than the real journey would act; an early wake-up only costs one more evaluation.
   */
  function skipAhead(i: number, now: number, state: JourneyStateView, unreachable = false): number {
    const zone = zoneOf(i);
    const cj = phaseOf(i);
    if (!cj) return Infinity;
    const anchor = phaseAnchor;
    const off = localDay(now, zone) - anchor;
    let best = Infinity;
    for (const d of cj.boundaries) {
      if (d > off) {
        best = d;
        break;
      }
    }
    const step = unreachable ? undefined : stepOn(cj.journey.steps, off);
    if (step) {
      const done = state.attempts[stepKeyOf(step, dayString(anchor))];
      if (!done) best = Math.min(best, off + 1);
      else if (done.n < step.maxAttempts) {
        const ready = localDay(Date.parse(done.lastAt), zone) + (step.repeatEveryDays ?? 1) - anchor;
        if (ready <= step.window.toDay) best = Math.min(best, Math.max(ready, off + 1));
      }
    }
    let at = best === Infinity ? Infinity : localMidnight(anchor + best, zone);
    if (lastPayAt[i]! > 0 && cj.journey.quietDaysAfterPayment > 0) {
      const quietEnd = lastPayAt[i]! + cj.journey.quietDaysAfterPayment * DAY;
      // Nothing goes out in the quiet days after a payment.
      if (quietEnd > now) at = Math.max(at, quietEnd);
    }
    return Math.max(at, now + 60_000);
  }

  function reachable(i: number, s: AccountSnapshot, ch: SimChannel): boolean {
    const r = pop.reach[i]!;
    if (ch !== 'letter' && s.revocations.some((x) => x.channel === ch || x.channel === 'all')) return false;
    if (ch === 'email') return (r & REACH_EMAIL) !== 0;
    if (ch === 'sms') return (r & REACH_SMS_CONSENT) !== 0;
    if (ch === 'call') return (r & REACH_PHONE) !== 0;
    return true;
  }

  /**
   * A wake-up at local midnight would only be deferred to the hour the message is aimed at: go
   * straight to that hour (outreach's own preferredHour for the channel personalization would
   * pick first). A wrong guess costs a deferral, never a send the journey would not make.
   */
  function atSendHour(i: number, s: AccountSnapshot, wake: number): number {
    if (!Number.isFinite(wake)) return wake;
    const zone = zoneOf(i);
    if (localHour(wake, zone) >= 8) return wake;
    const cj = phaseOf(i);
    if (!cj) return wake;
    const day = localDay(wake, zone);
    const step = stepOn(cj.journey.steps, day - phaseAnchor);
    if (!step) return wake;
    // The first reachable channel with the preferred one first, else the first in that order.
    const preferred = s.person.preferences.channel;
    const channels = step.channels;
    const leads = preferred !== undefined && preferred !== null && channels.includes(preferred);
    let first: SimChannel | undefined = leads && reachable(i, s, preferred) ? preferred : undefined;
    for (let k = 0; first === undefined && k < channels.length; k++) {
      const c = channels[k]!;
      if (!(leads && c === preferred) && reachable(i, s, c)) first = c;
    }
    first ??= leads ? preferred : channels[0]!;
    return Math.max(wake, localMidnight(day, zone) + preferredHour(s, first) * HOUR);
  }

  /** The step of the account's journey at `now`, with its anchor day (null: none). */
  function stepAt(i: number, now: number): { step: JourneyStep; anchor: number } | null {
    const cj = phaseOf(i);
    if (!cj) return null;
    const anchor = phaseAnchor;
    const step = stepOn(cj.stepsByStart, localDay(now, zoneOf(i)) - anchor);
    return step ? { step, anchor } : null;
  }

  function escalationAsked(snap: AccountSnapshot, step: EscalationBlock['step'], now: number): ReturnType<ComplianceEvaluator> {
    return evaluate(escalationQuestion(snap, { id: `${snap.account.id}:${step.id}:eca`, action: step.escalation.action, noticeDays: step.escalation.noticeDays, now: new Date(now) }));
  }

  /**
   * A final notice blocked by its escalation question comes back every day of its window (a
   * state's ban on reporting medical debt never lifts), and each retry counts as a blocked
   * attempt. When nothing has happened to the account since the block (no payment, plan,
   * assistance or dispute event: any clears the record), outreach's decision can only differ
   * through the calendar: the step's window, the send slot, or the escalation answer for the new
   * day. So ask exactly those, as `decideAccount` would, and when the answer is the same block
   * count it and set the same retry time `decideAccount` sets (the same block is not recorded
   * twice, so no communication). Anything else (window over, a deferral, a different answer):
   * false, and the full decision runs.
   */
  function decideAgainBlocked(i: number, now: number, snap: AccountSnapshot, eb: EscalationBlock): boolean {
    const zone = snap.person.timeZones[0] ?? snap.tenant.timeZone;
    if (localDay(now, zone) - eb.anchor > eb.step.window.toDay) return false;
    const at = new Date(now);
    if (nextSlot(snap, eb.hour, at).getTime() > now) return false;
    const e = escalationAsked(snap, eb.step, now) as { allowed?: boolean; reasons?: string[]; earliestAllowedOn?: string | null; error?: unknown };
    if (e.error || e.allowed !== false || e.reasons!.join(',') !== eb.reasons) return false;
    let retry = atLocal(addDays(localDate(at, zone), 1), 0, 0, zone);
    if (e.earliestAllowedOn) {
      const later = atLocal(addDays(e.earliestAllowedOn, -(eb.step.escalation.noticeDays + 1)), 0, 0, zone);
      if (later > retry) retry = later;
    }
    jstate[i] = journeyState(snap.state, retry, snap.state);
    add(i, 'blockedAttempts');
    journeyWakeAt[i] = atSendHour(i, snap, Math.max(retry.getTime(), now + 60_000));
    return true;
  }

  function decide(i: number, now: number): void {
    const snap = snapshotOf(i);
    const eb = ecaBlocks[i];
    ecaBlocks[i] = undefined;
    if (eb && decideAgainBlocked(i, now, snap, eb)) {
      ecaBlocks[i] = eb;
      return;
    }
    // The decision's clock as the shared Date of the instant: a send keeps it as the last contact.
    const out = decideAccountNow(snap, sharedDate(now), deps);
    if (out.result === 'sent') {
      // A send records one fresh attempt, under the step key its communication's decision names
      // (the earlier ones are kept as they were); keep its instant as shared text.
      const a = out.state.attempts[(out.communication!.decision as { stepKey: string }).stepKey]!;
      a.lastAt = sharedInstantText(a.lastAt);
    }
    const state = journeyState(out.state, out.state.nextEvalAt, snap.state);
    jstate[i] = state;
    if (out.result === 'blocked' && out.channel) {
      const at = stepAt(i, now);
      const step = at?.step;
      // A block with the escalation question saying no can only be the escalation's: it is asked before any channel.
      if (at && step?.escalation) {
        const withEscalation = step as EscalationBlock['step'];
        const e = escalationAsked(snap, withEscalation, now) as { allowed?: boolean; reasons?: string[]; error?: unknown };
        if (!e.error && e.allowed === false && e.reasons!.join(',') === out.reasons.join(',')) {
          ecaBlocks[i] = { step: withEscalation, anchor: at.anchor, hour: preferredHour(snap, out.channel), reasons: out.reasons.join(',') };
        }
      }
    }
    const comm = out.communication;
    if (out.result === 'blocked') {
      add(i, 'blockedAttempts');
      if (comm?.status === 'blocked') {
        add(i, 'blockedContacts');
        for (const r of comm.reasons) blockedByReason[r] = (blockedByReason[r] ?? 0) + 1;
      }
    }
    if (out.result === 'sent' && comm && out.channel) {
      const channel = out.channel;
      add(i, channel);
      if (channel !== 'letter') {
        // The journey sends only inside 08:00-21:00 in every zone the person may be in; count any that did not.
        for (const z of pop.zonesByState[pop.stateIndex[i]!]!) {
          const h = localHour(now, z);
          if (h < 8 || h >= 21) {
            add(i, 'sendsOutsideAllowedHours');
            break;
          }
        }
      }
      respond(i, now, channel, comm.tone as Tone, comm.template, comm.purpose, rngs[i]!);
    }
    switch (out.result) {
      case 'deferred':
      case 'blocked':
        journeyWakeAt[i] = Math.max(state.nextEvalAt.getTime(), now + 60_000);
        break;
      case 'sent':
        journeyWakeAt[i] = skipAhead(i, now, state);
        break;
      case 'waiting': {
        const next = state.nextEvalAt.getTime();
        // The journey looks again at least daily; the simulator jumps to the next day anything can change.
        journeyWakeAt[i] = next - now >= DAY - 60_000 || next <= now ? skipAhead(i, now, state) : next;
        break;
      }
      case 'paused':
        journeyWakeAt[i] = out.reasons[0] === 'no_reachable_channel' ? skipAhead(i, now, state, true) : Infinity;
        break;
      case 'completed':
        journeyWakeAt[i] = Infinity;
        break;
    }
    journeyWakeAt[i] = atSendHour(i, snap, journeyWakeAt[i]!);
  }

  /**
   * An account with nothing left to happen (its journey completed or paused for good, no pending
   * payment, installment or decision) never wakes again: only its counters and its random stream
   * are read after this (churn), so its journey state, contacts, holds and plan are let go.
   */
  function release(i: number): void {
    jstate[i] = undefined;
    persons[i] = undefined;
    history[i] = undefined;
    revocations[i] = undefined;
    holds[i] = undefined;
    plans[i] = undefined;
    events[i] = undefined;
    ecaBlocks[i] = undefined;
  }

  let wakes = 0;
  for (let k = 0; k < nBuckets; k++) {
    const list = buckets[k];
    if (!list) continue;
    for (let e = 0; e < list.length; e += 3) {
      const i = list[e]!;
      if (list[e + 1] !== version[i]) continue;
      const now = list[e + 2]!;
      const rng = rngs[i]!;
      let changed = false;
      while (nextEventAt[i]! <= now) {
        const evs = events[i]!;
        const ev = evs.shift()!;
        nextEventAt[i] = evs.length ? evs[0]!.at : Infinity;
        applyEvent(i, ev, rng);
        changed = true;
        ecaBlocks[i] = undefined;
      }
      // A payment, plan or decision changes what outreach would do: let it look now.
      if (changed) journeyWakeAt[i] = Math.min(journeyWakeAt[i]!, now);
      if (journeyWakeAt[i]! <= now) decide(i, now);
      const wake = nextWake(i);
      schedule(i, wake);
      if (wake === Infinity) release(i);
      if (opts.pause && ++wakes % 2000 === 0) await opts.pause();
    }
    buckets[k] = null;
  }

  // Churn, drawn once at the end from what each person went through.
  const c = b.churn;
  for (let i = 0; i < n; i++) {
    if (!include[i % R]) continue;
    const p = c.base + c.perComplaint * complaints[i]! + c.perOptOut * optOutCount[i]! + c.perUrgentContact * urgentContacts[i]! + (flags[i]! & F_ASSIST_APPROVED ? c.assistanceApproved : 0) + (bal[i]! <= 0 ? c.resolved : 0);
    if (rngs[i]!.chance(Math.min(1, Math.max(0, p)))) add(i, 'churned');
  }
  return { name: strategy.name, replications: R, tallies, daysToResolution, blockedByReason };
}
