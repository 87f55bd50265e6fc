import { block, FDCPA_FROM_MS, NEVER, REG_F_FROM_MS, type Check, type Ctx } from './context.js';

/**
 * The consumer's workplace. 15 U.S.C. 1692c(a)(3), 12 CFR 1006.6(b)(3): no communication at the
 * place of employment when the collector knows or has reason to know the employer prohibits it
 * (the exceptions of 1006.6(b)(4), consent given directly or a court's permission, are not used).
 * 1006.22(f)(3): no email to an address the collector knows or should know the employer provided,
 * unless the consumer gave consent to use it directly to the collector or wrote from it (a reply
 * to a message the consumer just sent).
 */
export function checkWorkplace(ctx: Ctx, t: number, check: Check): void {
  if (!ctx.atWork || !ctx.debtCollector) return;
  if (ctx.employerProhibits && t >= FDCPA_FROM_MS) block(check, 'reg_f_employer_prohibits_contact', NEVER);
  if (ctx.medium !== 'email' || t < REG_F_FROM_MS || ctx.purpose === 'reply_to_consumer') return;
  for (const c of ctx.consents) {
    if (c.channel === 'email' && c.givenTo === 'collector' && c.type === 'prior_express' && c.ms <= t && t <= c.untilMs) return;
  }
  block(check, 'reg_f_employer_email', NEVER);
}
