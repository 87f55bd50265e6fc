import { and, asc, count, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { hashPassword, hashToken, randomToken, verifyPassword } from '../../platform/crypto/index.js';
import type { Db, Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { INVITE_TTL_MS, NO_PASSWORD_YET } from './add-user.js';
import { userInvites } from './invite-schema.js';
import { passwordWeakness } from './password-policy.js';
import { ROLES, type Role } from './roles.js';
import { sessions, users } from './schema.js';

/** Who changes what: the signed-in administrator (or the person, for their own password). */
export interface UserAdminContext {
  tenantId: string;
  actorId: string;
  requestId?: string;
}

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  disabled: boolean;
  twoFactor: boolean;
  /** Invited and not yet set a password. */
  invitePending: boolean;
  activeSessions: number;
  createdAt: string;
}

export interface SessionSummary {
  /** The hash of the session's token (the token itself is never stored). */
  id: string;
  userId: string;
  displayName: string;
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string;
}

async function auditChange(q: Queryable, ctx: UserAdminContext, now: Date, userId: string, details: Record<string, unknown>): Promise<void> {
  await q.insert(auditLog).values({
    tenantId: ctx.tenantId, at: now, actorKind: 'user', actorId: ctx.actorId, action: 'write', purpose: 'operations',
    recordType: 'user', recordId: userId, requestId: ctx.requestId ?? null, details,
  });
}

async function tenantUser(q: Queryable, tenantId: string, userId: string) {
  const [u] = await q.select().from(users).where(and(eq(users.id, userId), eq(users.tenantId, tenantId)));
  if (!u) throw new AppError('not_found', { message: `no user ${userId} in this tenant` });
  return u;
}

/** The tenant's staff, with their two-factor state and live sessions. */
export async function listUsers(q: Queryable, clock: Clock, tenantId: string): Promise<UserSummary[]> {
  const now = clock.now();
  const live = await q
    .select({ userId: sessions.userId, n: count() })
    .from(sessions)
    .where(and(eq(sessions.tenantId, tenantId), gt(sessions.expiresAt, now)))
    .groupBy(sessions.userId);
  const liveBy = new Map(live.map((r) => [r.userId, Number(r.n)]));
  const rows = await q
    .select({ id: users.id, email: users.email, displayName: users.displayName, roles: users.roles, disabled: users.disabled, enabledAt: users.totpEnabledAt, hash: users.passwordHash, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.tenantId, tenantId))
    .orderBy(asc(users.displayName), asc(users.email));
  return rows.map((r) => ({
    id: r.id, email: r.email, displayName: r.displayName, roles: r.roles, disabled: r.disabled, twoFactor: r.enabledAt !== null,
    invitePending: r.hash === NO_PASSWORD_YET, activeSessions: liveBy.get(r.id) ?? 0, createdAt: r.createdAt.toISOString(),
  }));
}

/** Changes a user's roles. An administrator cannot take the admin role from themself (nobody would be left to give it back). */
export async function changeUserRoles(db: Db, clock: Clock, ctx: UserAdminContext, userId: string, roles: string[]): Promise<void> {
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (!roles.length || unknown.length) throw new AppError('validation_failed', { message: 'roles: unknown role', issues: [{ path: 'roles', message: `one or more of ${ROLES.join(', ')}` }] });
  if (userId === ctx.actorId && !roles.includes('admin')) {
    throw new AppError('conflict', { message: 'cannot remove own admin role', userMessage: 'You cannot remove your own administrator role. Ask another administrator.' });
  }
  await db.transaction(async (tx) => {
    const u = await tenantUser(tx, ctx.tenantId, userId);
    await tx.update(users).set({ roles: roles as Role[] }).where(eq(users.id, userId));
    await auditChange(tx, ctx, clock.now(), userId, { change: 'roles', from: u.roles, to: roles });
  });
}

/** Deactivates (or reactivates) a user; deactivating ends every session of theirs at once. */
export async function setUserActive(db: Db, clock: Clock, ctx: UserAdminContext, userId: string, active: boolean): Promise<{ sessionsEnded: number }> {
  if (userId === ctx.actorId && !active) throw new AppError('conflict', { message: 'cannot deactivate self', userMessage: 'You cannot deactivate your own account.' });
  return db.transaction(async (tx) => {
    await tenantUser(tx, ctx.tenantId, userId);
    await tx.update(users).set({ disabled: !active }).where(eq(users.id, userId));
    const ended = active ? [] : await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ h: sessions.tokenHash });
    await auditChange(tx, ctx, clock.now(), userId, { change: active ? 'reactivated' : 'deactivated', sessionsEnded: ended.length });
    return { sessionsEnded: ended.length };
  });
}

