import { eq } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { payerAppealWindows } from './schema.js';

/** Days to appeal when the tenant set nothing for the payer (a common commercial contract term). */
export const DEFAULT_APPEAL_DAYS = 180;

/** The tenant's appeal windows by payer id. */
export async function readAppealWindows(q: Queryable, tenantId: string): Promise<Map<string, number>> {
  const found = await q.select().from(payerAppealWindows).where(eq(payerAppealWindows.tenantId, tenantId));
  return new Map(found.map((w) => [w.payerId, w.days]));
}

/** Sets how many days after a remittance this payer accepts an appeal. */
export async function setAppealWindow(opts: { q: Queryable; ctx: AccessContext; payerId: string; days: number }): Promise<{ payerId: string; days: number }> {
  if (!Number.isInteger(opts.days) || opts.days < 1 || opts.days > 3650) {
    throw new AppError('validation_failed', { message: 'days must be a whole number from 1 to 3650', issues: [{ path: 'days', message: 'a whole number of days from 1 to 3650' }] });
  }
  const now = opts.ctx.clock.now();
  await opts.q
    .insert(payerAppealWindows)
    .values({ tenantId: opts.ctx.tenantId, payerId: opts.payerId, days: opts.days, updatedAt: now })
    .onConflictDoUpdate({ target: [payerAppealWindows.tenantId, payerAppealWindows.payerId], set: { days: opts.days, updatedAt: now } });
  return { payerId: opts.payerId, days: opts.days };
}

