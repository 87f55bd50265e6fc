import * as compliance from '../compliance/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { COMPLIANCE_HOLD_TYPES, type AccountSnapshot, type ContactQuestionInput } from './snapshot.js';
import { isoString } from './iso-string.js';
import { addDays, localDate } from './local-time.js';

/** A question in the format of ../shared/contracts/compliance.md. */
export type ComplianceQuestion = { id: string; kind: 'contact' | 'eca' | 'message_content' } & Record<string, unknown>;

export interface ComplianceDecision {
  allowed: boolean;
  reasons: string[];
  earliestAllowedAt?: string | null;
  earliestAllowedOn?: string | null;
  ruleSetVersion?: string;
  error?: { path: string; message: string };
}

/**
 * Answers a compliance question. `rules` is the tenant's current rule set; an evaluator that
 * ignores it (a test stub) decides by its own rules.
 */
export type ComplianceEvaluator = ((q: ComplianceQuestion, rules?: compliance.RuleSet) => ComplianceDecision | Promise<ComplianceDecision>) & {
  /**
   * The evaluator is the in-process engine, which takes contact questions with instants as
   * numbers (compliance's INSTANTS_AS_MS): outreach's decision then builds them so, saving the
   * engine's parse of every history instant and outreach's formatting of it. Absent: text.
   */
  takesInstantsAsMs?: boolean;
};

/**
 * The compliance engine's `evaluate`, reached only through its index and looked up at call time:
 * without one, the first question fails with a clear error instead of the import.
 */
export function complianceEvaluator(): ComplianceEvaluator {
  const fn = (compliance as unknown as { evaluate?: (q: unknown, opts?: { ruleSet: compliance.RuleSet }) => unknown }).evaluate;
  if (typeof fn !== 'function') throw new Error('the compliance engine does not export evaluate() yet');
  const evaluator: ComplianceEvaluator = (q, rules) => fn(q, rules ? { ruleSet: rules } : undefined) as ComplianceDecision | Promise<ComplianceDecision>;
  evaluator.takesInstantsAsMs = typeof (compliance as { INSTANTS_AS_MS?: unknown }).INSTANTS_AS_MS === 'symbol';
  return evaluator;
}

/**
 * The evaluator bound to the tenant's current rule set (its newest saved version, else the shipped
 * one). Loaded once per pass per tenant, per delivery and per reply, so a change of rules takes
 * effect at the next of them; compiled rule sets are cached by version in the policies module.
 */
export async function tenantEvaluator(q: Queryable, tenantId: string, evaluate: ComplianceEvaluator): Promise<ComplianceEvaluator> {
  // Loaded when first asked: the questions and the in-process engine (all the strategy
  // simulator's workers use) then load no database code.
  const { loadTenantRuleSet } = await import('../policies/index.js');
  const rules = await loadTenantRuleSet(q, tenantId);
  const bound: ComplianceEvaluator = (question) => evaluate(question, rules);
  if (evaluate.takesInstantsAsMs === true) bound.takesInstantsAsMs = true;
  return bound;
}

export function hasComplianceEvaluator(): boolean {
  return typeof (compliance as unknown as { evaluate?: unknown }).evaluate === 'function';
}

/** A malformed-question answer becomes a block (fail closed); any other answer is kept. */
export function failClosed(d: ComplianceDecision): ComplianceDecision {
  if (d.error) return { allowed: false, reasons: ['invalid_question'], earliestAllowedAt: null, error: d.error };
  return d;
}

/** Runs the evaluator and turns a malformed-question answer into a block (fail closed). */
export async function ask(evaluate: ComplianceEvaluator, q: ComplianceQuestion): Promise<ComplianceDecision> {
  return failClosed(await evaluate(q));
}

/**
 * `ask` for a caller that decides many accounts in a row: an evaluator that answers at once (the
 * in-process engine) is not awaited, so a decision costs no extra turns of the microtask queue.
 */
export function askNow(evaluate: ComplianceEvaluator, q: ComplianceQuestion): ComplianceDecision | Promise<ComplianceDecision> {
  const d = evaluate(q);
  // Any thenable is awaited as `ask` would; only a plain decision is answered at once.
  return typeof (d as { then?: unknown }).then === 'function' ? Promise.resolve(d).then(failClosed) : failClosed(d as ComplianceDecision);
}

