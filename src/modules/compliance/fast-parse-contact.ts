import { isMsInstant, INSTANTS_AS_MS } from './instants-as-ms.js';
import { ECA_ACTIONS, type ContactQuestion, type EcaQuestion, type MessageContentQuestion } from './schemas.js';
import { parseDateDay, parseInstant } from './time/instant.js';
import { isValidTimeZone } from './time/zones.js';

/**
 * A hand-written validator for well-formed contact questions, the hot path (zod costs ~20 µs for
 * a question with 30 history items; this ~1 µs). It accepts a subset of what `ContactQuestion`
 * accepts and never anything more: on anything it is unsure of (a lower-case state code, an
 * unexpected type) it returns null and zod decides, with zod's error messages. Instants are
 * only checked to be strings: the evaluator parses them once, with the same grammar as zod, and
 * returns null for one that fails so the question goes to zod after all; history items likewise
 * are checked by the evaluator as it reads them (readItem). A property test checks
 * that whenever the fast path answers, zod accepts the question and decides it the same way.
 *
 * Unknown fields are left in place: the evaluator reads only the contract's fields.
 */

type Obj = Record<string, unknown>;

const CLOCK = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** /^[A-Z]{2}$/ without running a regular expression for every question. */
function isStateCode(s: string): boolean {
  if (s.length !== 2) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

// Enumerations are switches rather than Set lookups: a Set hashes the string, a switch on
// literals compares (mostly internalized) strings, and these run for every question.
function isEntity(v: unknown): boolean {
  switch (v) {
    case 'hospital':
    case 'nonprofit_hospital':
    case 'clinic':
    case 'health_plan':
    case 'agency':
      return true;
    default:
      return false;
  }
}

function isPurpose(v: unknown): boolean {
  switch (v) {
    case 'collection':
    case 'opt_out_confirmation':
    case 'reply_to_consumer':
    case 'required_notice':
      return true;
    default:
      return false;
  }
}

function isPhoneType(v: unknown): boolean {
  return v === 'mobile' || v === 'landline' || v === 'voip' || v === 'unknown';
}

function isHoldType(v: unknown): boolean {
  switch (v) {
    case 'dispute':
    case 'cease_communication':
    case 'attorney':
    case 'bankruptcy':
    case 'deceased':
      return true;
    default:
      return false;
  }
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optBool(v: unknown): boolean {
  return v === undefined || typeof v === 'boolean';
}

/**
 * Instants are only type-checked here: the evaluator parses each once and hands any that fails
 * back to zod. A question marked INSTANTS_AS_MS (`ms`) has them all as numbers, checked here.
 */
function isInstant(v: unknown, ms: boolean): boolean {
  return ms ? isMsInstant(v) : typeof v === 'string';
}

function optStrings(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const s of v) if (typeof s !== 'string') return false;
  return true;
}

function consent(c: unknown, ms: boolean): boolean {
  if (!isObj(c)) return false;
  const channel = c.channel;
  if (channel !== 'call' && channel !== 'sms' && channel !== 'email') return false;
  if (c.givenTo !== 'creditor' && c.givenTo !== 'collector') return false;
  if (c.type !== 'prior_express' && c.type !== 'call_window') return false;
  return isInstant(c.givenAt, ms) && (c.until === undefined || c.until === null || isInstant(c.until, ms));
}

function revocation(r: unknown, ms: boolean): boolean {
  if (!isObj(r)) return false;
  const channel = r.channel;
  if (channel !== 'sms' && channel !== 'call' && channel !== 'email' && channel !== 'all') return false;
  return isInstant(r.receivedAt, ms) && (r.means === undefined || typeof r.means === 'string') && (r.text === undefined || typeof r.text === 'string');
}

function hold(h: unknown, ms: boolean): boolean {
  return (
    isObj(h) &&
    isHoldType(h.type) &&
    (h.since === undefined || isInstant(h.since, ms)) &&
    (h.resolvedAt === undefined || h.resolvedAt === null || isInstant(h.resolvedAt, ms)) &&
    optStrings(h.debtIds)
  );
}

function clockRange(r: unknown): boolean {
  return isObj(r) && typeof r.from === 'string' && CLOCK.test(r.from) && typeof r.to === 'string' && CLOCK.test(r.to);
}

function consumer(c: unknown): boolean {
  if (c === undefined) return true;
  if (!isObj(c)) return false;
  if (c.state !== undefined && !(typeof c.state === 'string' && isStateCode(c.state))) return false;
  const zones = c.timeZones;
  if (zones !== undefined) {
    if (!Array.isArray(zones)) return false;
    for (let i = 0; i < zones.length; i++) {
      const z: unknown = zones[i];
      if (typeof z !== 'string' || !isValidTimeZone(z)) return false;
    }
  }
  const ranges = c.inconvenientTimes;
  if (ranges !== undefined) {
    if (!Array.isArray(ranges)) return false;
    for (let i = 0; i < ranges.length; i++) if (!clockRange(ranges[i])) return false;
  }
  return optBool(c.employerProhibitsContact);
}

/** True when v is undefined or an array whose every element passes `ok` (given `ms`, when it takes it). */
function optList(v: unknown, ok: (x: unknown, ms: boolean) => boolean, ms = false): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!ok(v[i], ms)) return false;
  return true;
}

