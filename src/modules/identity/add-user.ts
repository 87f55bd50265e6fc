import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock/index.js';
import { hashPassword, hashToken, randomToken } from '../../platform/crypto/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { stableId } from '../../platform/ids/index.js';
import { passwordWeakness } from './password-policy.js';
import { ROLES, type Role } from './roles.js';
import { tenants, users } from './schema.js';
import { userInvites } from './invite-schema.js';

/** How long a one-time invitation link works. */
export const INVITE_TTL_MS = 72 * 60 * 60 * 1000;

/** Stored instead of a hash until the invited person sets a password: no password matches it. */
export const NO_PASSWORD_YET = '!invited';

export interface AddUserOptions {
  q: Queryable;
  clock: Clock;
  tenantSlug: string;
  email: string;
  roles: string[];
  displayName?: string;
  /** Absent: an invitation link is made instead. */
  password?: string;
  /** Base URL of the web app, for the invitation link. */
  publicUrl: string;
}

export interface AddUserResult {
  id: string;
  email: string;
  roles: Role[];
  /** One-time link to set a password (only when no password was given). */
  inviteUrl?: string;
  inviteExpiresAt?: string;
}

const bad = (path: string, message: string) => new AppError('validation_failed', { message: `${path}: ${message}`, issues: [{ path, message }] });

/** Adds a staff user to a tenant, with a password that passes the policy or a one-time invitation. */
export async function addUser(opts: AddUserOptions): Promise<AddUserResult> {
  const email = opts.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw bad('email', 'not an email address');
  if (!opts.roles.length) throw bad('role', `one of ${ROLES.join(', ')}`);
  const unknown = opts.roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw bad('role', `${unknown.join(', ')} is not a role (one of ${ROLES.join(', ')})`);
  if (opts.password !== undefined) {
    const weak = passwordWeakness(opts.password);
    if (weak) throw bad('password', weak);
  }
  const [tenant] = await opts.q.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, opts.tenantSlug));
  if (!tenant) throw bad('tenant', `no tenant with slug ${opts.tenantSlug}`);
  const [taken] = await opts.q.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) throw new AppError('conflict', { message: `a user with email ${email} already exists`, issues: [{ path: 'email', message: 'already in use' }] });
  const id = stableId('user', email);
  const roles = opts.roles as Role[];
  await opts.q.insert(users).values({
    id,
    tenantId: tenant.id,
    email,
    displayName: opts.displayName ?? email.split('@')[0]!,
    passwordHash: opts.password !== undefined ? await hashPassword(opts.password) : NO_PASSWORD_YET,
    roles,
  });
  if (opts.password !== undefined) return { id, email, roles };
  const token = randomToken();
  const now = opts.clock.now();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  await opts.q.insert(userInvites).values({ tokenHash: hashToken(token), userId: id, tenantId: tenant.id, createdAt: now, expiresAt });
  // The token travels in the fragment: browsers never send it to a server or in a Referer.
  return { id, email, roles, inviteUrl: `${opts.publicUrl.replace(/\/$/, '')}/set-password#token=${token}`, inviteExpiresAt: expiresAt.toISOString() };
}

/** Whether any staff user exists (the first start on an empty PostgreSQL says how to add one). */
export async function hasAnyUser(q: Queryable): Promise<boolean> {
  const [row] = await q.select({ id: users.id }).from(users).where(and(eq(users.disabled, false))).limit(1);
  return Boolean(row);
}
