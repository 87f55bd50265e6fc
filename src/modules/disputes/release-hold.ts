import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { publishAccountChanged } from '../../platform/events/index.js';
import { OFFICER_RELEASED_HOLDS } from './categories.js';

/**
 * Releases an attorney, bankruptcy, deceased or cease-communication hold. Only a compliance
 * officer may (the route checks `holds.release`), always with a reason; the release is kept in
 * hold_releases and the audit log. A dispute hold ends only when billing resolves the dispute.
 */
export async function releaseHold(opts: { database: Database; ctx: AccessContext; holdId: string; reason: string }): Promise<{ holdId: string; releasedAt: Date }> {
  const { ctx } = opts;
  const reason = opts.reason.trim();
  if (reason.length < 10) throw new AppError('validation_failed', { message: 'reason: at least 10 characters', issues: [{ path: 'reason', message: 'say why the hold may end (at least 10 characters)' }] });
  const now = ctx.clock.now();
  return opts.database.db.transaction(async (tx) => {
    const [h] = await rows<{ id: string; type: string; person_id: string; account_id: string | null; resolved_at: Date | null }>(
      tx,
      sql`select id, type, person_id, account_id, resolved_at from holds where id = ${opts.holdId} and tenant_id = ${ctx.tenantId} for update`,
    );
    if (!h) throw notFound('hold');
    if (!(OFFICER_RELEASED_HOLDS as readonly string[]).includes(h.type)) {
      throw new AppError('conflict', { message: `a ${h.type} hold is not released this way`, userMessage: h.type === 'dispute' ? 'A dispute hold ends when billing resolves the dispute and the letter is mailed.' : 'This hold ends on its own.' });
    }
    if (h.resolved_at) throw new AppError('conflict', { message: 'the hold was already released', userMessage: 'This hold was already released.' });
    await tx.execute(sql`update holds set resolved_at = ${now} where id = ${h.id}`);
    await tx.execute(sql`insert into hold_releases (id, tenant_id, hold_id, released_by, reason, released_at) values (${newId()}, ${ctx.tenantId}, ${h.id}, ${ctx.actor.id}, ${reason}, ${now})`);
    await tx.execute(sql`update agent_tasks set status = 'done', outcome = 'hold released', completed_at = ${now}
      where tenant_id = ${ctx.tenantId} and person_id = ${h.person_id} and kind = 'review_hold_release' and status = 'open'`);
    await publishAccountChanged(tx, { tenantId: ctx.tenantId, personId: h.person_id, reason: 'hold_released', at: now });
    await audit(tx, ctx, { action: 'write', recordType: 'hold_release', recordId: h.id, details: { type: h.type, reason } });
    return { holdId: h.id, releasedAt: now };
  });
}
