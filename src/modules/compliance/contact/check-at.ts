import type { CompiledCap } from '../compiled-rules.js';
import { MS_PER_DAY } from '../time/instant.js';
import { offsetAt, type ZoneInfo } from '../time/zones.js';
import { checkCap } from './check-caps.js';
import { checkHolds } from './check-holds.js';
import { checkConsentAndOptOuts } from './check-opt-outs.js';
import { checkWait } from './check-waits.js';
import { checkStatedTimes, checkWindows } from './check-windows.js';
import { checkWorkplace } from './check-workplace.js';
import { consentWindowCovers } from './consent-window.js';
import type { Check, Ctx } from './context.js';

/** Checks every rule at t; the result is the buffers' Check, valid until the next call. */
export function checkAt(ctx: Ctx, t: number): Check {
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
