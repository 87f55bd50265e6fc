import type { CompiledRuleSet } from '../compiled-rules.js';
import type { ReasonCode } from '../reason-codes.js';
import type { Channel, HistoryItem, Purpose } from '../schemas.js';
import { MS_PER_DAY, parseDateDay } from '../time/instant.js';
import type { ZoneInfo } from '../time/zones.js';

/**
 * What a contact decision works on: the question read once into a context (instants as epoch
 * ms, zones resolved, history in pooled typed arrays) and the per-instant Check every rule
 * writes its block into.
 */

export const FDCPA_FROM_MS = parseDateDay('1978-03-20') * MS_PER_DAY;
export const REG_F_FROM_MS = parseDateDay('2021-11-30') * MS_PER_DAY;
export const NEVER = Number.POSITIVE_INFINITY;

/**
 * History items live in flat typed arrays (one pooled set reused from question to question)
 * rather than one object each: a realistic question carries 20-40 of them, and an object per
 * item (with its days array) was most of the ~2.8 KB a decision allocated (now under 1 KB).
 */
export const F_BITS = 31; // the item's channel bit (CHANNEL_BIT)
export const F_OUTBOUND = 1 << 5;
export const F_CONNECTED = 1 << 6;
export const F_CONVERSATION = 1 << 7;
/** Excluded from frequency counts by a call_window consent. */
export const F_CONSENTED = 1 << 8;
/** PURPOSE_CODE of the item's purpose (0 = none given) sits above this shift. */
export const F_PURPOSE_SHIFT = 9;

/** Result of checking every rule at one instant (one per Buffers, reused by each check). */
export interface Check {
  reasons: ReasonCode[];
  /** Latest lower bound over the blocking rules: no instant before it can pass them all. */
  next: number;
  /** Local day and second of the checked instant in each zone. */
  day: Float64Array;
  second: Float64Array;
  /** Whether a call_window consent covers the checked contact (computed once per instant). */
  consented: boolean;
}

export interface Buffers {
  /** Instant of each history item. */
  ms: Float64Array;
  /** F_* flags of each history item. */
  flags: Int32Array;
  /** Which of the question's debts each item was about (see readHistory). */
  about: Int32Array;
  /** Lists of counted days (see countedDays), each stored as [length, last, day, day, ...]. */
  lists: Int32Array;
  /** Per (cap, zone, debt) key: 1 + the offset of its list in `lists`, 0 while not built. */
  listAt: Int32Array;
  check: Check;
}

let pooled: Buffers | null = null;

/** Buffers for n items in nz zones and `keys` counted lists; the pooled set when free (a re-entrant call gets its own). */
export function takeBuffers(n: number, nz: number, keys: number): Buffers {
  let b = pooled;
  pooled = null;
  if (b === null || b.ms.length < n || b.check.day.length < nz || b.listAt.length < keys) {
    const cap = Math.max(64, n, b?.ms.length ?? 0);
    const zoneCap = Math.max(8, nz, b?.check.day.length ?? 0);
    b = {
      ms: new Float64Array(cap),
      flags: new Int32Array(cap),
      about: new Int32Array(cap),
      lists: b?.lists ?? new Int32Array(4 * (cap + 2)),
      listAt: new Int32Array(Math.max(64, keys, b?.listAt.length ?? 0)),
      check: { reasons: [], next: 0, day: new Float64Array(zoneCap), second: new Float64Array(zoneCap), consented: false },
    };
  }
  // A handful of keys: a loop beats calling fill().
  const listAt = b.listAt;
  for (let k = 0; k < keys; k++) listAt[k] = 0;
  return b;
}

/** Hands the buffers back for the next question. */
export function releaseBuffers(b: Buffers): void {
  pooled = b;
}

export interface ConsentX {
  ms: number;
  untilMs: number;
  channel: 'call' | 'sms' | 'email';
  givenTo: 'creditor' | 'collector';
  type: 'prior_express' | 'call_window';
  /** Local day number in each zone (call_window consents only: nothing else reads it). */
  days: number[] | null;
}

export interface RevocationX {
  ms: number;
  channel: 'sms' | 'call' | 'email' | 'all';
}

export interface HoldX {
  type: 'dispute' | 'cease_communication' | 'attorney' | 'bankruptcy' | 'deceased';
  sinceMs: number;
  untilMs: number;
  debts: readonly string[] | null;
}

export interface Ctx {
  rules: CompiledRuleSet;
  atMs: number;
  channel: Channel;
  bit: number;
  /** The Reg F "medium": a voicemail is left by a telephone call. */
  medium: 'call' | 'sms' | 'email' | 'letter';
  purpose: Purpose;
  debtCollector: boolean;
  guardrails: boolean;
  state: string | undefined;
  debts: readonly string[];
  zones: readonly ZoneInfo[];
  /** The question's history (validated); items are read back only for their debt lists. */
  history: readonly HistoryItem[];
  /** Number of history items. */
  n: number;
  buf: Buffers;
  /** The OR of every history item's flags: which kinds of item the history holds at all. */
  allFlags: number;
  /** Ints of buf.lists in use. */
  listsUsed: number;
  consents: readonly ConsentX[];
  revocations: readonly RevocationX[];
  holds: readonly HoldX[];
  /** Consumer-stated inconvenient ranges, seconds of day [from, to). */
  ranges: readonly (readonly [number, number])[];
  tcpaNeedsConsent: boolean;
  /** The number or address reaches the consumer at work. */
  atWork: boolean;
  /** The collector knows the employer prohibits such communications. */
  employerProhibits: boolean;
}

/** The shared empty list for absent ones (typed readonly; not frozen, which would give it another elements kind and make every loop over these lists polymorphic). */
export const NONE: readonly never[] = [];

export function intersects(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** Debts past this many (in one question) are matched by searching the item's list instead of a bit. */
export const MASKED_DEBTS = 31;

export function bindsHere(ctx: Ctx, binds: 'debt_collector' | 'creditor_policy' | 'all', states: ReadonlySet<string> | null): boolean {
  if (binds === 'debt_collector' && !ctx.debtCollector) return false;
  if (binds === 'creditor_policy' && !ctx.guardrails) return false;
  if (states !== null && (ctx.state === undefined || !states.has(ctx.state))) return false;
  return true;
}

export function block(check: Check, reason: ReasonCode, until: number): void {
  check.reasons.push(reason);
  if (until > check.next) check.next = until;
}
