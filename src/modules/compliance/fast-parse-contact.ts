import type { ContactQuestion } from './schemas.js';
import { parseDateDay } from './time/instant.js';
import { isValidTimeZone } from './time/zones.js';

/**
 * A hand-written validator for well-formed contact questions, the hot path (zod costs ~20 µs for
 * a question with 30 history items; this ~1 µs). It accepts a subset of what `ContactQuestion`
 * accepts and never anything more: on anything it is unsure of (a lower-case state code, an
 * unexpected type) it returns null and zod decides, with zod's error messages. Instants are
 * only checked to be strings: the evaluator parses them once, with the same grammar as zod, and
 * returns null for one that fails so the question goes to zod after all. A property test checks
 * that whenever the fast path answers, zod accepts the question and decides it the same way.
 *
 * Unknown fields are left in place: the evaluator reads only the contract's fields.
 */

type Obj = Record<string, unknown>;

const ENTITIES = new Set(['hospital', 'nonprofit_hospital', 'clinic', 'health_plan', 'agency']);
const PURPOSES = new Set(['collection', 'opt_out_confirmation', 'reply_to_consumer', 'required_notice']);
const PHONE_TYPES = new Set(['mobile', 'landline', 'voip', 'unknown']);
const CONSENT_CHANNELS = new Set(['call', 'sms', 'email']);
const GIVEN_TO = new Set(['creditor', 'collector']);
const CONSENT_TYPES = new Set(['prior_express', 'call_window']);
const REVOCATION_CHANNELS = new Set(['sms', 'call', 'email', 'all']);
const HOLD_TYPES = new Set(['dispute', 'cease_communication', 'attorney', 'bankruptcy', 'deceased']);
const CLOCK = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const STATE = /^[A-Z]{2}$/;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optBool(v: unknown): boolean {
  return v === undefined || typeof v === 'boolean';
}

function optEnum(v: unknown, set: ReadonlySet<string>): boolean {
  return v === undefined || (typeof v === 'string' && set.has(v));
}

function isEnum(v: unknown, set: ReadonlySet<string>): boolean {
  return typeof v === 'string' && set.has(v);
}

/** Instants are only type-checked here: the evaluator parses each once and hands any that fails back to zod. */
function isInstant(v: unknown): boolean {
  return typeof v === 'string';
}

function optStrings(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const s of v) if (typeof s !== 'string') return false;
  return true;
}

function optArrayOf(v: unknown, ok: (x: unknown) => boolean): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!ok(x)) return false;
  return true;
}

/** True when a history item has the schema's shape (its instant is parsed by the evaluator). */
export function validHistoryItem(h: unknown): boolean {
  if (typeof h !== 'object' || h === null) return false;
  const o = h as Obj;
  // Switches instead of Set lookups: this runs for every history item of every question.
  switch (o.channel) {
    case 'call':
    case 'sms':
    case 'email':
    case 'voicemail':
    case 'letter':
      break;
    default:
      return false;
  }
  if (o.direction !== 'outbound' && o.direction !== 'inbound') return false;
  if (typeof o.at !== 'string') return false;
  switch (o.outcome) {
    case undefined:
    case 'no_answer':
    case 'voicemail':
    case 'conversation':
    case 'not_connected':
      break;
    default:
      return false;
  }
  if (o.purpose !== undefined && !PURPOSES.has(o.purpose as string)) return false;
  if (Array.isArray(h)) return false;
  return optStrings(o.debtIds) && optStrings(o.discussedDebtIds);
}

function consent(c: unknown): boolean {
  return (
    isObj(c) &&
    isEnum(c.channel, CONSENT_CHANNELS) &&
    isEnum(c.givenTo, GIVEN_TO) &&
    isEnum(c.type, CONSENT_TYPES) &&
    isInstant(c.givenAt) &&
    (c.until === undefined || c.until === null || isInstant(c.until))
  );
}

function revocation(r: unknown): boolean {
  return (
    isObj(r) &&
    isEnum(r.channel, REVOCATION_CHANNELS) &&
    isInstant(r.receivedAt) &&
    (r.means === undefined || typeof r.means === 'string') &&
    (r.text === undefined || typeof r.text === 'string')
  );
}

function hold(h: unknown): boolean {
  return (
    isObj(h) &&
    isEnum(h.type, HOLD_TYPES) &&
    (h.since === undefined || isInstant(h.since)) &&
    (h.resolvedAt === undefined || h.resolvedAt === null || isInstant(h.resolvedAt)) &&
    optStrings(h.debtIds)
  );
}

function consumer(c: unknown): boolean {
  if (c === undefined) return true;
  if (!isObj(c)) return false;
  if (c.state !== undefined && !(typeof c.state === 'string' && STATE.test(c.state))) return false;
  if (!optArrayOf(c.timeZones, (z) => typeof z === 'string' && isValidTimeZone(z))) return false;
  return optArrayOf(
    c.inconvenientTimes,
    (r) => isObj(r) && typeof r.from === 'string' && CLOCK.test(r.from) && typeof r.to === 'string' && CLOCK.test(r.to),
  );
}

/** The question as a ContactQuestion when it certainly is a valid one, else null (ask zod). */
export function fastParseContact(input: unknown): ContactQuestion | null {
  if (!isObj(input) || input.kind !== 'contact') return null;
  const id = input.id;
  if (!((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isFinite(id)))) return null;
  const col = input.collector;
  if (!isObj(col)) return null;
  if (col.role !== 'debt_collector' && col.role !== 'original_creditor') return null;
  if (!isEnum(col.entity, ENTITIES)) return null;
  if (!optBool(col.usesThirdPartyName) || !optEnum(col.onBehalfOf, ENTITIES)) return null;
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
  if (typeof input.at !== 'string') return null;
  if (!optStrings(input.debtIds) || !optBool(input.autodialed) || !optBool(input.prerecorded)) return null;
  if (!optEnum(input.phoneType, PHONE_TYPES) || !optEnum(input.purpose, PURPOSES)) return null;
  if (!consumer(input.consumer)) return null;
  // History items, the bulk of a question, are checked by the evaluator as it reads them
  // (validHistoryItem, one pass instead of two).
  if (input.history !== undefined && !Array.isArray(input.history)) return null;
  if (input.consents !== undefined && !optArrayOf(input.consents, consent)) return null;
  if (input.revocations !== undefined && !optArrayOf(input.revocations, revocation)) return null;
  if (input.holds !== undefined && !optArrayOf(input.holds, hold)) return null;
  if (input.holidays !== undefined && !optArrayOf(input.holidays, (d) => typeof d === 'string' && !Number.isNaN(parseDateDay(d)))) return null;
  const policy = input.policy;
  if (policy !== undefined && !(isObj(policy) && optBool(policy.creditorGuardrails))) return null;
  return input as unknown as ContactQuestion;
}
