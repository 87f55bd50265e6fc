import type { CompiledWait } from '../compiled-rules.js';
import type { HistoryItem } from '../schemas.js';
import { instantOfLocal, localDay, type ZoneInfo } from '../time/zones.js';
import { nextConsentStart } from './consent-window.js';
import { bindsHere, block, F_CONVERSATION, intersects, type Check, type Ctx } from './context.js';

/** Debts a conversation covered (its debtIds plus discussedDebtIds); null = unknown (all). */
function discussed(h: HistoryItem): readonly string[] | null {
  return h.discussedDebtIds ? [...(h.debtIds ?? []), ...h.discussedDebtIds] : (h.debtIds ?? null);
}

/** The wait after a telephone conversation about the debt (e.g. 7 days under Reg F), in every zone. */
export function checkWait(ctx: Ctx, t: number, check: Check, w: CompiledWait): void {
  if ((w.mask & ctx.bit) === 0 || t < w.fromMs || !bindsHere(ctx, w.binds, w.states) || check.consented) return;
  if ((ctx.allFlags & F_CONVERSATION) === 0) return;
  let blocked = false;
  let until = 0;
  const { ms, flags } = ctx.buf;
  const nz = ctx.zones.length;
  for (let i = 0; i < ctx.n; i++) {
    if (((flags[i] as number) & F_CONVERSATION) === 0 || (ms[i] as number) > t) continue;
    if (ctx.debts.length > 0) {
      const covered = discussed(ctx.history[i] as HistoryItem);
      if (covered !== null && !intersects(covered, ctx.debts)) continue;
    }
    for (let zi = 0; zi < nz; zi++) {
      const c = localDay(ctx.zones[zi] as ZoneInfo, ms[i] as number);
      const d = check.day[zi] as number;
      if (d >= c && d <= c + w.days - 1) {
        blocked = true;
        const next = instantOfLocal(ctx.zones[zi] as ZoneInfo, c + w.days, 0);
        if (next > until) until = next;
      }
    }
  }
  if (blocked) block(check, w.reason, Math.min(until, nextConsentStart(ctx, t)));
}
