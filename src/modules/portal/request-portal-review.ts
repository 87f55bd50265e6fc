import { sql } from 'drizzle-orm';
import { audit } from '../../platform/audit/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { stableId } from '../../platform/ids/index.js';
import type { PortalAccess } from './open-portal.js';

/** What a patient can tell us from the portal that needs a person to check. */
export const PORTAL_REVIEW_KINDS = ['already_paid', 'not_mine'] as const;
export type PortalReviewKind = (typeof PORTAL_REVIEW_KINDS)[number];

const TASK_KIND: Record<PortalReviewKind, 'verify_payment' | 'review_wrong_person'> = { already_paid: 'verify_payment', not_mine: 'review_wrong_person' };
const REASON: Record<PortalReviewKind, string> = {
  already_paid: 'The patient says this bill is already paid (portal)',
  not_mine: 'Someone with this link says the bill is not theirs (portal)',
};
const ACK: Record<PortalReviewKind, [string, string]> = {
  already_paid: [
    'Thank you for telling us. Someone on our team will check your payment within 2 business days and let you know. You do not need to pay again while we check.',
    'Gracias por avisarnos. Alguien de nuestro equipo revisará su pago en un plazo de 2 días hábiles y le avisará. No tiene que pagar de nuevo mientras revisamos.',
  ],
  not_mine: [
    'Thank you for telling us. We will look into it within 2 business days. Nothing private has been shown, and you do not need to do anything else.',
    'Gracias por avisarnos. Lo revisaremos en un plazo de 2 días hábiles. No se ha mostrado nada privado y no tiene que hacer nada más.',
  ],
};

/**
 * "I already paid" and "this isn't mine" from the portal: each opens one review task of the right
 * kind for the team (asking twice changes nothing) and returns the acknowledgement to show. Either
 * can come before the identity check: telling us something reveals nothing.
 */
export async function requestPortalReview(opts: { database: Database; access: PortalAccess; kind: PortalReviewKind; note?: string }): Promise<{ taskId: string; created: boolean; message: string }> {
  const { access, kind } = opts;
  const { link, ctx } = access;
  const now = ctx.clock.now();
  const note = opts.note?.trim() ? opts.note.trim().slice(0, 1000) : null;
  const taskId = stableId('portal-review', link.id, kind);
  const created = await opts.database.db.transaction(async (tx) => {
    const inserted = await rows<{ id: string }>(
      tx,
      sql`insert into agent_tasks (id, tenant_id, person_id, account_id, communication_id, kind, status, reason, priority, created_at, due_at, detail)
          values (${taskId}, ${ctx.tenantId}, ${link.personId}, ${link.accountId}, ${link.communicationId}, ${TASK_KIND[kind]}, 'open', ${REASON[kind]},
            ${kind === 'not_mine' ? 80 : 70}, ${now}, ${new Date(now.getTime() + 2 * 86_400_000)},
            ${JSON.stringify({ source: 'portal', linkId: link.id, verified: access.session !== null, note })}::jsonb)
          on conflict (tenant_id, id) do nothing returning id`,
    );
    await audit(tx, ctx, { action: 'write', recordType: 'agent_task', recordId: taskId, details: { kind: TASK_KIND[kind], source: 'portal' } });
    return inserted.length > 0;
  });
  return { taskId, created, message: ACK[kind][access.language === 'es' ? 1 : 0] };
}
