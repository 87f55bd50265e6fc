import { CHANNEL_BIT } from '../compiled-rules.js';
import { block, F_BITS, F_OUTBOUND, NEVER, REG_F_FROM_MS, type Check, type Ctx, type RevocationX } from './context.js';

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

/** Revocations (TCPA and the Reg F medium opt-out, with their one-confirmation and reply exceptions) and the TCPA prior express consent for autodialed or prerecorded calls and texts. */
export function checkConsentAndOptOuts(ctx: Ctx, t: number, check: Check): void {
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
