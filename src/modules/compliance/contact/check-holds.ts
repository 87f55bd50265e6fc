import { block, FDCPA_FROM_MS, intersects, type Check, type Ctx } from './context.js';

/** Holds: deceased, bankruptcy and attorney block everything; a cease-communication request or a dispute blocks all but required notices. */
export function checkHolds(ctx: Ctx, t: number, check: Check): void {
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
