import { and, eq, gt, isNull } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { hashPassword, hashToken } from '../../platform/crypto/index.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { passwordWeakness } from './password-policy.js';
import { userInvites } from './invite-schema.js';
import { users } from './schema.js';

/**
 * Sets the password of an invited user: the token works once (compare-and-set on used_at) and
 * only before it expires; the password must pass the policy. Returns the user's email.
 */
export async function acceptInvite(db: Db, clock: Clock, opts: { token: string; password: string; requestId?: string }): Promise<{ email: string }> {
  const weak = passwordWeakness(opts.password);
  if (weak) throw new AppError('validation_failed', { message: `password: ${weak}`, userMessage: `Please choose another password: ${weak}.`, issues: [{ path: 'password', message: weak }] });
  const hash = await hashPassword(opts.password);
  const now = clock.now();
  return db.transaction(async (tx) => {
    const [invite] = await tx
      .update(userInvites)
      .set({ usedAt: now })
      .where(and(eq(userInvites.tokenHash, hashToken(opts.token)), isNull(userInvites.usedAt), gt(userInvites.expiresAt, now)))
      .returning();
    if (!invite) throw new AppError('link_expired', { message: 'invitation unknown, used or expired', userMessage: 'This invitation has expired or was already used. Please ask your administrator for a new one.' });
    const [user] = await tx.update(users).set({ passwordHash: hash }).where(eq(users.id, invite.userId)).returning({ email: users.email });
    await tx.insert(auditLog).values({
      tenantId: invite.tenantId, at: now, actorKind: 'user', actorId: invite.userId, action: 'write',
      purpose: 'authentication', recordType: 'user', recordId: invite.userId, requestId: opts.requestId ?? null, details: { change: 'password_set', via: 'invite' },
    });
    return { email: user!.email };
  });
}
