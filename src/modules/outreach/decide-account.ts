import { stableId } from '../../platform/ids/index.js';
import { newLinkCode } from '../payments/pure.js';
import { askNow, contactQuestion, contentQuestion, escalationQuestion, type ComplianceDecision, type ComplianceEvaluator, type ComplianceQuestion } from './compliance-questions.js';
import { evaluateAccount, type JourneyDecision } from './evaluate-journey.js';
import { journeyKey, type OutreachConfig } from './journeys/load-outreach-config.js';
import type { JourneyDefinition, Language, OutreachChannel } from './journeys/journey.schema.js';
import { atLocal, atLocalMs, addDays, localDate, localDayMs, windowInAllZonesOnDay } from './local-time.js';
import { applyArm, armJourney, assignArm, stepArmOf, WHOLE_JOURNEY, type Assignment, type ExperimentArm, type RunningExperiments } from './experiments/experiment.js';
import { addressFor, nextSlot, personalize, type Personalization } from './personalize.js';
import { isoString } from './iso-string.js';
import { renderMessage } from './render-message.js';
import type { AccountSnapshot, JourneyStateView } from './snapshot.js';

export type OutcomeResult = 'sent' | 'blocked' | 'deferred' | 'paused' | 'waiting' | 'completed';

export interface NewCommunication {
  id: string;
  tenantId: string;
  personId: string;
  accountId: string;
  channel: OutreachChannel;
  status: 'queued' | 'blocked';
  at: Date;
  toAddress: string | null;
  subject: string | null;
  body: string | null;
  journey: string;
  step: string;
  reasons: string[];
  decision: unknown;
  ruleSetVersion: string | null;
  language: string;
  tone: string;
  purpose: string;
  template: string;
  /** The version of the tenant's templates the text came from (0: the shipped files). */
  templateVersion?: number;
  verifyCode: string | null;
  /** The short code of the person's own link this message carries (email, SMS, letter); its row is written with the message. */
  linkCode: string | null;
  /** The experiment arm the message went out under (`<experiment>:<arm>`), null outside experiments. */
  variant?: string | null;
}

export interface NewCallTask {
  id: string;
  tenantId: string;
  personId: string;
  accountId: string;
  communicationId: string;
  reason: string;
  windowStart: Date;
  windowEnd: Date;
  compliance: unknown;
  priority: number;
}

export interface HistoryEntry {
  at: string;
  type: string;
  journey: string | null;
  step?: string;
  channel?: string;
  reason?: string;
  reasons?: string[];
  tried?: Array<{ channel: string; reasons: string[] }>;
  communicationId?: string;
}

/** The journey state an outcome writes back: the stored view without the staff-set pause. */
export type NextState = Omit<JourneyStateView, 'manualPause'>;

export interface AccountOutcome {
  accountId: string;
  tenantId: string;
  personId: string;
  result: OutcomeResult;
  channel: OutreachChannel | null;
  reasons: string[];
  communication: NewCommunication | null;
  task: NewCallTask | null;
  state: NextState;
  history: HistoryEntry | null;
}

export interface DecideDeps {
  config: OutreachConfig;
  evaluate: ComplianceEvaluator;
  publicUrl: string;
  /** Mints a message link's short code (random by default; tests may pin it). */
  newLinkCode?: () => string;
  /** Running experiments (by tenant, then `journey|step`); none when absent. */
  experiments?: RunningExperiments;
}

type Rendered = { subject: string | null; body: string };
type Tried = Array<{ channel: string; reasons: string[] }>;

/** What one decision works on; module-level helpers take it instead of per-call closures (hot path). */
interface Decision {
  s: AccountSnapshot;
  now: Date;
  enters: boolean;
  jKey: string | null;
  state: NextState;
  out: AccountOutcome;
  variant?: string | null;
  templateVersions?: OutreachConfig['templateVersions'];
}

/** Records a decision in the account's history once: an unchanged decision is not repeated. */
function note(c: Decision, signature: string, entry: Omit<HistoryEntry, 'at' | 'journey'>): boolean {
  if (signature === c.s.state.lastSignature && !c.enters) return false;
  c.state.lastSignature = signature;
  c.out.history = Object.assign({ at: isoString(c.now), journey: c.jKey }, entry);
  return true;
}