/** Live sessions of the tenant (or of one user), newest first. */
export async function listSessions(q: Queryable, clock: Clock, tenantId: string, userId?: string): Promise<SessionSummary[]> {
  const where = [eq(sessions.tenantId, tenantId), gt(sessions.expiresAt, clock.now())];
  if (userId) where.push(eq(sessions.userId, userId));
  const rows = await q
    .select({ id: sessions.tokenHash, userId: sessions.userId, displayName: users.displayName, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(...where))
    .orderBy(desc(sessions.createdAt));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), lastSeenAt: r.lastSeenAt?.toISOString() ?? null, expiresAt: r.expiresAt.toISOString() }));
}

/** Ends one session (the device signed in with it is signed out at its next request). */
export async function revokeSession(db: Db, clock: Clock, ctx: UserAdminContext, sessionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [gone] = await tx.delete(sessions).where(and(eq(sessions.tokenHash, sessionId), eq(sessions.tenantId, ctx.tenantId))).returning({ userId: sessions.userId });
    if (!gone) throw new AppError('not_found', { message: 'no such session', userMessage: 'That session has already ended.' });
    await auditChange(tx, ctx, clock.now(), gone.userId, { change: 'session_revoked' });
  });
}

/**
 * A person changes their own password: the current one must be right and the new one pass the
 * policy. Their other sessions end (the one making the change stays signed in).
 */
export async function changePassword(db: Db, clock: Clock, ctx: UserAdminContext, o: { current: string; next: string; keepSessionTokenHash?: string }): Promise<void> {
  const u = await tenantUser(db, ctx.tenantId, ctx.actorId);
  if (!(await verifyPassword(o.current, u.passwordHash))) {
    throw new AppError('validation_failed', { message: 'current: wrong', userMessage: 'Your current password is not right.', issues: [{ path: 'current', message: 'wrong password' }] });
  }
  const weak = passwordWeakness(o.next);
  if (weak) throw new AppError('validation_failed', { message: `next: ${weak}`, userMessage: `Please choose another password: ${weak}.`, issues: [{ path: 'next', message: weak }] });
  const hash = await hashPassword(o.next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: hash }).where(eq(users.id, u.id));
    const others = o.keepSessionTokenHash ? and(eq(sessions.userId, u.id), ne(sessions.tokenHash, o.keepSessionTokenHash)) : eq(sessions.userId, u.id);
    await tx.delete(sessions).where(others);
    await auditChange(tx, ctx, clock.now(), u.id, { change: 'password_changed' });
  });
}

/**
 * An administrator resets someone's password: a one-time link (the invitation mechanism, purpose
 * `reset`) that lets the person choose a new one. Earlier unused links stop working and the
 * person's sessions end. The link is returned for the caller to email; it is never stored.
 */
export async function resetPasswordLink(db: Db, clock: Clock, ctx: UserAdminContext, userId: string, publicUrl: string): Promise<{ email: string; displayName: string; url: string; expiresAt: string }> {
  const now = clock.now();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  return db.transaction(async (tx) => {
    const u = await tenantUser(tx, ctx.tenantId, userId);
    if (u.disabled) throw new AppError('conflict', { message: 'user is deactivated', userMessage: 'Reactivate this person first.' });
    await tx.update(userInvites).set({ usedAt: now }).where(and(eq(userInvites.userId, userId), isNull(userInvites.usedAt)));
    await tx.insert(userInvites).values({ tokenHash: hashToken(token), userId, tenantId: ctx.tenantId, createdAt: now, expiresAt, purpose: 'reset' });
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await auditChange(tx, ctx, now, userId, { change: 'password_reset_link_sent' });
    return { email: u.email, displayName: u.displayName, url: `${publicUrl.replace(/\/$/, '')}/set-password#token=${token}`, expiresAt: expiresAt.toISOString() };
  });
}

