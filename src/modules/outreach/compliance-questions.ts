import * as compliance from '../compliance/index.js';
import { loadTenantRuleSet } from '../policies/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { COMPLIANCE_HOLD_TYPES, type AccountSnapshot } from './snapshot.js';
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
export type ComplianceEvaluator = (q: ComplianceQuestion, rules?: compliance.RuleSet) => ComplianceDecision | Promise<ComplianceDecision>;

/**
 * The compliance engine's `evaluate`, reached only through its index and looked up at call time:
 * without one, the first question fails with a clear error instead of the import.
 */
export function complianceEvaluator(): ComplianceEvaluator {
  const fn = (compliance as unknown as { evaluate?: (q: unknown, opts?: { ruleSet: compliance.RuleSet }) => unknown }).evaluate;
  if (typeof fn !== 'function') throw new Error('the compliance engine does not export evaluate() yet');
  return (q, rules) => fn(q, rules ? { ruleSet: rules } : undefined) as ComplianceDecision | Promise<ComplianceDecision>;
}

/**
 * The evaluator bound to the tenant's current rule set (its newest saved version, else the shipped
 * one). Loaded once per pass per tenant, per delivery and per reply, so a change of rules takes
 * effect at the next of them; compiled rule sets are cached by version in the policies module.
 */
export async function tenantEvaluator(q: Queryable, tenantId: string, evaluate: ComplianceEvaluator): Promise<ComplianceEvaluator> {
  const rules = await loadTenantRuleSet(q, tenantId);
  return (question) => evaluate(question, rules);
}

export function hasComplianceEvaluator(): boolean {
  return typeof (compliance as unknown as { evaluate?: unknown }).evaluate === 'function';
}

/** Runs the evaluator and turns a malformed-question answer into a block (fail closed). */
export async function ask(evaluate: ComplianceEvaluator, q: ComplianceQuestion): Promise<ComplianceDecision> {
  const d = await evaluate(q);
  if (d.error) return { allowed: false, reasons: ['invalid_question'], earliestAllowedAt: null, error: d.error };
  return d;
}

const ENTITY: Record<AccountSnapshot['tenant']['kind'], string> = {
  provider: 'hospital',
  nonprofit_hospital: 'nonprofit_hospital',
  payer: 'health_plan',
  agency: 'agency',
};

export function collectorOf(s: AccountSnapshot): { role: string; entity: string } {
  return { role: s.tenant.kind === 'agency' ? 'debt_collector' : s.tenant.collectorRole, entity: ENTITY[s.tenant.kind] };
}

export type ContactPurpose = 'collection' | 'opt_out_confirmation' | 'reply_to_consumer' | 'required_notice';

