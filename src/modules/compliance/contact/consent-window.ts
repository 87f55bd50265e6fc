import { NEVER, type Ctx } from './context.js';

/**
 * True when a call_window consent given directly to the caller covers an instant: Regulation F
 * excludes such calls from the frequency counts for up to seven consecutive days from the day the
 * consent was given (12 CFR 1006.14(b)(3)(i)); a revocation of that medium ends it early.
 */
export function consentWindowCovers(ctx: Ctx, medium: string, ms: number, days: ArrayLike<number>): boolean {
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
export function nextConsentStart(ctx: Ctx, t: number): number {
  let best = NEVER;
  for (const c of ctx.consents) {
    if (c.type === 'call_window' && c.channel === ctx.medium && c.ms > t && c.ms < best) {
      if (ctx.debtCollector && c.givenTo !== 'collector') continue;
      best = c.ms;
    }
  }
  return best;
}