const ENTITY: Record<AccountSnapshot['tenant']['kind'], string> = {
  provider: 'hospital',
  nonprofit_hospital: 'nonprofit_hospital',
  payer: 'health_plan',
  agency: 'agency',
};

export function collectorOf(s: Pick<ContactQuestionInput, 'tenant'>): { role: string; entity: string } {
  return { role: s.tenant.kind === 'agency' ? 'debt_collector' : s.tenant.collectorRole, entity: ENTITY[s.tenant.kind] };
}

export type ContactPurpose = 'collection' | 'opt_out_confirmation' | 'reply_to_consumer' | 'required_notice';

/** An instant of a contact question: ISO text, or epoch ms for an engine that takes them (`ms`). */
function instant(d: Date, ms: boolean): string | number {
  return ms ? d.getTime() : isoString(d);
}

/**
 * The contact question for one proposed contact, from the person's snapshot. With `instantsAsMs`
 * its instants are epoch milliseconds and it carries compliance's INSTANTS_AS_MS mark (only for an
 * evaluator that `takesInstantsAsMs`); otherwise it is the contract's JSON shape.
 */
export function contactQuestion(
  s: ContactQuestionInput,
  p: { id: string; channel: 'call' | 'sms' | 'email' | 'letter' | 'voicemail'; at: Date; purpose?: ContactPurpose; autodialed?: boolean; instantsAsMs?: boolean },
): ComplianceQuestion {
  const ms = p.instantsAsMs === true;
  // Asked before every send: plain loops, no intermediate arrays (the question is the same as
  // filtering and mapping the snapshot's lists).
  const phone = bestPoint(s, 'phone');
  // The contact point the message would use: a work one reaches the consumer at work (12 CFR
  // 1006.6(b)(3), 1006.22(f)(3): no email to an address the employer provided).
  const point = p.channel === 'email' ? bestPoint(s, 'email') : p.channel === 'letter' ? undefined : phone;
  // The debt lists of the question and its history items are read, never changed: items about
  // this account, and items about none, share one list each.
  const debtIds = [s.account.id];
  const noDebts: string[] = [];
  const history: Record<string, unknown>[] = [];
  for (const h of s.history) {
    if (h.status === 'blocked' || h.status === 'cancelled' || h.status === 'queued' || !QUESTION_CHANNELS.has(h.channel)) continue;
    const ids = !h.accountId ? noDebts : h.accountId === s.account.id ? debtIds : [h.accountId];
    const item: Record<string, unknown> = { channel: h.channel, direction: h.direction, at: instant(h.at, ms), debtIds: ids };
    if (h.channel === 'call' && h.outcome && CALL_OUTCOMES.has(h.outcome)) item.outcome = h.outcome;
    history.push(item);
  }
  const consents = new Array<Record<string, unknown>>(s.consents.length);
  for (let i = 0; i < s.consents.length; i++) {
    const c = s.consents[i]!;
    const item: Record<string, unknown> = { channel: c.channel, givenTo: c.givenTo, type: c.type, givenAt: instant(c.givenAt, ms) };
    if (c.until) item.until = instant(c.until, ms);
    consents[i] = item;
  }
  const revocations = new Array<Record<string, unknown>>(s.revocations.length);
  for (let i = 0; i < s.revocations.length; i++) {
    const r = s.revocations[i]!;
    const item: Record<string, unknown> = { channel: r.channel, receivedAt: instant(r.receivedAt, ms), means: r.means };
    if (r.text) item.text = r.text;
    revocations[i] = item;
  }
  const holds: Record<string, unknown>[] = [];
  for (const h of s.holds) {
    if (!COMPLIANCE_HOLDS.has(h.type) || (h.accountId && h.accountId !== s.account.id)) continue;
    holds.push({ type: h.type, since: instant(h.since, ms), resolvedAt: h.resolvedAt ? instant(h.resolvedAt, ms) : null });
  }
  const consumer: Record<string, unknown> = {};
  if (s.person.state) consumer.state = s.person.state;
  consumer.timeZones = s.person.timeZones;
  if (s.person.preferences.inconvenientTimes?.length) consumer.inconvenientTimes = s.person.preferences.inconvenientTimes;
  const q: ComplianceQuestion = {
    id: p.id,
    kind: 'contact',
    collector: collectorOf(s),
    consumer,
    channel: p.channel,
    at: instant(p.at, ms),
    debtIds,
    purpose: p.purpose ?? 'collection',
  };
  if (point?.use === 'work') q.atWork = true;
  q.history = history;
  q.consents = consents;
  q.revocations = revocations;
  q.holds = holds;
  if (p.channel === 'call' || p.channel === 'sms') {
    q.autodialed = p.autodialed ?? p.channel === 'sms';
    if (phone) q.phoneType = phone.use === 'mobile' ? 'mobile' : 'landline';
  }
  if (s.person.deceased) holds.push({ type: 'deceased', since: instant(p.at, ms), resolvedAt: null });
  if (ms) (q as { [compliance.INSTANTS_AS_MS]?: true })[compliance.INSTANTS_AS_MS] = true;
  return q;
}