/** A communication row of the contact's step (the fields every channel and status share first). */
function communication(
  c: Decision,
  p: { language: string; tone: string },
  step: { id: string; purpose: string; template: string },
  f: Pick<NewCommunication, 'id' | 'channel' | 'status' | 'toAddress' | 'subject' | 'body' | 'reasons' | 'decision' | 'ruleSetVersion' | 'verifyCode'> & { linkCode?: string | null },
): NewCommunication {
  return {
    tenantId: c.s.tenant.id,
    personId: c.s.person.id,
    accountId: c.s.account.id,
    at: c.now,
    journey: c.jKey!,
    step: step.id,
    language: p.language,
    tone: p.tone,
    purpose: step.purpose,
    template: step.template,
    id: f.id,
    channel: f.channel,
    status: f.status,
    toAddress: f.toAddress,
    subject: f.subject,
    body: f.body,
    reasons: f.reasons,
    decision: f.decision,
    ruleSetVersion: f.ruleSetVersion,
    verifyCode: f.verifyCode,
    linkCode: f.linkCode ?? null,
    variant: c.variant ?? null,
    templateVersion: c.templateVersions?.[p.language as Language] ?? 0,
  };
}

type ContactDecision = Extract<JourneyDecision, { type: 'contact' }>;

/** A compliance decision as a communication stores it. */
export interface StoredDecision {
  allowed: boolean;
  reasons: string[];
  earliestAllowedAt?: string;
  earliestAllowedOn?: string;
  error?: { path: string; message: string };
}

/**
 * What a communication keeps of a compliance decision: the answer, its reasons and when it would
 * be allowed. The question's id is the message's own (or `<id>:content`), its kind is the key it
 * is stored under and the rule set version has its own column, so they are left out: the pass
 * writes one decision per account, and they were a third of each row it sends to the database.
 */
export function storedDecision(d: ComplianceDecision): StoredDecision {
  const out: StoredDecision = { allowed: d.allowed, reasons: d.reasons };
  if (d.earliestAllowedAt) out.earliestAllowedAt = d.earliestAllowedAt;
  if (d.earliestAllowedOn) out.earliestAllowedOn = d.earliestAllowedOn;
  if (d.error) out.error = d.error;
  return out;
}

/** The step could not go out: record the block (once) and when to look again. */
function block(c: Decision, p: Personalization, d: ContactDecision, zone: string, channel: OutreachChannel, decision: ComplianceDecision, tried: Tried, nextEvalAt: Date, rendered?: Rendered): AccountOutcome {
  const { s, out, state } = c;
  out.result = 'blocked';
  out.channel = channel;
  out.reasons = decision.reasons;
  state.nextEvalAt = nextEvalAt;
  const signature = `blocked:${d.stepKey}:${d.attempt}:${channel}:${decision.reasons.join(',')}`;
  // The same block as last time is not recorded again: skip building (and hashing the id of) a
  // communication nobody keeps. A final notice a state's ban keeps blocking comes back daily.
  if (signature === s.state.lastSignature && !c.enters) return out;
  const comm = communication(c, p, d.step, {
    id: stableId('comm-blocked', s.account.id, c.jKey!, d.stepKey, d.attempt, channel, decision.reasons.join(','), localDate(c.now, zone)),
    channel,
    status: 'blocked',
    toAddress: null,
    subject: rendered?.subject ?? null,
    body: rendered?.body ?? null,
    reasons: decision.reasons,
    decision: storedDecision(decision),
    ruleSetVersion: decision.ruleSetVersion ?? null,
    verifyCode: null,
  });
  if (note(c, signature, { type: 'blocked', step: d.step.id, channel, reasons: decision.reasons, tried, communicationId: comm.id })) {
    out.communication = comm;
  }
  return out;
}

/** Local midnight starting the day after `now`'s (in `zone`), by day number: no date text made and parsed back. */
function startOfNextDay(now: Date, zone: string): Date {
  return new Date(atLocalMs(localDayMs(now.getTime(), zone) + 1, 0, 0, zone));
}

