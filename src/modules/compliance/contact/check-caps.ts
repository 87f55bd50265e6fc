import type { CompiledCap } from '../compiled-rules.js';
import { instantOfLocal, type ZoneInfo } from '../time/zones.js';
import { nextConsentStart } from './consent-window.js';
import { bindsHere, block, NEVER, type Check, type Ctx } from './context.js';
import { countedDays } from './history-index.js';

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

/** A frequency cap (e.g. 7 calls in 7 days) in every zone, per debt when the cap counts per debt; the bound is the first day it passes. */
export function checkCap(ctx: Ctx, t: number, check: Check, cap: CompiledCap, capIndex: number): void {
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