const QUESTION_CHANNELS: ReadonlySet<string> = new Set(['call', 'sms', 'email', 'letter', 'voicemail']);
const CALL_OUTCOMES: ReadonlySet<string> = new Set(['no_answer', 'voicemail', 'conversation', 'not_connected']);
const COMPLIANCE_HOLDS: ReadonlySet<string> = new Set(COMPLIANCE_HOLD_TYPES);

/** The best-ranked contact point of a system: the first of the lowest rank, as a stable sort gives. */
function bestPoint(s: Pick<ContactQuestionInput, 'contactPoints'>, system: 'phone' | 'email'): AccountSnapshot['contactPoints'][number] | undefined {
  let best: AccountSnapshot['contactPoints'][number] | undefined;
  for (const c of s.contactPoints) if (c.system === system && (best === undefined || c.rank < best.rank)) best = c;
  return best;
}

/** The content question for a rendered message. */
export function contentQuestion(s: AccountSnapshot, p: { id: string; channel: 'sms' | 'email' | 'voicemail' | 'letter'; subject: string | null; body: string; at: Date }): ComplianceQuestion {
  // Fields set in the contract's order (the subject only when there is one), without spreading a
  // temporary object: one is asked for every rendered message.
  const q: ComplianceQuestion = { id: p.id, kind: 'message_content', collector: collectorOf(s), channel: p.channel, at: isoString(p.at) };
  if (p.subject) q.subject = p.subject;
  q.body = p.body;
  return q;
}

/**
 * The escalation question behind a final notice: would the announced action be allowed once the
 * notice period has run? The notice goes out only if so (501(r): 120 days after the first
 * statement, 30-day written notice, no pending assistance application).
 */
export function escalationQuestion(s: AccountSnapshot, p: { id: string; action: string; noticeDays: number; now: Date }): ComplianceQuestion {
  const zone = s.person.timeZones[0] ?? s.tenant.timeZone;
  const today = localDate(p.now, zone);
  let assistance: AccountSnapshot['holds'][number] | undefined;
  for (const h of s.holds) {
    if (h.type === 'assistance_pending' && (!h.accountId || h.accountId === s.account.id)) {
      assistance = h;
      break;
    }
  }
  // Fields set in the contract's order, the optional ones only when present (no temporary objects
  // spread in: the simulator asks one per day while a state's ban blocks a final notice).
  const q: ComplianceQuestion = { id: p.id, kind: 'eca', collector: collectorOf(s) };
  if (s.person.state) q.state = s.person.state;
  q.action = p.action;
  q.on = addDays(today, p.noticeDays + 1);
  if (s.account.firstStatementOn) q.firstPostDischargeStatementOn = s.account.firstStatementOn;
  q.noticesSent = [{ type: 'eca_30_day_notice', on: today }];
  if (assistance) {
    q.fapApplication = {
      receivedOn: localDate(assistance.since, zone),
      complete: false,
      decision: assistance.resolvedAt ? 'denied' : 'pending',
      decidedOn: assistance.resolvedAt ? localDate(assistance.resolvedAt, zone) : null,
    };
  }
  return q;
}