/** Journey lists of whole-journey arms, built once per arm (arms are loaded once per pass). */
const armJourneys = new WeakMap<ExperimentArm, readonly JourneyDefinition[]>();

/**
 * The person's whole-journey experiment on this tenant, if any: its assignment and the journeys
 * the person's arm runs (the arm's journey in place of the experiment's).
 */
function wholeJourneyArm(s: AccountSnapshot, deps: DecideDeps): { assignment: Assignment; journey: string; journeys: readonly JourneyDefinition[] } | null {
  const byStep = deps.experiments?.get(s.tenant.id);
  if (!byStep) return null;
  for (const exp of byStep.values()) {
    if (exp.step !== WHOLE_JOURNEY) continue;
    const assignment = assignArm(exp, s.person.id);
    if (!assignment) return null;
    const arm = assignment.arm;
    if (!arm) return { assignment, journey: exp.journey, journeys: deps.config.journeys };
    let journeys = armJourneys.get(arm);
    if (!journeys) {
      const base = deps.config.journeys.find((j) => j.id === exp.journey);
      const variant = base ? armJourney(base, arm, deps.config.journeys) : null;
      journeys = variant ? deps.config.journeys.map((j) => (j.id === exp.journey ? variant : j)) : deps.config.journeys;
      armJourneys.set(arm, journeys);
    }
    return { assignment, journey: exp.journey, journeys };
  }
  return null;
}

/**
 * The decision as a sequence of compliance questions: each `yield` hands a question to the driver
 * and resumes with its (fail-closed) answer. One body serves both drivers below, so the
 * asynchronous one (the worker's pass, any evaluator) and the synchronous one (an in-process
 * engine that answers at once: the simulator) cannot drift apart.
 */
