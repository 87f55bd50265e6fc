import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock/index.js';
import { hashPassword, hashToken, randomToken, verifyPassword } from '../../platform/crypto/index.js';
import type { Db } from '../../platform/db/index.js';
import { auditLog } from '../../platform/audit/index.js';
import { newId } from '../../platform/ids/index.js';
import { sessions, signInThrottles, tenants, users } from './schema.js';
import type { Lockout } from './lockout-notice.js';
import { checkSecondFactor } from './two-factor.js';
import { checkSignIn, DEFAULT_SIGN_IN_THROTTLE, recordSignInFailure, type SignInThrottlePolicy, type SignInThrottleState } from './sign-in-throttle.js';

/** How long staff sessions live: ended after `idleMinutes` without a request, and at `absoluteHours` whatever happens. */
export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteHours: 12 };
export const SESSION_TTL_MS = DEFAULT_SESSION_POLICY.absoluteHours * 60 * 60 * 1000;

/** A session's last-seen time is written at most this often (not on every request). */
const TOUCH_EVERY_MS = 60_000;

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

export type SignInOutcome =
  | ({ ok: true } & SignInResult)
  | { ok: false; reason: 'invalid'; /** Set when this failure locked a known account (the admins are told, see sendLockoutNotice). */ lockout?: Lockout }
  /** The password was right and the account has two-factor on: ask for a code (or a wrong code was given). */
  | { ok: false; reason: 'second_factor_required' | 'second_factor_invalid' }
  | { ok: false; reason: 'locked' | 'backoff'; retryAt: Date };

export interface SignInOptions {
  db: Db;
  clock: Clock;
  email: string;
  password: string;
  /** The authenticator code (or a recovery code) of an account with two-factor on. */
  code?: string;
  requestId?: string;
  policy?: SessionPolicy;
  throttle?: SignInThrottlePolicy;
}

// Unknown emails are checked against this hash so that they cost the same scrypt work as known ones.
let dummyHash: Promise<string> | undefined;
const dummyPasswordHash = () => (dummyHash ??= hashPassword(randomToken()));

/** The throttle row of an email, known to us or not (only a hash of it is stored). */
export function signInThrottleKey(email: string): string {
  return hashToken(`sign-in\u0000${email.trim().toLowerCase()}`);
}

/**
 * Signs a staff user in. Failures are counted per account under a row lock (whatever address they
 * come from): after 3 an exponential back-off applies, the 10th locks the account (15 min, then
 * 1 h, then 24 h), and a refused attempt does not check the password at all. A lockout is audited
 * and opens a security review task for the tenant's admins.
 */
