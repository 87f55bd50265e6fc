import { and, eq, sql } from 'drizzle-orm';
import type { Configuration } from 'openid-client';
import { auditLog } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { hashToken } from '../../platform/crypto/index.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { ROLES, type Role } from './roles.js';
import { tenants, tenantSignOn, users } from './schema.js';
import { DEFAULT_SESSION_POLICY, openSession, type SessionPolicy, type SignInResult } from './sessions.js';

/** A tenant's identity provider as an admin sees it: the client secret is never given back. */
export interface SignOnSettings {
  displayName: string;
  issuer: string;
  clientId: string;
  hasClientSecret: boolean;
  allowedDomains: string[];
  /** A claim listing the person's groups (e.g. `groups`); with `roleMap`, their Kindly roles follow it at each sign-in. Null: roles stay as set in Kindly. */
  roleClaim: string | null;
  roleMap: Record<string, Role>;
  enabled: boolean;
  updatedAt: string;
}

export interface SaveSignOnInput {
  displayName: string;
  issuer: string;
  clientId: string;
  /** Absent or empty: keep the stored secret (required the first time). */
  clientSecret?: string;
  allowedDomains: string[];
  roleClaim?: string | null;
  roleMap?: Record<string, Role>;
  enabled: boolean;
}

/** Why a single sign-on was refused, in a closed list the sign-in page words plainly. */
export type SignOnRefusal = 'not_configured' | 'expired' | 'provider_error' | 'email_not_verified' | 'domain_not_allowed' | 'unknown_user' | 'disabled_user';

export type SignOnOutcome = ({ ok: true } & SignInResult) | { ok: false; reason: SignOnRefusal };

/** What the browser keeps between leaving for the identity provider and coming back (signed by the caller). */
export interface PendingSignOn {
  tenantId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Epoch milliseconds after which the attempt is stale. */
  expiresAt: number;
}

/** How long a person may spend at the identity provider before coming back. */
export const SIGN_ON_ATTEMPT_MS = 10 * 60_000;

const isLoopback = (u: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);

/** Checks an identity provider's settings; every problem listed at once, each with its field. */
export function signOnProblems(input: SaveSignOnInput, hasStoredSecret: boolean): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const issuer = URL.canParse(input.issuer) ? new URL(input.issuer) : null;
  if (!issuer || !(issuer.protocol === 'https:' || (issuer.protocol === 'http:' && isLoopback(issuer)))) {
    problems.push({ path: 'issuer', message: 'must be the provider’s https:// issuer URL (as in its /.well-known/openid-configuration)' });
  }
  if (!input.clientId.trim()) problems.push({ path: 'clientId', message: 'is required' });
  if (!input.clientSecret?.trim() && !hasStoredSecret) problems.push({ path: 'clientSecret', message: 'is required the first time' });
  if (input.allowedDomains.length === 0) problems.push({ path: 'allowedDomains', message: 'list at least one email domain (e.g. hospital.org)' });
  input.allowedDomains.forEach((d, i) => {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(d.trim())) problems.push({ path: `allowedDomains[${i}]`, message: `"${d}" is not a domain name` });
  });
  for (const [group, role] of Object.entries(input.roleMap ?? {})) {
    if (!(ROLES as readonly string[]).includes(role)) problems.push({ path: `roleMap.${group}`, message: `"${role}" is not a Kindly role` });
  }
  if (Object.keys(input.roleMap ?? {}).length > 0 && !input.roleClaim?.trim()) problems.push({ path: 'roleClaim', message: 'name the claim that carries the groups' });
  return problems;
}