function* decisionSteps(s: AccountSnapshot, now: Date, deps: DecideDeps): Generator<ComplianceQuestion, AccountOutcome, ComplianceDecision> {
  const whole = wholeJourneyArm(s, deps);
  const ev = evaluateAccount(s, whole?.journeys ?? deps.config.journeys, now);
  const jKey = ev.journey ? journeyKey(ev.journey) : null;
  const zone = s.person.timeZones[0] ?? s.tenant.timeZone;
  const state: NextState = {
    journey: ev.journey?.id ?? s.state.journey,
    journeyVersion: ev.journey?.version ?? s.state.journeyVersion,
    status: s.state.status,
    pausedReason: null,
    attempts: ev.attempts,
    totalAttempts: s.state.totalAttempts,
    lastContactAt: s.state.lastContactAt,
    paymentMarker: ev.paymentMarker,
    lastSignature: s.state.lastSignature,
    enteredAt: ev.enters ? now : s.state.enteredAt,
    nextEvalAt: ev.decision.nextEvalAt,
  };
  const out: AccountOutcome = { accountId: s.account.id, tenantId: s.tenant.id, personId: s.person.id, result: 'waiting', channel: null, reasons: [], communication: null, task: null, state, history: null };
  const c: Decision = { s, now, enters: ev.enters, jKey, state, out, templateVersions: deps.config.templateVersions };
  const d = ev.decision;
  if (ev.enters && ev.journey) note(c, `entered:${jKey}`, { type: 'entered' });
  if (d.type === 'pause') {
    state.status = 'paused';
    state.pausedReason = d.reason;
    out.result = 'paused';
    out.reasons = [d.reason];
    note(c, `paused:${d.reason}`, { type: 'paused', reason: d.reason });
    return out;
  }
  if (d.type === 'complete') {
    state.status = 'completed';
    out.result = 'completed';
    note(c, `completed:${jKey}:${d.reason}`, { type: 'completed', reason: d.reason });
    return out;
  }
  state.status = 'active';
  if (d.type === 'wait') {
    if (ev.resetAttempts) note(c, `reset:${state.paymentMarker ? isoString(state.paymentMarker) : undefined}`, { type: 'payment_reset', reason: d.reason });
    return out;
  }
  if (!ev.journey || !jKey) return out;
  let step = d.step;
  let p = personalize(s, step, now);
  // An experiment on this step: the person's arm may change wording, tone, send hour or channel
  // order (never which channels are allowed: compliance below checks every arm alike).
  // A whole-journey arm has already chosen the journey; its per-step hour and channel order apply here.
  const inWhole = whole && (ev.journey.id === whole.journey || ev.journey.id === whole.assignment.arm?.journey) ? whole.assignment : null;
  const exp = inWhole ? undefined : deps.experiments?.get(s.tenant.id)?.get(`${ev.journey.id}|${step.id}`);
  const assignment = inWhole ? { ...inWhole, arm: stepArmOf(inWhole.arm, step.id) } : exp ? assignArm(exp, s.person.id) : null;
  if (assignment) {
    ({ step, p } = applyArm(step, p, assignment.arm, (hour) => nextSlot(s, hour, now)));
    c.variant = assignment.variant;
  }
  if (p.channels.length === 0) {
    out.result = 'paused';
    out.reasons = ['no_reachable_channel'];
    state.nextEvalAt = startOfNextDay(now, zone);
    note(c, `unreachable:${d.stepKey}:${p.skipped.join(',')}`, { type: 'unreachable', step: step.id, reason: p.skipped.join(', ') });
    return out;
  }
  if (p.sendAt.getTime() > now.getTime()) {
    out.result = 'deferred';
    out.channel = p.channels[0]!;
    state.nextEvalAt = p.sendAt;
    note(c, `deferred:${d.stepKey}:${d.attempt}`, { type: 'deferred', step: step.id, channel: p.channels[0], reason: `preferred hour ${p.preferredHour}:00 (${zone})` });
    return out;
  }
  const nextDay = startOfNextDay(now, zone);

  if (step.escalation) {
    const q = escalationQuestion(s, { id: `${s.account.id}:${step.id}:eca`, action: step.escalation.action, noticeDays: step.escalation.noticeDays, now });
    const e = yield q;
    if (!e.allowed) {
      // Retry when the announced action could follow the notice; else when the window ends.
      let retry = nextDay;
      if (e.earliestAllowedOn) {
        const sendOn = addDays(e.earliestAllowedOn, -(step.escalation.noticeDays + 1));
        const at = atLocal(sendOn, 0, 0, zone);
        if (at > retry) retry = at;
      }
      return block(c, p, d, zone, p.channels[0]!, e, [{ channel: 'escalation', reasons: e.reasons }], retry);
    }
  }

  const tried: Tried = [];
  let firstBlock: { channel: OutreachChannel; decision: ComplianceDecision; rendered?: Rendered } | null = null;
  let earliest: number | null = null;
  const commId = stableId('comm', s.account.id, jKey, d.stepKey, d.attempt, (state.paymentMarker ? isoString(state.paymentMarker) : ''));
  for (const channel of p.channels) {
    const purpose = step.purpose === 'required_notice' ? 'required_notice' : 'collection';
    const contact = yield contactQuestion(s, { id: commId, channel, at: now, purpose, autodialed: channel === 'sms', instantsAsMs: deps.evaluate.takesInstantsAsMs === true });
    if (!contact.allowed) {
      tried.push({ channel, reasons: contact.reasons });
      firstBlock ??= { channel, decision: contact };
      if (contact.earliestAllowedAt) earliest = Math.min(earliest ?? Infinity, Date.parse(contact.earliestAllowedAt));
      continue;
    }
    const linkCode = channel === 'call' ? null : (deps.newLinkCode ?? newLinkCode)();
    const rendered = renderMessage({ catalogs: deps.config.templates, template: step.template, channel, language: p.language, tone: p.tone, snapshot: s, communicationId: commId, publicUrl: deps.publicUrl, linkCode });
    const checks: ComplianceDecision[] = [];
    if (channel === 'sms' || channel === 'email' || channel === 'letter') {
      checks.push(yield contentQuestion(s, { id: `${commId}:content`, channel, subject: rendered.subject, body: rendered.body, at: now }));
    }
    if (channel === 'call' && rendered.voicemail) {
      checks.push(yield contentQuestion(s, { id: `${commId}:voicemail`, channel: 'voicemail', subject: null, body: rendered.voicemail, at: now }));
    }
    const badContent = checks.find((x) => !x.allowed);
    if (badContent) {
      tried.push({ channel, reasons: badContent.reasons });
      firstBlock ??= { channel, decision: badContent, rendered };
      continue;
    }
    // Counters keyed `step@anchor`: each key is new to the object, so copy it key by key. Counters
    // the evaluation started afresh (a new journey, a payment) are this decision's own object.
    let attempts = state.attempts;
    if (attempts === s.state.attempts) {
      attempts = {};
      for (const k in state.attempts) attempts[k] = state.attempts[k]!;
    }
    const at = isoString(now);
    attempts[d.stepKey] = { n: d.attempt, lastAt: at };
    state.attempts = attempts;
    state.totalAttempts += 1;
    state.lastContactAt = now;
    out.result = 'sent';
    out.channel = channel;
    out.communication = communication(c, p, step, {
      id: commId,
      channel,
      status: 'queued',
      toAddress: addressFor(s, channel),
      subject: rendered.subject,
      body: channel === 'call' && rendered.voicemail ? `${rendered.body}\n\nVoicemail (limited content): ${rendered.voicemail}` : rendered.body,
      reasons: [],
      decision: { stepKey: d.stepKey, attempt: d.attempt, contact: storedDecision(contact), content: checks[0] ? storedDecision(checks[0]) : null, tried },
      ruleSetVersion: contact.ruleSetVersion ?? null,
      verifyCode: rendered.verifyCode,
      linkCode,
    });
    if (channel === 'call') {
      const win = windowInAllZonesOnDay(localDayMs(now.getTime(), zone), s.person.timeZones.length ? s.person.timeZones : [zone]);
      out.task = {
        id: stableId('task', commId),
        tenantId: s.tenant.id,
        personId: s.person.id,
        accountId: s.account.id,
        communicationId: commId,
        reason: `${jKey} ${step.id}`,
        windowStart: now,
        windowEnd: win ? win.end : new Date(now.getTime() + 3_600_000),
        compliance: contact,
        priority: step.tone === 'urgent_but_kind' ? 70 : 50,
      };
    }
    state.lastSignature = `sent:${d.stepKey}:${d.attempt}`;
    out.history = tried.length
      ? { at, journey: jKey, type: 'sent', step: step.id, channel, communicationId: commId, tried }
      : { at, journey: jKey, type: 'sent', step: step.id, channel, communicationId: commId };
    return out;
  }
  const fb = firstBlock!;
  const retry = earliest !== null && earliest > now.getTime() ? new Date(Math.min(earliest, nextDay.getTime() + 86_400_000)) : nextDay;
  return block(c, p, d, zone, fb.channel, fb.decision, tried, retry, fb.rendered);
}

