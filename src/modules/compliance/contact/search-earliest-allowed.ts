import { MS_PER_DAY } from '../time/instant.js';
import { checkAt } from './check-at.js';
import { NEVER, type Check, type Ctx } from './context.js';

/** How far ahead the search looks for an allowed instant. */
const HORIZON_MS = 400 * MS_PER_DAY;
const MAX_STEPS = 200;

/**
 * The earliest instant from `first.next` on at which every rule passes at once, or null (a block
 * only a person can lift, or nothing within the horizon). Each failed instant jumps to the latest
 * of its blocks' lower bounds, so the search is a few checks, never a scan; it reuses the Check.
 */
export function searchEarliestAllowed(ctx: Ctx, first: Check): number | null {
  let t = first.next;
  for (let step = 0; step < MAX_STEPS && t !== NEVER && t - ctx.atMs <= HORIZON_MS; step++) {
    const c = checkAt(ctx, t);
    if (c.reasons.length === 0) return t;
    // Every bound is strictly later than the instant checked; guard against float ties anyway.
    t = c.next > t ? c.next : t + 1000;
  }
  return null;
}
