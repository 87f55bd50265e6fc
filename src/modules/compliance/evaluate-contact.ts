import { CHANNEL_BIT, compiled, PURPOSE_CODE, type CompiledCap, type CompiledRuleSet, type CompiledWait, type CompiledWindow } from './compiled-rules.js';
import { ALL_US_TIME_ZONES, STATE_TIME_ZONES } from './data/state-time-zones.js';
import type { ContactDecision } from './decisions.js';
import { orderReasons, type ReasonCode } from './reason-codes.js';
import type { RuleSet } from './rule-set.js';
import type { Channel, ContactQuestion, HistoryItem, Purpose } from './schemas.js';
import { formatInstant, MS_PER_DAY, parseClock, parseDateDay, parseInstant, parseInstantTo } from './time/instant.js';
import { instantOfLocal, localDay, offsetAt, zoneInfo, type ZoneInfo } from './time/zones.js';

/**
 * kind "contact": may this contact go out at this instant? Every rule is checked at the
 * instant; when some block, each blocking rule also says the earliest instant it could stop
 * blocking (a lower bound). The search jumps to the latest of those bounds and checks every
 * rule again there, until all pass at once, a block only a person can lift appears, or the
 * horizon is reached. So `earliestAllowedAt` always passes every rule (7-in-7 window end and
 * 8:00 in every zone together), and never skips an earlier instant that would have passed.
 */

const FDCPA_FROM_MS = parseDateDay('1978-03-20') * MS_PER_DAY;
const REG_F_FROM_MS = parseDateDay('2021-11-30') * MS_PER_DAY;
/** How far ahead the search looks for an allowed instant. */
const HORIZON_MS = 400 * MS_PER_DAY;
const MAX_STEPS = 200;
const NEVER = Number.POSITIVE_INFINITY;

/**
 * History items live in flat typed arrays (one pooled set reused from question to question)
 * rather than one object each: a realistic question carries 20-40 of them, and an object per
 * item (with its days array) was most of the ~2.8 KB a decision allocated (now under 1 KB).
 */
const F_BITS = 31; // the item's channel bit (CHANNEL_BIT)
const F_OUTBOUND = 1 << 5;
const F_CONNECTED = 1 << 6;
const F_CONVERSATION = 1 << 7;
/** Excluded from frequency counts by a call_window consent. */
const F_CONSENTED = 1 << 8;
/** PURPOSE_CODE of the item's purpose (0 = none given) sits above this shift. */
const F_PURPOSE_SHIFT = 9;

/** Result of checking every rule at one instant (one per Buffers, reused by each check). */
interface Check {
  reasons: ReasonCode[];
  /** Latest lower bound over the blocking rules: no instant before it can pass them all. */
  next: number;
  /** Local day and second of the checked instant in each zone. */
  day: Float64Array;
  second: Float64Array;
  /** Whether a call_window consent covers the checked contact (computed once per instant). */
  consented: boolean;
}

