import { CHANNEL_BIT, compiled, type CompiledCap, type CompiledRuleSet, type CompiledWait, type CompiledWindow } from './compiled-rules.js';
import { ALL_US_TIME_ZONES, STATE_TIME_ZONES } from './data/state-time-zones.js';
import type { ContactDecision } from './decisions.js';
import { validHistoryItem } from './fast-parse-contact.js';
import { orderReasons, type ReasonCode } from './reason-codes.js';
import type { RuleSet } from './rule-set.js';
import type { Channel, ContactQuestion, HistoryItem, Purpose } from './schemas.js';
import { formatInstant, MS_PER_DAY, parseClock, parseDateDay, parseInstant } from './time/instant.js';
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

interface Item {
  ms: number;
  bit: number;
  outbound: boolean;
  connected: boolean;
  conversation: boolean;
  /** Debts the contact was about; null = unknown (counts for every debt). */
  debts: readonly string[] | null;
  /** Debts a conversation covered (debts + discussedDebtIds); null = unknown (all). */
  discussed: readonly string[] | null;
  purpose: Purpose | undefined;
  /** Start of this item's local day numbers in ctx.itemDays (one per zone). */
  di: number;
  /** Excluded from frequency counts by a call_window consent. */
  consented: boolean;
}

interface ConsentX {
  ms: number;
  untilMs: number;
  channel: 'call' | 'sms' | 'email';
  givenTo: 'creditor' | 'collector';
  type: 'prior_express' | 'call_window';
  days: number[];
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
  zones: ZoneInfo[];
  items: Item[];
  /** Local day number of each history item in each zone: itemDays[item.di + zoneIndex]. */
  itemDays: number[];
  consents: ConsentX[];
  revocations: RevocationX[];
  holds: HoldX[];
  /** Consumer-stated inconvenient ranges, seconds of day [from, to). */
  ranges: [number, number][];
  tcpaNeedsConsent: boolean;
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** The consumer's plausible zones: given ones, else their state's, else all of the US. */
function zonesOf(q: ContactQuestion): ZoneInfo[] {
  const given = q.consumer?.timeZones;
  const names =
    given && given.length > 0
      ? given
      : (q.consumer?.state && STATE_TIME_ZONES[q.consumer.state]) || ALL_US_TIME_ZONES;
  const out: ZoneInfo[] = [];
  for (const n of names) {
    const z = zoneInfo(n);
    if (!out.includes(z)) out.push(z);
  }
  return out;
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

/**
 * Builds the evaluation context, or null when some instant does not parse or a history item is
 * malformed (the fast path leaves both to this pass; zod-validated questions always pass).
 */
function prepare(q: ContactQuestion, ruleSet: RuleSet): Ctx | null {
  const atMs = inst(q.at);
  if (Number.isNaN(atMs)) return null;
  const zones = zonesOf(q);
  const debtCollector = q.collector.role === 'debt_collector' || q.collector.usesThirdPartyName === true;
  const channel = q.channel;
  const medium = channel === 'voicemail' ? 'call' : channel;

  const consents: ConsentX[] = [];
  for (const c of q.consents ?? []) {
    const ms = inst(c.givenAt);
    const untilMs = c.until ? inst(c.until) : NEVER;
    if (Number.isNaN(ms) || Number.isNaN(untilMs)) return null;
    consents.push({ ms, untilMs, channel: c.channel, givenTo: c.givenTo, type: c.type, days: daysIn(zones, ms) });
  }
  const revocations: RevocationX[] = [];
  for (const r of q.revocations ?? []) {
    const ms = inst(r.receivedAt);
    if (Number.isNaN(ms)) return null;
    revocations.push({ ms, channel: r.channel });
  }
  const holds: HoldX[] = [];
  for (const h of q.holds ?? []) {
    const sinceMs = h.since ? inst(h.since) : Number.NEGATIVE_INFINITY;
    const untilMs = h.resolvedAt ? inst(h.resolvedAt) : NEVER;
    if (Number.isNaN(sinceMs) || Number.isNaN(untilMs)) return null;
    holds.push({ type: h.type, sinceMs, untilMs, debts: h.debtIds ?? null });
  }
  const ranges: [number, number][] = [];
  for (const r of q.consumer?.inconvenientTimes ?? []) ranges.push([parseClock(r.from), parseClock(r.to)]);

  const ctx: Ctx = {
    rules: compiled(ruleSet),
    atMs,
    channel,
    bit: CHANNEL_BIT[channel],
    medium,
    purpose: q.purpose ?? 'collection',
    debtCollector,
    guardrails: !debtCollector && q.policy?.creditorGuardrails !== false,
    state: q.consumer?.state,
    debts: q.debtIds ?? [],
    zones,
    items: [],
    itemDays: [],
    consents,
    revocations,
    holds,
    ranges,
    tcpaNeedsConsent:
      (channel === 'call' || channel === 'voicemail' || channel === 'sms') &&
      (q.autodialed === true || q.prerecorded === true) &&
      (channel === 'sms' || q.phoneType !== 'landline'),
  };

  const anyWindowConsent = consents.some((c) => c.type === 'call_window');
  const nz = zones.length;
  const history = q.history ?? [];
  const itemDays = new Array<number>(history.length * nz);
  const items = new Array<Item>(history.length);
  ctx.itemDays = itemDays;
  ctx.items = items;
  for (let i = 0; i < history.length; i++) {
    const h = history[i] as HistoryItem;
    if (!validHistoryItem(h)) return null;
    const ms = inst(h.at);
    if (Number.isNaN(ms)) return null;
    const di = i * nz;
    for (let z = 0; z < nz; z++) itemDays[di + z] = localDay(zones[z] as ZoneInfo, ms);
    const debts = h.debtIds ?? null;
    const ch = h.channel;
    const item: Item = {
      ms,
      bit: ch === 'call' ? 1 : ch === 'sms' ? 2 : ch === 'email' ? 4 : ch === 'voicemail' ? 8 : 16,
      outbound: h.direction === 'outbound',
      connected: h.outcome !== 'not_connected',
      conversation: h.outcome === 'conversation' && ch === 'call',
      debts,
      discussed: h.discussedDebtIds ? [...(h.debtIds ?? []), ...h.discussedDebtIds] : debts,
      purpose: h.purpose,
      di,
      consented: false,
    };
    if (anyWindowConsent) {
      item.consented = consentWindowCovers(ctx, ch === 'voicemail' ? 'call' : ch, ms, itemDays.slice(di, di + nz));
    }
    items[i] = item;
  }
  return ctx;
}

/**
 * True when a call_window consent given directly to the caller covers an instant: Regulation F
 * excludes such calls from the frequency counts for up to seven consecutive days from the day the
 * consent was given (12 CFR 1006.14(b)(3)(i)); a revocation of that medium ends it early.
 */
function consentWindowCovers(ctx: Ctx, medium: string, ms: number, days: readonly number[]): boolean {
  for (const c of ctx.consents) {
    if (c.type !== 'call_window' || c.channel !== medium) continue;
    if (ctx.debtCollector && c.givenTo !== 'collector') continue;
    if (ms < c.ms || ms > c.untilMs) continue;
    let within = true;
    for (let z = 0; z < days.length; z++) {
      if ((days[z] as number) > (c.days[z] as number) + 6) within = false;
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

function debtMatches(itemDebts: readonly string[] | null, debt: string | null): boolean {
  return debt === null || itemDebts === null || itemDebts.includes(debt);
}

/** Result of checking every rule at one instant. */
interface Check {
  reasons: ReasonCode[];
  /** Latest lower bound over the blocking rules: no instant before it can pass them all. */
  next: number;
  /** Local day and second of the checked instant in each zone. */
  day: number[];
  second: number[];
  /** Whether a call_window consent covers the checked contact (computed once per instant). */
  consented: boolean;
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

/** True when a revocation received at or before t covers `medium` and no later consent restored it. */
function revoked(ctx: Ctx, t: number, covers: (r: RevocationX) => boolean, restores: (c: ConsentX) => boolean): RevocationX | null {
  let latest: RevocationX | null = null;
  for (const r of ctx.revocations) {
    if (r.ms > t || !covers(r)) continue;
    let restored = false;
    for (const c of ctx.consents) if (c.ms > r.ms && c.ms <= t && restores(c)) restored = true;
    if (!restored && (latest === null || r.ms > latest.ms)) latest = r;
  }
  return latest;
}

/** The one confirmation after an opt-out: allowed while nothing went out on that channel since. */
function confirmationAllowed(ctx: Ctx, t: number, r: RevocationX): boolean {
  if (ctx.purpose !== 'opt_out_confirmation') return false;
  const mask = ctx.medium === 'call' ? CHANNEL_BIT.call | CHANNEL_BIT.voicemail : ctx.bit;
  for (const it of ctx.items) {
    if (it.outbound && (it.bit & mask) !== 0 && it.ms > r.ms && it.ms <= t) return false;
  }
  return true;
}

function checkConsentAndOptOuts(ctx: Ctx, t: number, check: Check): void {
  const telephone = ctx.medium === 'call' || ctx.medium === 'sms';
  // TCPA: texts are calls, so a revocation on either covers both (and 'all' covers everything).
  const tcpaRevocation = telephone
    ? revoked(
        ctx,
        t,
        (r) => r.channel !== 'email',
        (c) => c.type === 'prior_express' && c.channel !== 'email',
      )
    : null;
  const mediumRevocation = revoked(
    ctx,
    t,
    (r) => r.channel === 'all' || r.channel === ctx.medium,
    (c) => c.channel === ctx.medium,
  );
  const confirming =
    (tcpaRevocation !== null && confirmationAllowed(ctx, t, tcpaRevocation)) ||
    (tcpaRevocation === null && mediumRevocation !== null && confirmationAllowed(ctx, t, mediumRevocation));

  if (!confirming) {
    if (tcpaRevocation !== null) block(check, 'tcpa_consent_revoked', NEVER);
    if (mediumRevocation !== null && ctx.medium !== 'letter') {
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

function counts(ctx: Ctx, cap: CompiledCap, it: Item, debt: string | null): boolean {
  if (!it.outbound || !it.connected || it.consented || (it.bit & cap.mask) === 0) return false;
  if (it.purpose !== undefined && cap.exempt.has(it.purpose)) return false;
  return debtMatches(it.debts, debt);
}

const scratch = new Int32Array(2 * 3661);

/**
 * True when one more contact on local `day` keeps every `cap.days`-long window containing that
 * day within the cap. Counts fall into a histogram of the 2*days-1 dates around `day`, then each
 * window is a sum over it.
 */
function capPasses(ctx: Ctx, cap: CompiledCap, zi: number, debt: string | null, day: number): boolean {
  if (cap.max < 1) return false;
  const w = cap.days;
  const lo = day - w + 1;
  const span = 2 * w - 1;
  scratch.fill(0, 0, span);
  let any = false;
  for (const it of ctx.items) {
    const k = (ctx.itemDays[it.di + zi] as number) - lo;
    if (k < 0 || k >= span || !counts(ctx, cap, it, debt)) continue;
    scratch[k] = (scratch[k] as number) + 1;
    any = true;
  }
  if (!any) return true;
  let sum = 0;
  for (let k = 0; k < w; k++) sum += scratch[k] as number;
  if (sum + 1 > cap.max) return false;
  for (let k = w; k < span; k++) {
    sum += (scratch[k] as number) - (scratch[k - w] as number);
    if (sum + 1 > cap.max) return false;
  }
  return true;
}

function checkCap(ctx: Ctx, t: number, check: Check, cap: CompiledCap): void {
  if ((cap.mask & ctx.bit) === 0 || t < cap.fromMs || !bindsHere(ctx, cap.binds, cap.states)) return;
  if (cap.exempt.has(ctx.purpose) || check.consented) return;
  const perDebt = cap.perDebt && ctx.debts.length > 0;
  const nDebts = perDebt ? ctx.debts.length : 1;
  let blocked = false;
  let until = 0;
  for (let zi = 0; zi < ctx.zones.length; zi++) {
    const day = check.day[zi] as number;
    for (let di = 0; di < nDebts; di++) {
      const debt = perDebt ? (ctx.debts[di] as string) : null;
      if (capPasses(ctx, cap, zi, debt, day)) continue;
      blocked = true;
      let passDay = NEVER;
      if (cap.max >= 1) {
        let last = day;
        for (const it of ctx.items) last = Math.max(last, ctx.itemDays[it.di + zi] as number);
        for (let d = day + 1; d <= last + cap.days; d++) {
          if (capPasses(ctx, cap, zi, debt, d)) {
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

function checkWait(ctx: Ctx, t: number, check: Check, w: CompiledWait): void {
  if ((w.mask & ctx.bit) === 0 || t < w.fromMs || !bindsHere(ctx, w.binds, w.states) || check.consented) return;
  let blocked = false;
  let until = 0;
  for (const it of ctx.items) {
    if (!it.conversation || it.ms > t) continue;
    if (ctx.debts.length > 0 && it.discussed !== null && !intersects(it.discussed, ctx.debts)) continue;
    for (let zi = 0; zi < ctx.zones.length; zi++) {
      const c = ctx.itemDays[it.di + zi] as number;
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

function checkAt(ctx: Ctx, t: number): Check {
  const nz = ctx.zones.length;
  const check: Check = { reasons: [], next: t, day: new Array<number>(nz), second: new Array<number>(nz), consented: false };
  for (let zi = 0; zi < nz; zi++) {
    const local = t + offsetAt(ctx.zones[zi] as ZoneInfo, t);
    const day = Math.floor(local / MS_PER_DAY);
    check.day[zi] = day;
    check.second[zi] = (local - day * MS_PER_DAY) / 1000;
  }
  check.consented = ctx.consents.length > 0 && consentWindowCovers(ctx, ctx.medium, t, check.day);
  checkHolds(ctx, t, check);
  checkConsentAndOptOuts(ctx, t, check);
  checkStatedTimes(ctx, t, check);
  for (const w of ctx.rules.windows) checkWindows(ctx, t, check, w);
  for (const c of ctx.rules.caps) checkCap(ctx, t, check, c);
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
    return { id: q.id, kind: 'contact', allowed: true, reasons: [], earliestAllowedAt: null, ruleSetVersion: ctx.rules.version };
  }
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
  return {
    id: q.id,
    kind: 'contact',
    allowed: false,
    reasons: orderReasons(first.reasons),
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
