import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import type { Db } from '../../platform/db/index.js';
import { tenants, users } from './schema.js';

/** Email to staff (not patients): the installation's SMTP server, or nothing when none is configured. */
export interface StaffMailer {
  send(mail: { to: string; subject: string; text: string }): Promise<{ accepted: boolean }>;
}

/** A staff account that the sign-in throttle has just locked. */
export interface Lockout {
  tenantId: string;
  userId: string;
  lockedUntil: Date;
  lockouts: number;
}

/**
 * Tells the tenant's admins by email that a staff account was locked after repeated wrong
 * passwords, besides the security review task: someone may be guessing a colleague's password.
 * The message names the account and the time only: no patient data, no client address, nothing
 * the attacker typed. The sending (or why nothing was sent) is audited. Runs after the sign-in
 * transaction has committed, so a slow or failing mail server never holds the throttle's row lock
 * and never changes the sign-in answer.
 */
export async function sendLockoutNotice(opts: { db: Db; clock: Clock; mailer: StaffMailer | null; lockout: Lockout; requestId?: string | null }): Promise<{ sent: number; failed: number }> {
  const { db, lockout } = opts;
  const [who] = await db
    .select({ email: users.email, displayName: users.displayName, tenantName: tenants.name })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.tenantId, lockout.tenantId), eq(users.id, lockout.userId)));
  const admins = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, lockout.tenantId), eq(users.disabled, false), sql`'admin' = any(${users.roles})`));
  let sent = 0;
  let failed = 0;
  if (who && opts.mailer) {
    const until = lockout.lockedUntil.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
    const subject = `Kindly: sign-in locked for ${who.displayName}`;
    const text = [
      `Sign-in for ${who.displayName} (${who.email}) at ${who.tenantName} was locked until ${until} after repeated wrong passwords.`,
      `This is lockout number ${lockout.lockouts} for this account; the next one lasts longer.`,
      '',
      'If it was not them trying, someone may be guessing their password: ask them to choose a new one,',
      'and look at Security reviews in Kindly, where this lockout is listed.',
    ].join('\n');
    for (const admin of admins) {
      try {
        const r = await opts.mailer.send({ to: admin.email, subject, text });
        if (r.accepted) sent++;
        else failed++;
      } catch {
        failed++;
      }
    }
  }
  await db.insert(auditLog).values({
    // The audit's actions are a closed list: a notice sent is a write of record type lockout_notice.
    tenantId: lockout.tenantId, at: opts.clock.now(), actorKind: 'system', actorId: 'sign-in-throttle', action: 'write',
    purpose: 'authentication', recordType: 'lockout_notice', recordId: lockout.userId, requestId: opts.requestId ?? null,
    details: { notice: 'account_locked', channel: 'email', admins: admins.map((a) => a.id), sent, failed, ...(opts.mailer ? {} : { reason: 'no_smtp_configured' }) },
  });
  return { sent, failed };
}
