import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Db } from '../../platform/db/index.js';

export type SecurityReviewDetail = { subject?: string; userId?: string; linkId?: string; lockedUntil?: string; lockouts?: number; [key: string]: unknown };

export interface SecurityReview {
  id: string;
  status: string;
  reason: string | null;
  /** 'staff_sign_in' (a locked staff account) or 'payment_link' (a link closed after failed identity checks). */
  subject: string | null;
  /** What the task recorded: the locked user and until when, or the closed link, and the lockout count. */
  detail: SecurityReviewDetail | null;
  personId: string | null;
  accountId: string | null;
  createdAt: string;
}

/**
 * The tenant's security reviews (lockouts of staff accounts and of patient links), newest first:
 * the admins' notice of repeated failed sign-ins and identity checks. No names, only ids.
 */
export async function listSecurityReviews(db: Db, ctx: AccessContext, opts: { status?: 'open' | 'done' | 'cancelled'; limit?: number } = {}): Promise<SecurityReview[]> {
  const limit = Math.min(Math.max(opts.limit ?? 100, 1), 500);
  return db.transaction(async (tx) => {
    const found = await rows<{ id: string; status: string; reason: string | null; detail: SecurityReviewDetail | null; person_id: string | null; account_id: string | null; created_at: Date }>(
      tx,
      sql`select id, status, reason, detail, person_id, account_id, created_at from agent_tasks
          where tenant_id = ${ctx.tenantId} and kind = 'security_review' and status = ${opts.status ?? 'open'}
          order by created_at desc limit ${limit}`,
    );
    await audit(tx, ctx, { action: 'read', recordType: 'security_review', details: { count: found.length } });
    return found.map((r) => ({
      id: r.id,
      status: r.status,
      reason: r.reason,
      subject: typeof r.detail?.subject === 'string' ? r.detail.subject : null,
      detail: r.detail,
      personId: r.person_id,
      accountId: r.account_id,
      createdAt: new Date(r.created_at).toISOString(),
    }));
  });
}
