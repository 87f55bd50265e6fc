import { and, eq, gt } from 'drizzle-orm';
import type { Clock } from '../../platform/clock/index.js';
import { hashToken, randomToken, verifyPassword } from '../../platform/crypto/index.js';
import type { Db } from '../../platform/db/index.js';
import { auditLog } from '../../platform/audit/index.js';
import { sessions, tenants, users } from './schema.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface StaffSession {
  userId: string;
  tenantId: string;
  tenantName: string;
  tenantKind: string;
  email: string;
  displayName: string;
  roles: string[];
}

export interface SignInResult {
  token: string;
  expiresAt: Date;
  session: StaffSession;
}

/** Signs a staff user in; returns null (and audits the failure) on a bad email or password. */
export async function signIn(db: Db, clock: Clock, email: string, password: string, requestId?: string): Promise<SignInResult | null> {
  const [row] = await db
    .select({ user: users, tenant: tenants })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  const ok = row && !row.user.disabled && (await verifyPassword(password, row.user.passwordHash));
  const now = clock.now();
  if (!row || !ok) {
    if (row) {
      await db.insert(auditLog).values({
        tenantId: row.user.tenantId, at: now, actorKind: 'user', actorId: row.user.id, action: 'login_failed',
        purpose: 'authentication', recordType: 'user', recordId: row.user.id, requestId: requestId ?? null, details: {},
      });
    }
    return null;
  }
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({ tokenHash: hashToken(token), userId: row.user.id, tenantId: row.user.tenantId, createdAt: now, expiresAt });
    await tx.insert(auditLog).values({
      tenantId: row.user.tenantId, at: now, actorKind: 'user', actorId: row.user.id, action: 'login',
      purpose: 'authentication', recordType: 'user', recordId: row.user.id, requestId: requestId ?? null, details: {},
    });
  });
  return { token, expiresAt, session: toSession(row.user, row.tenant) };
}

/** Resolves a session cookie to the staff member behind it, or null when unknown or expired. */
export async function resolveSession(db: Db, clock: Clock, token: string): Promise<StaffSession | null> {
  const [row] = await db
    .select({ user: users, tenant: tenants })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, clock.now())))
    .limit(1);
  if (!row || row.user.disabled) return null;
  return toSession(row.user, row.tenant);
}

export async function signOut(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

function toSession(user: typeof users.$inferSelect, tenant: typeof tenants.$inferSelect): StaffSession {
  return {
    userId: user.id,
    tenantId: tenant.id,
    tenantName: tenant.name,
    tenantKind: tenant.kind,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
  };
}
