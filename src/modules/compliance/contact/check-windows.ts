import type { CompiledWindow } from '../compiled-rules.js';
import type { ReasonCode } from '../reason-codes.js';
import { instantOfLocal, type ZoneInfo } from '../time/zones.js';
import { bindsHere, block, FDCPA_FROM_MS, type Check, type Ctx } from './context.js';

/** A contact window (e.g. 08:00-21:00) must hold in every zone the consumer may be in; the bound is the next window start. */
export function checkWindows(ctx: Ctx, t: number, check: Check, w: CompiledWindow): void {
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

/** Times the consumer said are inconvenient (Reg F 1006.6(b)(1), or the creditor guardrail), in every zone. */
export function checkStatedTimes(ctx: Ctx, t: number, check: Check): void {
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
