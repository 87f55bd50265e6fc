import { CHANNEL_BIT, compiled } from '../compiled-rules.js';
import type { RuleSet } from '../rule-set.js';
import type { ContactQuestion } from '../schemas.js';
import { parseClock, parseInstant } from '../time/instant.js';
import { localDay, type ZoneInfo } from '../time/zones.js';
import { consentWindowCovers } from './consent-window.js';
import { F_BITS, F_CONSENTED, NEVER, NONE, releaseBuffers, takeBuffers, type ConsentX, type Ctx, type HoldX, type RevocationX } from './context.js';
import { INSTANTS_AS_MS } from '../instants-as-ms.js';
import { readHistory } from './history-index.js';
import { zonesOf } from './zones-of.js';

/**
 * Parses an instant the schema already checked, or NaN (only a fast-path question can give NaN).
 * A number is an instant of a question marked INSTANTS_AS_MS, checked by the fast path.
 */
function inst(s: string | number): number {
  return typeof s === 'number' ? s : parseInstant(s);
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
export function prepare(q: ContactQuestion, ruleSet: RuleSet): Ctx | null {
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
  const allFlags = readHistory(history, debts, buf, (q as { [INSTANTS_AS_MS]?: unknown })[INSTANTS_AS_MS] === true);
  if (allFlags < 0) {
    releaseBuffers(buf);
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