/**
 * Decides what happens to one account now (pure given a pure compliance engine): evaluate the
 * journey, personalize, ask compliance for each candidate channel and the rendered content, and
 * describe the communication, task and state change for the applicator. An evaluator that
 * answers at once is not awaited, so a decision costs no extra turns of the microtask queue.
 */
export async function decideAccount(s: AccountSnapshot, now: Date, deps: DecideDeps): Promise<AccountOutcome> {
  const steps = decisionSteps(s, now, deps);
  let r = steps.next();
  while (!r.done) {
    const asked = askNow(deps.evaluate, r.value);
    r = steps.next(asked instanceof Promise ? await asked : asked);
  }
  return r.value;
}

/**
 * `decideAccount` for an evaluator that answers at once (the in-process compliance engine): the
 * same decision without a promise, for a caller that decides accounts by the million (the
 * strategy simulator). An evaluator that returns a promise is an error here.
 */
export function decideAccountNow(s: AccountSnapshot, now: Date, deps: DecideDeps): AccountOutcome {
  const steps = decisionSteps(s, now, deps);
  let r = steps.next();
  while (!r.done) {
    const asked = askNow(deps.evaluate, r.value);
    if (asked instanceof Promise) throw new Error('decideAccountNow needs an evaluator that answers at once');
    r = steps.next(asked);
  }
  return r.value;
}