export async function signIn(opts: SignInOptions): Promise<SignInOutcome> {
  const { db, clock } = opts;
  const email = opts.email.trim().toLowerCase();
  const key = signInThrottleKey(email);
  const throttle = opts.throttle ?? DEFAULT_SIGN_IN_THROTTLE;
  const policy = opts.policy ?? DEFAULT_SESSION_POLICY;
  const requestId = opts.requestId ?? null;
  const dummy = await dummyPasswordHash();
  return db.transaction(async (tx): Promise<SignInOutcome> => {
    await tx.insert(signInThrottles).values({ key }).onConflictDoNothing();
    const [t] = await tx.select().from(signInThrottles).where(eq(signInThrottles.key, key)).for('update');
    const state: SignInThrottleState = { failures: t!.failures, lastFailureAt: t!.lastFailureAt, lockedUntil: t!.lockedUntil, lockouts: t!.lockouts };
    const now = clock.now();
    const [row] = await tx
      .select({ user: users, tenant: tenants })
      .from(users)
      .innerJoin(tenants, eq(tenants.id, users.tenantId))
      .where(eq(users.email, email))
      .limit(1);
    const gate = checkSignIn(state, now, throttle);
    if (!gate.allowed) {
      if (row) {
        await tx.insert(auditLog).values({
          tenantId: row.user.tenantId, at: now, actorKind: 'user', actorId: row.user.id, action: 'denied',
          purpose: 'authentication', recordType: 'user', recordId: row.user.id, requestId, details: { reason: gate.reason, retryAt: gate.retryAt.toISOString() },
        });
      }
      return { ok: false, reason: gate.reason, retryAt: gate.retryAt };
    }
    const passwordOk = await verifyPassword(opts.password, row?.user.passwordHash ?? dummy);
    if (!row || row.user.disabled || !passwordOk) {
      const next = recordSignInFailure(state, now, throttle);
      await tx
        .update(signInThrottles)
        .set({ failures: next.state.failures, lastFailureAt: next.state.lastFailureAt, lockedUntil: next.state.lockedUntil, lockouts: next.state.lockouts })
        .where(eq(signInThrottles.key, key));
      if (row) {
        await tx.insert(auditLog).values({
          tenantId: row.user.tenantId, at: now, actorKind: 'user', actorId: row.user.id, action: 'login_failed',
          purpose: 'authentication', recordType: 'user', recordId: row.user.id, requestId, details: {},
        });
        if (next.locked) {
          await noteLockout(tx, { tenantId: row.user.tenantId, userId: row.user.id, displayName: row.user.displayName, state: next.state, now, requestId });
          return { ok: false, reason: 'invalid', lockout: { tenantId: row.user.tenantId, userId: row.user.id, lockedUntil: next.state.lockedUntil!, lockouts: next.state.lockouts } };
        }
      }
      return { ok: false, reason: 'invalid' };
    }
    let secondFactor: 'totp' | 'recovery' | null = null;
    if (row.user.totpEnabledAt) {
      if (!opts.code?.trim()) return { ok: false, reason: 'second_factor_required' };
      secondFactor = await checkSecondFactor(tx, row.user, opts.code, now);
      if (!secondFactor) {
        // A wrong code counts like a wrong password: the same back-off and lockout stop guessing.
        const next = recordSignInFailure(state, now, throttle);
        await tx
          .update(signInThrottles)
          .set({ failures: next.state.failures, lastFailureAt: next.state.lastFailureAt, lockedUntil: next.state.lockedUntil, lockouts: next.state.lockouts })
          .where(eq(signInThrottles.key, key));
        await tx.insert(auditLog).values({
          tenantId: row.user.tenantId, at: now, actorKind: 'user', actorId: row.user.id, action: 'login_failed',
          purpose: 'authentication', recordType: 'user', recordId: row.user.id, requestId, details: { reason: 'second_factor' },
        });
        if (next.locked) await noteLockout(tx, { tenantId: row.user.tenantId, userId: row.user.id, displayName: row.user.displayName, state: next.state, now, requestId });
        return { ok: false, reason: 'second_factor_invalid' };
      }
    }
    await tx.update(signInThrottles).set({ failures: 0, lastFailureAt: null, lockedUntil: null, lockouts: 0 }).where(eq(signInThrottles.key, key));
    const opened = await openSession(tx, { user: row.user, tenant: row.tenant, now, policy, requestId, details: secondFactor ? { secondFactor } : {} });
    return { ok: true, ...opened };
  });
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Opens a session for a user who has proven who they are (by password or single sign-on); audited as `login`. */
export async function openSession(
  tx: Tx,
  o: { user: typeof users.$inferSelect; tenant: typeof tenants.$inferSelect; now: Date; policy: SessionPolicy; requestId: string | null; details: Record<string, unknown> },
): Promise<SignInResult> {
  const token = randomToken();
  const expiresAt = new Date(o.now.getTime() + o.policy.absoluteHours * 3_600_000);
  await tx.insert(sessions).values({ tokenHash: hashToken(token), userId: o.user.id, tenantId: o.user.tenantId, createdAt: o.now, expiresAt, lastSeenAt: o.now });
  await tx.insert(auditLog).values({
    tenantId: o.user.tenantId, at: o.now, actorKind: 'user', actorId: o.user.id, action: 'login',
    purpose: 'authentication', recordType: 'user', recordId: o.user.id, requestId: o.requestId, details: o.details,
  });
  return { token, expiresAt, session: toSession(o.user, o.tenant) };
}

/** A lockout is audited and becomes a security review task that the tenant's admins see. */
async function noteLockout(tx: Tx, o: { tenantId: string; userId: string; displayName: string; state: SignInThrottleState; now: Date; requestId: string | null }): Promise<void> {
  const lockedUntil = o.state.lockedUntil!.toISOString();
  await tx.insert(auditLog).values({
    tenantId: o.tenantId, at: o.now, actorKind: 'system', actorId: 'sign-in-throttle', action: 'denied',
    purpose: 'authentication', recordType: 'user', recordId: o.userId, requestId: o.requestId, details: { reason: 'account_locked', lockedUntil, lockouts: o.state.lockouts },
  });
  // Tasks are the staff notice channel; this one concerns a staff account, not a patient.
  await tx.execute(sql`insert into agent_tasks (id, tenant_id, person_id, kind, status, reason, priority, created_at, detail)
    values (${newId()}, ${o.tenantId}, null, 'security_review', 'open',
            ${`Sign-in for ${o.displayName} was locked after repeated wrong passwords (lockout ${o.state.lockouts}).`}, 90, ${o.now},
            ${JSON.stringify({ subject: 'staff_sign_in', userId: o.userId, lockedUntil, lockouts: o.state.lockouts })}::jsonb)`);
}

/**
 * The session lookup every API request runs, built once per database handle (Drizzle's prepared
 * query: the statement's text and row mapping are not rebuilt per request). Only what a session
 * carries: not the password hash, the second-factor secrets (decrypted on every read) or the
 * tenant's settings.
 */
function prepareSessionLookup(db: Db) {
  return db
    .select({
      user: { id: users.id, email: users.email, displayName: users.displayName, roles: users.roles, disabled: users.disabled },
      tenant: { id: tenants.id, name: tenants.name, kind: tenants.kind },
      lastSeenAt: sessions.lastSeenAt,
      createdAt: sessions.createdAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now')), gt(sql`coalesce(${sessions.lastSeenAt}, ${sessions.createdAt})`, sql.placeholder('idleSince'))))
    .limit(1)
    // No name of its own: the pool names it like every other statement, and leaves it unnamed where
    // prepared statements are off (KINDLY_DB_PREPARED_STATEMENTS=0, docs/operations.md).
    .prepare(undefined as unknown as string);
}
const sessionLookups = new WeakMap<Db, ReturnType<typeof prepareSessionLookup>>();
function sessionLookup(db: Db) {
  let lookup = sessionLookups.get(db);
  if (!lookup) sessionLookups.set(db, (lookup = prepareSessionLookup(db)));
  return lookup;
}

/**
 * Resolves a session token to the staff member behind it, or null when unknown, past its absolute
 * expiry or idle longer than the policy allows. A live session's last-seen time moves forward.
 */
export async function resolveSession(db: Db, clock: Clock, token: string, policy: SessionPolicy = DEFAULT_SESSION_POLICY): Promise<StaffSession | null> {
  const now = clock.now();
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const tokenHash = hashToken(token);
  const [row] = await sessionLookup(db).execute({ tokenHash, now: now.toISOString(), idleSince: idleSince.toISOString() });
  if (!row || row.user.disabled) return null;
  if (now.getTime() - (row.lastSeenAt ?? row.createdAt).getTime() >= TOUCH_EVERY_MS) {
    const touchBefore = new Date(now.getTime() - TOUCH_EVERY_MS);
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.tokenHash, tokenHash), or(isNull(sessions.lastSeenAt), lt(sessions.lastSeenAt, touchBefore))));
  }
  return toSession(row.user, row.tenant);
}

/** Ends a session server-side: the token stops working at once, wherever it was copied to. */
export async function signOut(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

function toSession(user: Pick<typeof users.$inferSelect, 'id' | 'email' | 'displayName' | 'roles'>, tenant: Pick<typeof tenants.$inferSelect, 'id' | 'name' | 'kind'>): StaffSession {
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