/** The contact question for one proposed contact, from the person's snapshot. */
export function contactQuestion(
  s: AccountSnapshot,
  p: { id: string; channel: 'call' | 'sms' | 'email' | 'letter' | 'voicemail'; at: Date; purpose?: ContactPurpose; autodialed?: boolean },
): ComplianceQuestion {
  const phone = s.contactPoints.filter((c) => c.system === 'phone').sort((a, b) => a.rank - b.rank)[0];
  // The contact point the message would use: a work one reaches the consumer at work (12 CFR
  // 1006.6(b)(3), 1006.22(f)(3): no email to an address the employer provided).
  const system = p.channel === 'email' ? 'email' : p.channel === 'letter' ? null : 'phone';
  const point = system === null ? undefined : s.contactPoints.filter((c) => c.system === system).sort((a, b) => a.rank - b.rank)[0];
  const q: ComplianceQuestion = {
    id: p.id,
    kind: 'contact',
    collector: collectorOf(s),
    consumer: {
      ...(s.person.state ? { state: s.person.state } : {}),
      timeZones: s.person.timeZones,
      ...(s.person.preferences.inconvenientTimes?.length ? { inconvenientTimes: s.person.preferences.inconvenientTimes } : {}),
    },
    channel: p.channel,
    at: p.at.toISOString(),
    debtIds: [s.account.id],
    purpose: p.purpose ?? 'collection',
    ...(point?.use === 'work' ? { atWork: true } : {}),
    history: s.history
      .filter((h) => h.status !== 'blocked' && h.status !== 'cancelled' && h.status !== 'queued' && ['call', 'sms', 'email', 'letter', 'voicemail'].includes(h.channel))
      .map((h) => ({
        channel: h.channel,
        direction: h.direction,
        at: h.at.toISOString(),
        debtIds: h.accountId ? [h.accountId] : [],
        ...(h.channel === 'call' && h.outcome && ['no_answer', 'voicemail', 'conversation', 'not_connected'].includes(h.outcome) ? { outcome: h.outcome } : {}),
      })),
    consents: s.consents.map((c) => ({
      channel: c.channel,
      givenTo: c.givenTo,
      type: c.type,
      givenAt: c.givenAt.toISOString(),
      ...(c.until ? { until: c.until.toISOString() } : {}),
    })),
    revocations: s.revocations.map((r) => ({
      channel: r.channel,
      receivedAt: r.receivedAt.toISOString(),
      means: r.means,
      ...(r.text ? { text: r.text } : {}),
    })),
    holds: s.holds
      .filter((h) => (COMPLIANCE_HOLD_TYPES as readonly string[]).includes(h.type) && (!h.accountId || h.accountId === s.account.id))
      .map((h) => ({ type: h.type, since: h.since.toISOString(), resolvedAt: h.resolvedAt ? h.resolvedAt.toISOString() : null })),
  };
  if (p.channel === 'call' || p.channel === 'sms') {
    q.autodialed = p.autodialed ?? p.channel === 'sms';
    if (phone) q.phoneType = phone.use === 'mobile' ? 'mobile' : 'landline';
  }
  if (s.person.deceased) (q.holds as unknown[]).push({ type: 'deceased', since: p.at.toISOString(), resolvedAt: null });
  return q;
}

/** The content question for a rendered message. */
export function contentQuestion(s: AccountSnapshot, p: { id: string; channel: 'sms' | 'email' | 'voicemail' | 'letter'; subject: string | null; body: string; at: Date }): ComplianceQuestion {
  return {
    id: p.id,
    kind: 'message_content',
    collector: collectorOf(s),
    channel: p.channel,
    at: p.at.toISOString(),
    ...(p.subject ? { subject: p.subject } : {}),
    body: p.body,
  };
}

/**
 * The escalation question behind a final notice: would the announced action be allowed once the
 * notice period has run? The notice goes out only if so (501(r): 120 days after the first
 * statement, 30-day written notice, no pending assistance application).
 */
export function escalationQuestion(s: AccountSnapshot, p: { id: string; action: string; noticeDays: number; now: Date }): ComplianceQuestion {
  const zone = s.person.timeZones[0] ?? s.tenant.timeZone;
  const today = localDate(p.now, zone);
  const assistance = s.holds.find((h) => h.type === 'assistance_pending' && (!h.accountId || h.accountId === s.account.id));
  return {
    id: p.id,
    kind: 'eca',
    collector: collectorOf(s),
    ...(s.person.state ? { state: s.person.state } : {}),
    action: p.action,
    on: addDays(today, p.noticeDays + 1),
    ...(s.account.firstStatementOn ? { firstPostDischargeStatementOn: s.account.firstStatementOn } : {}),
    noticesSent: [{ type: 'eca_30_day_notice', on: today }],
    ...(assistance
      ? {
          fapApplication: {
            receivedOn: localDate(assistance.since, zone),
            complete: false,
            decision: assistance.resolvedAt ? 'denied' : 'pending',
            decidedOn: assistance.resolvedAt ? localDate(assistance.resolvedAt, zone) : null,
          },
        }
      : {}),
  };
}