function isDate(d: unknown): boolean {
  return typeof d === 'string' && !Number.isNaN(parseDateDay(d));
}

/** A question id and a collector every kind of question shares, certainly valid. */
function hasIdAndCollector(input: Obj): boolean {
  const id = input.id;
  if (!((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isFinite(id)))) return false;
  const col = input.collector;
  if (!isObj(col)) return false;
  if (col.role !== 'debt_collector' && col.role !== 'original_creditor') return false;
  if (!isEntity(col.entity)) return false;
  return optBool(col.usesThirdPartyName) && (col.onBehalfOf === undefined || isEntity(col.onBehalfOf));
}

/**
 * The question as a ContactQuestion when it certainly is a valid one, else null (ask zod). A
 * question marked INSTANTS_AS_MS comes back as it is, its instants numbers (see prepare-context).
 */
export function fastParseContact(input: unknown): ContactQuestion | null {
  if (!isObj(input) || input.kind !== 'contact') return null;
  const ms = (input as { [INSTANTS_AS_MS]?: unknown })[INSTANTS_AS_MS] === true;
  if (!hasIdAndCollector(input)) return null;
  switch (input.channel) {
    case 'call':
    case 'sms':
    case 'email':
    case 'voicemail':
    case 'letter':
      break;
    default:
      return null;
  }
  if (!isInstant(input.at, ms)) return null;
  if (!optStrings(input.debtIds) || !optBool(input.autodialed) || !optBool(input.prerecorded) || !optBool(input.atWork)) return null;
  if (!(input.phoneType === undefined || isPhoneType(input.phoneType)) || !(input.purpose === undefined || isPurpose(input.purpose))) return null;
  if (!consumer(input.consumer)) return null;
  // History items, the bulk of a question, are checked by the evaluator as it reads them
  // (one pass instead of two).
  if (input.history !== undefined && !Array.isArray(input.history)) return null;
  if (!optList(input.consents, consent, ms) || !optList(input.revocations, revocation, ms) || !optList(input.holds, hold, ms)) return null;
  if (!optList(input.holidays, isDate)) return null;
  const policy = input.policy;
  if (policy !== undefined && !(isObj(policy) && optBool(policy.creditorGuardrails))) return null;
  return input as unknown as ContactQuestion;
}

function isContentChannel(v: unknown): boolean {
  return v === 'sms' || v === 'email' || v === 'voicemail' || v === 'letter';
}

/**
 * The question as a MessageContentQuestion when it certainly is a valid one, else null (ask zod).
 * Outreach asks one for every message it renders, so it takes the same kind of fast path as
 * contact questions; `at`, the one instant, is parsed here with the evaluator's grammar.
 */
export function fastParseMessageContent(input: unknown): MessageContentQuestion | null {
  if (!isObj(input) || input.kind !== 'message_content') return null;
  if (!hasIdAndCollector(input)) return null;
  if (!isContentChannel(input.channel) || typeof input.body !== 'string') return null;
  if (!(input.subject === undefined || typeof input.subject === 'string') || !optBool(input.recipientVerified)) return null;
  if (input.at !== undefined && (typeof input.at !== 'string' || Number.isNaN(parseInstant(input.at)))) return null;
  if (input.validationPeriodEndsOn !== undefined && !isDate(input.validationPeriodEndsOn)) return null;
  return input as unknown as MessageContentQuestion;
}

/** The schema's list, so the two cannot drift apart. */
const ECA_ACTION_SET: ReadonlySet<unknown> = new Set(ECA_ACTIONS);

function notice(n: unknown): boolean {
  return isObj(n) && typeof n.type === 'string' && isDate(n.on);
}

function fapApplication(a: unknown): boolean {
  if (a === undefined) return true;
  if (!isObj(a) || !isDate(a.receivedOn) || !optBool(a.complete)) return false;
  if (!(a.decision === undefined || a.decision === 'pending' || a.decision === 'approved' || a.decision === 'denied')) return false;
  return a.decidedOn === undefined || a.decidedOn === null || isDate(a.decidedOn);
}

/**
 * The question as an EcaQuestion when it certainly is a valid one, else null (ask zod). Outreach
 * asks one before every final notice, daily while a state's ban blocks it; zod cost more than the
 * decision. The state code must already be upper case (zod would upper-case it: left to zod).
 */
export function fastParseEca(input: unknown): EcaQuestion | null {
  if (!isObj(input) || input.kind !== 'eca') return null;
  if (!hasIdAndCollector(input)) return null;
  if (input.state !== undefined && !(typeof input.state === 'string' && isStateCode(input.state))) return null;
  if (!ECA_ACTION_SET.has(input.action) || !isDate(input.on)) return null;
  if (input.firstPostDischargeStatementOn !== undefined && !isDate(input.firstPostDischargeStatementOn)) return null;
  if (!optList(input.noticesSent, notice) || !fapApplication(input.fapApplication)) return null;
  if (!optBool(input.timeBarred) || !optBool(input.saleWith501rProtections) || !optBool(input.paidOrSettled)) return null;
  if (!optBool(input.dischargedInBankruptcy) || !optBool(input.identityTheftReported)) return null;
  return input as unknown as EcaQuestion;
}