interface Buffers {
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
function takeBuffers(n: number, nz: number, keys: number): Buffers {
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

interface ConsentX {
  ms: number;
  untilMs: number;
  channel: 'call' | 'sms' | 'email';
  givenTo: 'creditor' | 'collector';
  type: 'prior_express' | 'call_window';
  /** Local day number in each zone (call_window consents only: nothing else reads it). */
  days: number[] | null;
}

interface RevocationX {
  ms: number;
  channel: 'sms' | 'call' | 'email' | 'all';
}

interface HoldX {
  type: 'dispute' | 'cease_communication' | 'attorney' | 'bankruptcy' | 'deceased';
  sinceMs: number;
  untilMs: number;
  debts: readonly string[] | null;
}

interface Ctx {
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
const NONE: readonly never[] = [];

function intersects(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** Zone lists already built: one-zone lists by zone, two-zone lists by first zone then second, state lists by list. */
const singleZone = new Map<ZoneInfo, readonly ZoneInfo[]>();
const zonePairs = new Map<ZoneInfo, Map<ZoneInfo, readonly ZoneInfo[]>>();
const namedLists = new Map<readonly string[], readonly ZoneInfo[]>();
const MAX_PAIRS_PER_ZONE = 64;

function zoneList(names: readonly string[]): ZoneInfo[] {
  const out: ZoneInfo[] = [];
  for (const n of names) {
    const z = zoneInfo(n);
    if (!out.includes(z)) out.push(z);
  }
  return out;
}

/**
 * The consumer's plausible zones: given ones (duplicates dropped), else their state's, else all
 * of the US. The lists are shared and never changed: most questions name one or two zones, so
 * they come from a cache instead of being built per question.
 */
function zonesOf(q: ContactQuestion): readonly ZoneInfo[] {
  const given = q.consumer?.timeZones;
  if (given && given.length > 0) {
    if (given.length > 2) return zoneList(given);
    const a = zoneInfo(given[0] as string);
    if (given.length === 1 || given[1] === a.name) {
      let one = singleZone.get(a);
      if (one === undefined) {
        one = [a];
        singleZone.set(a, one);
      }
      return one;
    }
    const b = zoneInfo(given[1] as string);
    let byB = zonePairs.get(a);
    if (byB === undefined) {
      byB = new Map();
      zonePairs.set(a, byB);
    }
    let pair = byB.get(b);
    if (pair === undefined) {
      pair = [a, b];
      // Real pairs are few (neighbouring zones); never let odd input grow the cache without bound.
      if (byB.size < MAX_PAIRS_PER_ZONE) byB.set(b, pair);
    }
    return pair;
  }
  const names = (q.consumer?.state && STATE_TIME_ZONES[q.consumer.state]) || ALL_US_TIME_ZONES;
  let list = namedLists.get(names);
  if (list === undefined) {
    list = zoneList(names);
    namedLists.set(names, list);
  }
  return list;
}

/** Parses an instant the schema already checked, or NaN (only a fast-path question can give NaN). */
function inst(s: string): number {
  return parseInstant(s);
}

function daysIn(zones: readonly ZoneInfo[], ms: number): number[] {
  const out = new Array<number>(zones.length);
  for (let z = 0; z < zones.length; z++) out[z] = localDay(zones[z] as ZoneInfo, ms);
  return out;
}

/** True when v is undefined or an array of strings (the schema's optional string lists). */
function optStrings(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

/** names indexed by their length (every other slot undefined). */
function byLength(names: readonly string[]): readonly (string | undefined)[] {
  const out = new Array<string | undefined>(1 + Math.max(...names.map((n) => n.length))).fill(undefined);
  for (const n of names) out[n.length] = n;
  return out;
}
const CHANNEL_BY_LENGTH = byLength(Object.keys(CHANNEL_BIT));
const CHANNEL_FLAGS_BY_LENGTH = new Int32Array(CHANNEL_BY_LENGTH.length);
for (const [name, bit] of Object.entries(CHANNEL_BIT)) CHANNEL_FLAGS_BY_LENGTH[name.length] = bit;
/** Outcome names by length (no_answer and voicemail share 9), and the flags each gives. */
const OUTCOME_BY_LENGTH = byLength(['no_answer', 'conversation', 'not_connected']);
const OUTCOME2_BY_LENGTH = byLength(['voicemail']);
const OUTCOME_FLAGS_BY_LENGTH = new Int32Array(OUTCOME_BY_LENGTH.length);
OUTCOME_FLAGS_BY_LENGTH['no_answer'.length] = F_CONNECTED;
OUTCOME_FLAGS_BY_LENGTH['conversation'.length] = F_CONNECTED | F_CONVERSATION;
OUTCOME_FLAGS_BY_LENGTH['not_connected'.length] = 0;
// F_CONVERSATION sits where the call bit lands when shifted: a conversation counts only on a call.
const CALL_TO_CONVERSATION = Math.log2(F_CONVERSATION / CHANNEL_BIT.call);

/** Debts past this many (in one question) are matched by searching the item's list instead of a bit. */
const MASKED_DEBTS = 31;

/**
 * Reads the history into the flat buffers: each item's F_* flags, which of the question's debts
 * it was about (bit k for debts[k]; every bit when the item names none) and its instant.
 * Returns the OR of all items' flags, or -1 when an item does not have the schema's shape (the
 * same checks as the HistoryItem schema, its instant parsed with the schema's grammar). One
 * pass validates and extracts, so each item is read once.
 */
function readHistory(history: readonly unknown[], debts: readonly string[], buf: Buffers): number {
  const { flags: flagBuf, about: aboutBuf, ms } = buf;
  const nd = debts.length < MASKED_DEBTS ? debts.length : MASKED_DEBTS;
  let allFlags = 0;
  for (let i = 0; i < history.length; i++) {
    const h = history[i];
    if (typeof h !== 'object' || h === null) return -1;
    const o = h as Record<string, unknown>;
    // Read the item's separate objects first, so their loads start together.
    const at = o.at;
    const ids = o.debtIds;
    // The channels' and outcomes' names differ in length, so a table indexed by the length
    // classifies an item, and one comparison with the name of that length confirms it: an item's
    // channel and outcome are unpredictable, and branching on them cost more than the lookups.
    const channel = o.channel;
    if (typeof channel !== 'string') return -1;
    const cl = channel.length;
    if (cl >= CHANNEL_BY_LENGTH.length || channel !== CHANNEL_BY_LENGTH[cl]) return -1;
    let flags = CHANNEL_FLAGS_BY_LENGTH[cl] as number;
    const direction = o.direction;
    if (direction === 'outbound') flags |= F_OUTBOUND;
    else if (direction !== 'inbound') return -1;
    if (typeof at !== 'string') return -1;
    const outcome = o.outcome;
    if (outcome === undefined) flags |= F_CONNECTED;
    else {
      if (typeof outcome !== 'string') return -1;
      const ol = outcome.length;
      if (ol >= OUTCOME_BY_LENGTH.length || (outcome !== OUTCOME_BY_LENGTH[ol] && outcome !== OUTCOME2_BY_LENGTH[ol])) return -1;
      flags |= (OUTCOME_FLAGS_BY_LENGTH[ol] as number) & (F_CONNECTED | ((flags & CHANNEL_BIT.call) << CALL_TO_CONVERSATION));
    }
    switch (o.purpose) {
      case undefined:
        break;
      case 'collection':
        flags |= PURPOSE_CODE.collection << F_PURPOSE_SHIFT;
        break;
      case 'opt_out_confirmation':
        flags |= PURPOSE_CODE.opt_out_confirmation << F_PURPOSE_SHIFT;
        break;
      case 'reply_to_consumer':
        flags |= PURPOSE_CODE.reply_to_consumer << F_PURPOSE_SHIFT;
        break;
      case 'required_notice':
        flags |= PURPOSE_CODE.required_notice << F_PURPOSE_SHIFT;
        break;
      default:
        return -1;
    }
    if (Array.isArray(h) || !optStrings(o.discussedDebtIds)) return -1;
    let about = -1;
    if (ids !== undefined) {
      if (!Array.isArray(ids)) return -1;
      about = 0;
      for (let j = 0; j < ids.length; j++) {
        const id: unknown = ids[j];
        if (typeof id !== 'string') return -1;
        for (let k = 0; k < nd; k++) if (id === debts[k]) about |= 1 << k;
      }
    }
    if (!parseInstantTo(at, ms, i)) return -1;
    flagBuf[i] = flags;
    aboutBuf[i] = about;
    allFlags |= flags;
  }
  return allFlags;
}

/**
 * Builds the evaluation context, or null when some instant does not parse or a history item is
 * malformed (the fast path leaves both to this pass; zod-validated questions always pass).
 */
function prepare(q: ContactQuestion, ruleSet: RuleSet): Ctx | null {
  const atMs = inst(q.at);
  if (Number.isNaN(atMs)) return null;
  const zones = zonesOf(q);
  const nz = zones.length;
  const debtCollector = q.collector.role === 'debt_collector' || q.collector.usesThirdPartyName === true;
  const channel = q.channel;
  const medium = channel === 'voicemail' ? 'call' : channel;

  // Lists are built at their final length (a push onto [] reserves 17 slots), absent ones shared.
  let consents: readonly ConsentX[] = NONE;
  let anyWindowConsent = false;
  const qConsents = q.consents;
  if (qConsents !== undefined && qConsents.length > 0) {
    const list = new Array<ConsentX>(qConsents.length);
    for (let i = 0; i < qConsents.length; i++) {
      const c = qConsents[i] as (typeof qConsents)[number];
      const ms = inst(c.givenAt);
      const untilMs = c.until ? inst(c.until) : NEVER;
      if (Number.isNaN(ms) || Number.isNaN(untilMs)) return null;
      const window = c.type === 'call_window';
      if (window) anyWindowConsent = true;
      list[i] = { ms, untilMs, channel: c.channel, givenTo: c.givenTo, type: c.type, days: window ? daysIn(zones, ms) : null };
    }
    consents = list;
  }
  let revocations: readonly RevocationX[] = NONE;
  const qRevocations = q.revocations;
  if (qRevocations !== undefined && qRevocations.length > 0) {
    const list = new Array<RevocationX>(qRevocations.length);
    for (let i = 0; i < qRevocations.length; i++) {
      const r = qRevocations[i] as (typeof qRevocations)[number];
      const ms = inst(r.receivedAt);
      if (Number.isNaN(ms)) return null;
      list[i] = { ms, channel: r.channel };
    }
    revocations = list;
  }
  let holds: readonly HoldX[] = NONE;
  const qHolds = q.holds;
  if (qHolds !== undefined && qHolds.length > 0) {
    const list = new Array<HoldX>(qHolds.length);
    for (let i = 0; i < qHolds.length; i++) {
      const h = qHolds[i] as (typeof qHolds)[number];
      const sinceMs = h.since ? inst(h.since) : Number.NEGATIVE_INFINITY;
      const untilMs = h.resolvedAt ? inst(h.resolvedAt) : NEVER;
      if (Number.isNaN(sinceMs) || Number.isNaN(untilMs)) return null;
      list[i] = { type: h.type, sinceMs, untilMs, debts: h.debtIds ?? null };
    }
    holds = list;
  }
  let ranges: readonly (readonly [number, number])[] = NONE;
  const stated = q.consumer?.inconvenientTimes;
  if (stated !== undefined && stated.length > 0) ranges = stated.map((r) => [parseClock(r.from), parseClock(r.to)] as const);

  const history = q.history ?? NONE;
  const n = history.length;
  const rules = compiled(ruleSet);
  const debts = q.debtIds ?? NONE;
  const listKeys = rules.caps.length * nz * Math.max(1, debts.length);
  const buf = takeBuffers(n, nz, listKeys);
  const { ms: msBuf, flags: flagBuf } = buf;
  const allFlags = readHistory(history, debts, buf);
  if (allFlags < 0) {
    pooled = buf;
    return null;
  }

  const ctx: Ctx = {
    rules,
    atMs,
    channel,
    bit: CHANNEL_BIT[channel],
    medium,
    purpose: q.purpose ?? 'collection',
    debtCollector,
    guardrails: !debtCollector && q.policy?.creditorGuardrails !== false,
    state: q.consumer?.state,
    debts,
    zones,
    history,
    n,
    buf,
    allFlags,
    listsUsed: 0,
    consents,
    revocations,
    holds,
    ranges,
    tcpaNeedsConsent:
      (channel === 'call' || channel === 'voicemail' || channel === 'sms') &&
      (q.autodialed === true || q.prerecorded === true) &&
      (channel === 'sms' || q.phoneType !== 'landline'),
    atWork: q.atWork === true,
    employerProhibits: q.consumer?.employerProhibitsContact === true,
  };

  if (anyWindowConsent) {
    for (let i = 0; i < n; i++) {
      const f = flagBuf[i] as number;
      const bit = f & F_BITS;
      const itemMedium = bit === CHANNEL_BIT.call || bit === CHANNEL_BIT.voicemail ? 'call' : bit === CHANNEL_BIT.sms ? 'sms' : bit === CHANNEL_BIT.email ? 'email' : 'letter';
      const ms = msBuf[i] as number;
      if (consentWindowCovers(ctx, itemMedium, ms, daysIn(zones, ms))) flagBuf[i] = f | F_CONSENTED;
    }
  }
  return ctx;
}

/**
 * True when a call_window consent given directly to the caller covers an instant: Regulation F
 * excludes such calls from the frequency counts for up to seven consecutive days from the day the
 * consent was given (12 CFR 1006.14(b)(3)(i)); a revocation of that medium ends it early.
 */
function consentWindowCovers(ctx: Ctx, medium: string, ms: number, days: ArrayLike<number>): boolean {
  for (const c of ctx.consents) {
    if (c.type !== 'call_window' || c.channel !== medium) continue;
    if (ctx.debtCollector && c.givenTo !== 'collector') continue;
    if (ms < c.ms || ms > c.untilMs) continue;
    let within = true;
    for (let z = 0; z < ctx.zones.length; z++) {
      if ((days[z] as number) > ((c.days as number[])[z] as number) + 6) within = false;
    }
    if (!within) continue;
    let revoked = false;
    for (const r of ctx.revocations) {
      if (r.ms >= c.ms && r.ms <= ms && (r.channel === 'all' || r.channel === medium)) revoked = true;
    }
    if (!revoked) return true;
  }
  return false;
}

/** The next instant after `t` at which a call_window consent could start covering the contact. */
function nextConsentStart(ctx: Ctx, t: number): number {
  let best = NEVER;
  for (const c of ctx.consents) {
    if (c.type === 'call_window' && c.channel === ctx.medium && c.ms > t && c.ms < best) {
      if (ctx.debtCollector && c.givenTo !== 'collector') continue;
      best = c.ms;
    }
  }
  return best;
}

function bindsHere(ctx: Ctx, binds: 'debt_collector' | 'creditor_policy' | 'all', states: ReadonlySet<string> | null): boolean {
  if (binds === 'debt_collector' && !ctx.debtCollector) return false;
  if (binds === 'creditor_policy' && !ctx.guardrails) return false;
  if (states !== null && (ctx.state === undefined || !states.has(ctx.state))) return false;
  return true;
}

function block(check: Check, reason: ReasonCode, until: number): void {
  check.reasons.push(reason);
  if (until > check.next) check.next = until;
}

function checkHolds(ctx: Ctx, t: number, check: Check): void {
  for (const h of ctx.holds) {
    if (t < h.sinceMs || t >= h.untilMs) continue;
    if (h.debts !== null && ctx.debts.length > 0 && !intersects(h.debts, ctx.debts)) continue;
    const notice = ctx.purpose === 'required_notice';
    switch (h.type) {
      case 'deceased':
        block(check, 'deceased', h.untilMs);
        break;
      case 'bankruptcy':
        block(check, 'bankruptcy', h.untilMs);
        break;
      case 'attorney':
        block(check, 'attorney_represented', h.untilMs);
        break;
      case 'cease_communication':
        // 15 U.S.C. 1692c(c) lets a collector still send the notices it lists (e.g. that efforts end).
        if (notice) break;
        if (ctx.debtCollector && t >= FDCPA_FROM_MS) block(check, 'reg_f_cease_communication', h.untilMs);
        else if (ctx.guardrails) block(check, 'policy_cease_communication', h.untilMs);
        break;
      case 'dispute':
        // Collection stops until verification is mailed; the verification itself is a required notice.
        if (notice) break;
        if (ctx.debtCollector && t >= FDCPA_FROM_MS) block(check, 'reg_f_dispute_pending_verification', h.untilMs);
        else if (ctx.guardrails) block(check, 'policy_dispute_pending_review', h.untilMs);
        break;
    }
  }
}

/**
 * The latest revocation received at or before t that covers the contact and that no later
 * consent restored, or null. `tcpa`: the TCPA's view (texts are calls, so any revocation but an
 * email one counts and a prior_express consent on call or sms restores); otherwise the Reg F
 * medium's (a revocation of 'all' or of the medium, restored by any consent on the medium).
 */
function revoked(ctx: Ctx, t: number, tcpa: boolean): RevocationX | null {
  let latest: RevocationX | null = null;
  for (const r of ctx.revocations) {
    if (r.ms > t) continue;
    if (tcpa ? r.channel === 'email' : r.channel !== 'all' && r.channel !== ctx.medium) continue;
    let restored = false;
    for (const c of ctx.consents) {
      if (c.ms > r.ms && c.ms <= t && (tcpa ? c.type === 'prior_express' && c.channel !== 'email' : c.channel === ctx.medium)) restored = true;
    }
    if (!restored && (latest === null || r.ms > latest.ms)) latest = r;
  }
  return latest;
}

/** The one confirmation after an opt-out: allowed while nothing went out on that channel since. */
function confirmationAllowed(ctx: Ctx, t: number, r: RevocationX): boolean {
  if (ctx.purpose !== 'opt_out_confirmation') return false;
  const mask = (ctx.medium === 'call' ? CHANNEL_BIT.call | CHANNEL_BIT.voicemail : ctx.bit) | F_OUTBOUND;
  const { ms, flags } = ctx.buf;
  for (let i = 0; i < ctx.n; i++) {
    const f = flags[i] as number;
    const at = ms[i] as number;
    if ((f & F_OUTBOUND) !== 0 && (f & mask & F_BITS) !== 0 && at > r.ms && at <= t) return false;
  }
  return true;
}

/**
 * 12 CFR 1006.14(h)(2): a medium the person asked the collector not to use may still be used
 * (i) once, to respond to a communication the person initiated through that medium after asking,
 * and (ii) when applicable law requires the communication (a required notice). Neither lifts a
 * TCPA revocation, which is checked separately.
 */
function mediumExceptionApplies(ctx: Ctx, t: number, r: RevocationX): boolean {
  if (ctx.purpose === 'required_notice') return true;
  if (ctx.purpose !== 'reply_to_consumer') return false;
  const mask = ctx.medium === 'call' ? CHANNEL_BIT.call | CHANNEL_BIT.voicemail : ctx.bit;
  const { ms, flags } = ctx.buf;
  // The latest inbound message on this medium after the request, and whether we answered it since.
  let inbound = -1;
  for (let i = 0; i < ctx.n; i++) {
    const f = flags[i] as number;
    const at = ms[i] as number;
    if ((f & F_OUTBOUND) === 0 && (f & mask & F_BITS) !== 0 && at > r.ms && at <= t && at > inbound) inbound = at;
  }
  if (inbound < 0) return false;
  for (let i = 0; i < ctx.n; i++) {
    const f = flags[i] as number;
    const at = ms[i] as number;
    if ((f & F_OUTBOUND) !== 0 && (f & mask & F_BITS) !== 0 && at > inbound && at <= t) return false;
  }
  return true;
}

/**
 * The consumer's workplace. 15 U.S.C. 1692c(a)(3), 12 CFR 1006.6(b)(3): no communication at the
 * place of employment when the collector knows or has reason to know the employer prohibits it
 * (the exceptions of 1006.6(b)(4), consent given directly or a court's permission, are not used).
 * 1006.22(f)(3): no email to an address the collector knows or should know the employer provided,
 * unless the consumer gave consent to use it directly to the collector or wrote from it (a reply
 * to a message the consumer just sent).
 */
function checkWorkplace(ctx: Ctx, t: number, check: Check): void {
  if (!ctx.atWork || !ctx.debtCollector) return;
  if (ctx.employerProhibits && t >= FDCPA_FROM_MS) block(check, 'reg_f_employer_prohibits_contact', NEVER);
  if (ctx.medium !== 'email' || t < REG_F_FROM_MS || ctx.purpose === 'reply_to_consumer') return;
  for (const c of ctx.consents) {
    if (c.channel === 'email' && c.givenTo === 'collector' && c.type === 'prior_express' && c.ms <= t && t <= c.untilMs) return;
  }
  block(check, 'reg_f_employer_email', NEVER);
}

function checkConsentAndOptOuts(ctx: Ctx, t: number, check: Check): void {
  const telephone = ctx.medium === 'call' || ctx.medium === 'sms';
  // TCPA: texts are calls, so a revocation on either covers both (and 'all' covers everything).
  const tcpaRevocation = telephone ? revoked(ctx, t, true) : null;
  const mediumRevocation = revoked(ctx, t, false);
  const confirming =
    (tcpaRevocation !== null && confirmationAllowed(ctx, t, tcpaRevocation)) ||
    (tcpaRevocation === null && mediumRevocation !== null && confirmationAllowed(ctx, t, mediumRevocation));

  if (!confirming) {
    if (tcpaRevocation !== null) block(check, 'tcpa_consent_revoked', NEVER);
    if (mediumRevocation !== null && ctx.medium !== 'letter' && !mediumExceptionApplies(ctx, t, mediumRevocation)) {
      if (ctx.debtCollector && t >= REG_F_FROM_MS) block(check, 'reg_f_medium_opt_out', NEVER);
      else if (ctx.guardrails && ctx.medium === 'email') block(check, 'policy_medium_opt_out', NEVER);
    }
  }

  const consumerInitiated = ctx.purpose === 'reply_to_consumer' || ctx.purpose === 'opt_out_confirmation';
  if (ctx.tcpaNeedsConsent && !consumerInitiated) {
    let has = false;
    let future = NEVER;
    for (const c of ctx.consents) {
      if (c.type !== 'prior_express' || c.channel === 'email') continue;
      if (c.ms <= t && t <= c.untilMs) has = true;
      else if (c.ms > t && c.ms < future) future = c.ms;
    }
    if (!has) block(check, 'tcpa_no_prior_express_consent', future);
  }
}

function checkWindows(ctx: Ctx, t: number, check: Check, w: CompiledWindow): void {
  if ((w.mask & ctx.bit) === 0 || t < w.fromMs || !bindsHere(ctx, w.binds, w.states)) return;
  let blocked = false;
  let until = 0;
  for (let zi = 0; zi < ctx.zones.length; zi++) {
    const second = check.second[zi] as number;
    if (second >= w.startSec && second <= w.endSec) continue;
    const day = check.day[zi] as number;
    blocked = true;
    const next = instantOfLocal(ctx.zones[zi] as ZoneInfo, second < w.startSec ? day : day + 1, w.startSec);
    if (next > until) until = next;
  }
  if (blocked) block(check, w.reason, until);
}

function checkStatedTimes(ctx: Ctx, t: number, check: Check): void {
  if (ctx.ranges.length === 0) return;
  // Reg F's official interpretation of 1006.6(b)(1): a reply to a consumer-initiated message may go out once at a
  // time the consumer called inconvenient.
  if (ctx.purpose === 'reply_to_consumer' || ctx.purpose === 'opt_out_confirmation') return;
  let reason: ReasonCode;
  if (ctx.debtCollector && t >= FDCPA_FROM_MS) reason = 'reg_f_known_inconvenient_time';
  else if (ctx.guardrails) reason = 'policy_known_inconvenient_time';
  else return;
  let blocked = false;
  let until = 0;
  for (let zi = 0; zi < ctx.zones.length; zi++) {
    const z = ctx.zones[zi] as ZoneInfo;
    const day = check.day[zi] as number;
    const second = check.second[zi] as number;
    for (const [from, to] of ctx.ranges) {
      let end = -1;
      if (from < to) {
        if (second >= from && second < to) end = instantOfLocal(z, day, to);
      } else if (from > to) {
        if (second >= from) end = instantOfLocal(z, day + 1, to);
        else if (second < to) end = instantOfLocal(z, day, to);
      }
      if (end >= 0) {
        blocked = true;
        if (end > until) until = end;
      }
    }
  }
  if (blocked) block(check, reason, until);
}

/** `last` of a list with no days: below every day, so Math.max(day, last) is the day. */
const NO_DAY = -0x80000000;

/**
 * The local days (zone zi) of the history items a cap counts for `debt` (null: every item),
 * as the offset of a [length, last, day, day, ...] list in ctx.buf.lists. They do not depend on
 * the instant checked, so each list is gathered once per question and reused by every check of
 * the earliest-instant search. An item counts when it went out, connected, was not covered by a
 * call_window consent, is on one of the cap's channels, has no exempt purpose, and was about
 * the debt (or about unknown debts).
 */
function countedDays(ctx: Ctx, capIndex: number, cap: CompiledCap, zi: number, di: number, debt: string | null): number {
  const nz = ctx.zones.length;
  const key = (capIndex * nz + zi) * Math.max(1, ctx.debts.length) + di;
  const buf = ctx.buf;
  const at = buf.listAt[key] as number;
  if (at !== 0) return at - 1;
  const { flags, ms } = buf;
  const zone = ctx.zones[zi] as ZoneInfo;
  const o = ctx.listsUsed;
  if (buf.lists.length < o + ctx.n + 2) {
    const grown = new Int32Array(2 * (o + ctx.n + 2));
    grown.set(buf.lists.subarray(0, o));
    buf.lists = grown;
  }
  const lists = buf.lists;
  let len = 0;
  let last = NO_DAY;
  // Local days of counted items only, each from the zone's constant-offset span when the item
  // falls in it (two spans: items come in any order and may straddle a DST change).
  let from = zone.spanFrom;
  let to = zone.spanTo;
  let off = zone.spanOffset;
  let from2 = 0;
  let to2 = 0;
  let off2 = 0;
  for (let i = 0; i < ctx.n; i++) {
    const f = flags[i] as number;
    if ((f & (F_OUTBOUND | F_CONNECTED | F_CONSENTED)) !== (F_OUTBOUND | F_CONNECTED) || (f & cap.mask & F_BITS) === 0) continue;
    if (((cap.exemptMask >> (f >> F_PURPOSE_SHIFT)) & 1) !== 0) continue;
    if (debt !== null) {
      if (di < MASKED_DEBTS) {
        if ((((buf.about[i] as number) >> di) & 1) === 0) continue;
      } else {
        const itemDebts = (ctx.history[i] as HistoryItem).debtIds;
        if (itemDebts !== undefined && !itemDebts.includes(debt)) continue;
      }
    }
    const t = ms[i] as number;
    let tOff = off;
    if (!(t >= from && t < to)) {
      if (t >= from2 && t < to2) {
        tOff = off2;
      } else {
        tOff = offsetAt(zone, t);
        from2 = from;
        to2 = to;
        off2 = off;
        from = zone.spanFrom;
        to = zone.spanTo;
        off = tOff;
      }
    }
    const d = Math.floor((t + tOff) / MS_PER_DAY);
    lists[o + 2 + len++] = d;
    if (d > last) last = d;
  }
  lists[o] = len;
  lists[o + 1] = last;
  ctx.listsUsed = o + 2 + len;
  buf.listAt[key] = o + 1;
  return o;
}

const scratch = new Int32Array(2 * 3661);

/**
 * True when one more contact on local `day` keeps every `cap.days`-long window containing that
 * day within the cap, given the counted days at `lists[o]` (see countedDays). Counts fall into a
 * histogram of the 2*days-1 dates around `day`, then each window is a sum over it.
 */
function capPasses(lists: Int32Array, o: number, cap: CompiledCap, day: number): boolean {
  if (cap.max < 1) return false;
  const w = cap.days;
  const lo = day - w + 1;
  const span = 2 * w - 1;
  const from = o + 2;
  const to = from + (lists[o] as number);
  // At most max-1 counted contacts near the day: no window can hold max of them plus this one.
  let near = 0;
  for (let i = from; i < to; i++) {
    const k = (lists[i] as number) - lo;
    if (k >= 0 && k < span) near++;
  }
  if (near + 1 <= cap.max) return true;
  scratch.fill(0, 0, span);
  for (let i = from; i < to; i++) {
    const k = (lists[i] as number) - lo;
    if (k >= 0 && k < span) scratch[k] = (scratch[k] as number) + 1;
  }
  let sum = 0;
  for (let k = 0; k < w; k++) sum += scratch[k] as number;
  if (sum + 1 > cap.max) return false;
  for (let k = w; k < span; k++) {
    sum += (scratch[k] as number) - (scratch[k - w] as number);
    if (sum + 1 > cap.max) return false;
  }
  return true;
}

function checkCap(ctx: Ctx, t: number, check: Check, cap: CompiledCap, capIndex: number): void {
  if ((cap.mask & ctx.bit) === 0 || t < cap.fromMs || !bindsHere(ctx, cap.binds, cap.states)) return;
  if (cap.exempt.has(ctx.purpose) || check.consented) return;
  const perDebt = cap.perDebt && ctx.debts.length > 0;
  const nDebts = perDebt ? ctx.debts.length : 1;
  let blocked = false;
  let until = 0;
  for (let zi = 0; zi < ctx.zones.length; zi++) {
    const day = check.day[zi] as number;
    for (let di = 0; di < nDebts; di++) {
      const o = countedDays(ctx, capIndex, cap, zi, di, perDebt ? (ctx.debts[di] as string) : null);
      const lists = ctx.buf.lists;
      if (capPasses(lists, o, cap, day)) continue;
      blocked = true;
      let passDay = NEVER;
      if (cap.max >= 1) {
        // The day after the last counted contact's window has nothing in reach, so the search ends by then.
        const last = Math.max(day, lists[o + 1] as number);
        for (let d = day + 1; d <= last + cap.days; d++) {
          if (capPasses(lists, o, cap, d)) {
            passDay = d;
            break;
          }
        }
      }
      const next = passDay === NEVER ? NEVER : instantOfLocal(ctx.zones[zi] as ZoneInfo, passDay, 0);
      if (next > until) until = next;
    }
  }
  if (blocked) block(check, cap.reason, Math.min(until, nextConsentStart(ctx, t)));
}

/** Debts a conversation covered (its debtIds plus discussedDebtIds); null = unknown (all). */
function discussed(h: HistoryItem): readonly string[] | null {
  return h.discussedDebtIds ? [...(h.debtIds ?? []), ...h.discussedDebtIds] : (h.debtIds ?? null);
}

function checkWait(ctx: Ctx, t: number, check: Check, w: CompiledWait): void {
  if ((w.mask & ctx.bit) === 0 || t < w.fromMs || !bindsHere(ctx, w.binds, w.states) || check.consented) return;
  if ((ctx.allFlags & F_CONVERSATION) === 0) return;
  let blocked = false;
  let until = 0;
  const { ms, flags } = ctx.buf;
  const nz = ctx.zones.length;
  for (let i = 0; i < ctx.n; i++) {
    if (((flags[i] as number) & F_CONVERSATION) === 0 || (ms[i] as number) > t) continue;
    if (ctx.debts.length > 0) {
      const covered = discussed(ctx.history[i] as HistoryItem);
      if (covered !== null && !intersects(covered, ctx.debts)) continue;
    }
    for (let zi = 0; zi < nz; zi++) {
      const c = localDay(ctx.zones[zi] as ZoneInfo, ms[i] as number);
      const d = check.day[zi] as number;
      if (d >= c && d <= c + w.days - 1) {
        blocked = true;
        const next = instantOfLocal(ctx.zones[zi] as ZoneInfo, c + w.days, 0);
        if (next > until) until = next;
      }
    }
  }
  if (blocked) block(check, w.reason, Math.min(until, nextConsentStart(ctx, t)));
}

/** Checks every rule at t; the result is the buffers' Check, valid until the next call. */
function checkAt(ctx: Ctx, t: number): Check {
  const nz = ctx.zones.length;
  const check = ctx.buf.check;
  if (check.reasons.length !== 0) check.reasons.length = 0;
  check.next = t;
  for (let zi = 0; zi < nz; zi++) {
    const local = t + offsetAt(ctx.zones[zi] as ZoneInfo, t);
    const day = Math.floor(local / MS_PER_DAY);
    check.day[zi] = day;
    check.second[zi] = (local - day * MS_PER_DAY) / 1000;
  }
  check.consented = ctx.consents.length > 0 && consentWindowCovers(ctx, ctx.medium, t, check.day);
  checkHolds(ctx, t, check);
  if (ctx.atWork) checkWorkplace(ctx, t, check);
  checkConsentAndOptOuts(ctx, t, check);
  checkStatedTimes(ctx, t, check);
  for (const w of ctx.rules.windows) checkWindows(ctx, t, check, w);
  const caps = ctx.rules.caps;
  for (let i = 0; i < caps.length; i++) checkCap(ctx, t, check, caps[i] as CompiledCap, i);
  for (const w of ctx.rules.waits) checkWait(ctx, t, check, w);
  return check;
}

/**
 * Decides a contact question whose shape is valid; null when an instant in it does not parse
 * (possible only for the fast path, which leaves instants to this function: the caller then
 * validates with zod for the error message).
 */
export function decideContactOrNull(q: ContactQuestion, ruleSet: RuleSet): ContactDecision | null {
  const ctx = prepare(q, ruleSet);
  if (ctx === null) return null;
  const first = checkAt(ctx, ctx.atMs);
  if (first.reasons.length === 0) {
    pooled = ctx.buf;
    return { id: q.id, kind: 'contact', allowed: true, reasons: [], earliestAllowedAt: null, ruleSetVersion: ctx.rules.version };
  }
  // Taken before the search, which reuses the Check.
  const reasons = orderReasons(first.reasons);
  let earliest: number | null = null;
  let t = first.next;
  for (let step = 0; step < MAX_STEPS && t !== NEVER && t - ctx.atMs <= HORIZON_MS; step++) {
    const c = checkAt(ctx, t);
    if (c.reasons.length === 0) {
      earliest = t;
      break;
    }
    // Every bound is strictly later than the instant checked; guard against float ties anyway.
    t = c.next > t ? c.next : t + 1000;
  }
  pooled = ctx.buf;
  return {
    id: q.id,
    kind: 'contact',
    allowed: false,
    reasons,
    earliestAllowedAt: earliest === null ? null : formatInstant(earliest),
    ruleSetVersion: ctx.rules.version,
  };
}

/** Decides a validated contact question under a rule set. */
export function decideContact(q: ContactQuestion, ruleSet: RuleSet): ContactDecision {
  const d = decideContactOrNull(q, ruleSet);
  if (d === null) throw new TypeError(`contact question ${String(q.id)} does not match the schema`);
  return d;
}