/** The tenant's identity provider settings, or null when none is set up. */
export async function getSignOnSettings(db: Db, tenantId: string): Promise<SignOnSettings | null> {
  const [row] = await db.select().from(tenantSignOn).where(eq(tenantSignOn.tenantId, tenantId));
  if (!row) return null;
  return {
    displayName: row.displayName,
    issuer: row.issuer,
    clientId: row.clientId,
    hasClientSecret: row.clientSecret.length > 0,
    allowedDomains: row.allowedDomains,
    roleClaim: row.roleClaim,
    roleMap: row.roleMap as Record<string, Role>,
    enabled: row.enabled,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Creates or changes the tenant's identity provider (audited; the secret is kept when none is given). */
export async function saveSignOnSettings(opts: { db: Db; clock: Clock; tenantId: string; actorId: string; requestId: string | null; input: SaveSignOnInput }): Promise<SignOnSettings> {
  const { db, input } = opts;
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ secret: tenantSignOn.clientSecret }).from(tenantSignOn).where(eq(tenantSignOn.tenantId, opts.tenantId)).for('update');
    const problems = signOnProblems(input, Boolean(existing));
    if (problems.length) throw new AppError('validation_failed', { message: problems.map((p) => `${p.path}: ${p.message}`).join('; '), issues: problems });
    const now = opts.clock.now();
    const values = {
      displayName: input.displayName.trim(),
      issuer: input.issuer.trim().replace(/\/$/, ''),
      clientId: input.clientId.trim(),
      clientSecret: input.clientSecret?.trim() || existing!.secret,
      allowedDomains: input.allowedDomains.map((d) => d.trim().toLowerCase()),
      roleClaim: input.roleClaim?.trim() || null,
      roleMap: input.roleMap ?? {},
      enabled: input.enabled,
      updatedAt: now,
      updatedBy: opts.actorId,
    };
    await tx.insert(tenantSignOn).values({ tenantId: opts.tenantId, ...values }).onConflictDoUpdate({ target: tenantSignOn.tenantId, set: values });
    await tx.insert(auditLog).values({
      tenantId: opts.tenantId, at: now, actorKind: 'user', actorId: opts.actorId, action: 'write', purpose: 'operations', recordType: 'sign_on', recordId: opts.tenantId, requestId: opts.requestId,
      details: { change: existing ? 'updated' : 'created', issuer: values.issuer, enabled: values.enabled, secretChanged: Boolean(input.clientSecret?.trim()) },
    });
  });
  configurations.delete(opts.tenantId);
  return (await getSignOnSettings(db, opts.tenantId))!;
}

/** Removes the tenant's identity provider (audited); staff sign in with passwords again. */
export async function removeSignOnSettings(opts: { db: Db; clock: Clock; tenantId: string; actorId: string; requestId: string | null }): Promise<void> {
  await opts.db.transaction(async (tx) => {
    await tx.delete(tenantSignOn).where(eq(tenantSignOn.tenantId, opts.tenantId));
    await tx.insert(auditLog).values({
      tenantId: opts.tenantId, at: opts.clock.now(), actorKind: 'user', actorId: opts.actorId, action: 'write', purpose: 'operations', recordType: 'sign_on', recordId: opts.tenantId, requestId: opts.requestId, details: { change: 'removed' },
    });
  });
  configurations.delete(opts.tenantId);
}

/** The sign-in button a tenant offers (by its slug; or the only tenant of an installation with one), or null. */
export async function findSignOnOffer(db: Db, tenantSlug?: string): Promise<{ tenantSlug: string; displayName: string } | null> {
  const rows = await db
    .select({ slug: tenants.slug, displayName: tenantSignOn.displayName })
    .from(tenantSignOn)
    .innerJoin(tenants, eq(tenants.id, tenantSignOn.tenantId))
    .where(and(eq(tenantSignOn.enabled, true), tenantSlug ? eq(tenants.slug, tenantSlug) : sql`(select count(*) from tenants) = 1`))
    .limit(1);
  return rows[0] ? { tenantSlug: rows[0].slug, displayName: rows[0].displayName } : null;
}

// Discovery documents are fetched once per tenant and process (dropped when the settings change).
const configurations = new Map<string, { key: string; config: Promise<Configuration> }>();

async function providerConfiguration(row: typeof tenantSignOn.$inferSelect): Promise<Configuration> {
  const key = `${row.issuer}\u0000${row.clientId}\u0000${hashToken(row.clientSecret)}`;
  const cached = configurations.get(row.tenantId);
  if (cached?.key === key) return cached.config;
  const oidc = await import('openid-client');
  const issuer = new URL(row.issuer);
  // Plain http only for a provider on this machine (development and tests); signOnProblems refuses it otherwise.
  const config = oidc.discovery(issuer, row.clientId, row.clientSecret, undefined, issuer.protocol === 'http:' && isLoopback(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined);
  configurations.set(row.tenantId, { key, config });
  config.catch(() => configurations.delete(row.tenantId));
  return config;
}

/**
 * Starts a sign-in at the tenant's identity provider: authorization code with PKCE (S256), a fresh
 * state and nonce. Returns where to send the browser and what it must bring back (the caller keeps
 * it signed in an HttpOnly cookie).
 */
export async function startSignOn(opts: { db: Db; clock: Clock; tenantSlug: string; redirectUri: string }): Promise<{ url: string; pending: PendingSignOn } | null> {
  const [row] = await opts.db
    .select({ signOn: tenantSignOn })
    .from(tenantSignOn)
    .innerJoin(tenants, eq(tenants.id, tenantSignOn.tenantId))
    .where(and(eq(tenants.slug, opts.tenantSlug), eq(tenantSignOn.enabled, true)));
  if (!row) return null;
  const oidc = await import('openid-client');
  const config = await providerConfiguration(row.signOn);
  const pending: PendingSignOn = {
    tenantId: row.signOn.tenantId,
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
    expiresAt: opts.clock.now().getTime() + SIGN_ON_ATTEMPT_MS,
  };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: opts.redirectUri,
    scope: row.signOn.roleClaim ? 'openid email profile groups' : 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url: url.href, pending };
}

