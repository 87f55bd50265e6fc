import { CHANNEL_BIT, PURPOSE_CODE, type CompiledCap } from '../compiled-rules.js';
import type { HistoryItem } from '../schemas.js';
import { isMsInstant } from '../instants-as-ms.js';
import { MS_PER_DAY, parseInstantTo } from '../time/instant.js';
import { offsetAt, type ZoneInfo } from '../time/zones.js';
import { F_BITS, F_CONNECTED, F_CONSENTED, F_CONVERSATION, F_OUTBOUND, F_PURPOSE_SHIFT, MASKED_DEBTS, type Buffers, type Ctx } from './context.js';

/**
 * The contact history as an index: each item's flags, debts and instant in flat arrays (read and
 * validated in one pass), and per cap, zone and debt the local days of the items the cap counts.
 */

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

/**
 * Reads the history into the flat buffers: each item's F_* flags, which of the question's debts
 * it was about (bit k for debts[k]; every bit when the item names none) and its instant.
 * Returns the OR of all items' flags, or -1 when an item does not have the schema's shape (the
 * same checks as the HistoryItem schema, its instant parsed with the schema's grammar). One
 * pass validates and extracts, so each item is read once. With `msInstants` (a question marked
 * INSTANTS_AS_MS) each item's instant is a number of milliseconds instead of text.
 */
export function readHistory(history: readonly unknown[], debts: readonly string[], buf: Buffers, msInstants = false): number {
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
    if (typeof at !== (msInstants ? 'number' : 'string')) return -1;
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
    if (msInstants) {
      if (!isMsInstant(at)) return -1;
      ms[i] = at;
    } else if (!parseInstantTo(at as string, ms, i)) return -1;
    flagBuf[i] = flags;
    aboutBuf[i] = about;
    allFlags |= flags;
  }
  return allFlags;
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
export function countedDays(ctx: Ctx, capIndex: number, cap: CompiledCap, zi: number, di: number, debt: string | null): number {
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