/**
 * Finishes a sign-in when the browser comes back from the identity provider: exchanges the code
 * (checking state, nonce and PKCE), then lets in only an existing, active user of that tenant whose
 * email the provider has verified and whose domain is allowed. Every outcome is audited.
 */
export async function finishSignOn(opts: { db: Db; clock: Clock; pending: PendingSignOn; callbackUrl: URL; requestId?: string; policy?: SessionPolicy; log?: (code: string) => void }): Promise<SignOnOutcome> {
  const { db, clock, pending } = opts;
  const now = clock.now();
  const requestId = opts.requestId ?? null;
  const refuse = async (reason: SignOnRefusal, who?: { userId?: string; email?: string }): Promise<SignOnOutcome> => {
    await db.insert(auditLog).values({
      tenantId: pending.tenantId, at: now, actorKind: who?.userId ? 'user' : 'system', actorId: who?.userId ?? 'single-sign-on', action: 'login_failed', purpose: 'authentication',
      recordType: 'user', recordId: who?.userId ?? (who?.email ? `email:${hashToken(who.email).slice(0, 16)}` : 'unknown'), requestId, details: { method: 'oidc', reason },
    });
    return { ok: false, reason };
  };
  if (pending.expiresAt < now.getTime()) return refuse('expired');
  const [row] = await db.select().from(tenantSignOn).where(and(eq(tenantSignOn.tenantId, pending.tenantId), eq(tenantSignOn.enabled, true)));
  if (!row) return refuse('not_configured');
  let claims: Record<string, unknown>;
  try {
    const oidc = await import('openid-client');
    const config = await providerConfiguration(row);
    const tokens = await oidc.authorizationCodeGrant(config, opts.callbackUrl, { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
    claims = { ...(tokens.claims() ?? {}) };
    // Many providers put the email only in the userinfo answer (OpenID Connect Core 5.4).
    if (typeof claims.email !== 'string' || (row.roleClaim && claims[row.roleClaim] === undefined)) {
      claims = { ...(await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub))), ...claims };
    }
  } catch (err) {
    opts.log?.((err as { code?: string; error?: string }).error ?? (err as { code?: string }).code ?? 'unknown');
    return refuse('provider_error');
  }
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email || claims.email_verified !== true) return refuse('email_not_verified', { email });
  if (!row.allowedDomains.includes(email.slice(email.lastIndexOf('@') + 1))) return refuse('domain_not_allowed', { email });
  const [found] = await db
    .select({ user: users, tenant: tenants })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.email, email), eq(users.tenantId, pending.tenantId)));
  if (!found) return refuse('unknown_user', { email });
  if (found.user.disabled) return refuse('disabled_user', { userId: found.user.id });
  return db.transaction(async (tx) => {
    let user = found.user;
    const mapped = mappedRoles(row, claims);
    if (mapped && mapped.join(',') !== [...user.roles].sort().join(',')) {
      await tx.update(users).set({ roles: mapped }).where(eq(users.id, user.id));
      user = { ...user, roles: mapped };
      await tx.insert(auditLog).values({
        tenantId: pending.tenantId, at: now, actorKind: 'system', actorId: 'single-sign-on', action: 'write', purpose: 'authentication', recordType: 'user', recordId: user.id, requestId,
        details: { change: 'roles_from_identity_provider', roles: mapped },
      });
    }
    const opened = await openSession(tx, { user, tenant: found.tenant, now, policy: opts.policy ?? DEFAULT_SESSION_POLICY, requestId, details: { method: 'oidc', issuer: row.issuer } });
    return { ok: true as const, ...opened };
  });
}

/** The roles the provider's groups map to (sorted), or null when roles are not managed by the provider or no group maps. */
function mappedRoles(row: typeof tenantSignOn.$inferSelect, claims: Record<string, unknown>): Role[] | null {
  if (!row.roleClaim) return null;
  const value = claims[row.roleClaim];
  const groups = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  const roles = [...new Set(groups.map((g) => row.roleMap[g]).filter((r): r is Role => typeof r === 'string'))].sort();
  return roles.length ? roles : null;
}
