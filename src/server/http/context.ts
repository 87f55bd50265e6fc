import { resolve } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccessContext, Purpose } from '../../platform/audit/index.js';
import { audit } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import type { Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { Logger } from '../../platform/logging/index.js';
import type { ClearinghouseSettings } from '../../modules/claims/index.js';
import type { SmsSettings } from '../config.js';
import { can, resolveSession, type Permission, type SessionPolicy, type StaffMailer, type StaffSession } from '../../modules/identity/index.js';

export type { SmsSettings };

export const SESSION_COOKIE = 'kindly_session';

/**
 * Sets an HttpOnly session cookie that the browser keeps as long as the session lives. The
 * lifetime goes as Max-Age (relative), not Expires (a date): the server's clock is injected and may
 * be simulated (KINDLY_NOW), while the browser expires cookies on its own clock, so a date from a
 * simulated past would make the browser drop the cookie at once. The server still enforces the
 * session's expiry against its own clock. The Secure flag comes from the configured public URL,
 * never from request headers a client could set.
 */
export function setSessionCookie(_req: FastifyRequest, reply: FastifyReply, opts: { name: string; token: string; path: string; expiresAt: Date; now: Date; publicUrl: string }): void {
  const secure = servedOverTls(opts.publicUrl);
  const maxAge = Math.max(0, Math.floor((opts.expiresAt.getTime() - opts.now.getTime()) / 1000));
  reply.setCookie(opts.name, opts.token, { httpOnly: true, sameSite: 'strict', secure, path: opts.path, maxAge });
}

/** Is the product served over TLS? Decided by configuration (KINDLY_PUBLIC_URL), not by the request. */
export function servedOverTls(publicUrl: string): boolean {
  return publicUrl.toLowerCase().startsWith('https://');
}

/** What every route can reach: the composition root builds it once per process. */
export interface AppDeps {
  database: Database;
  clock: Clock;
  logger: Logger;
  jobs?: JobQueue;
  /** Secret for signed portal links and similar tokens. */
  secret: string;
  /** Public base URL used in links (e.g. http://localhost:3000). */
  publicUrl: string;
  /** Proxies whose X-Forwarded-For is believed (addresses/CIDRs); absent or empty: none. */
  trustProxy?: string[];
  /** Staff session idle and absolute limits; absent: 30 min idle, 12 h absolute. */
  sessionPolicy?: SessionPolicy;
  /** Serve /docs and /openapi.json without a staff sign-in (development and tests only). */
  docsPublic?: boolean;
  /** Email to staff (lockout notices to admins); absent: none is sent (the review task remains). */
  staffMailer?: StaffMailer | null;
  /** The HTTP clearinghouse; absent: the sandbox. */
  clearinghouse?: ClearinghouseSettings;
  /** The installation's SMS account (its auth token verifies the provider's webhooks); absent: the sandbox. */
  sms?: SmsSettings;
  /** What else the installation provides (shown on Admin → Integrations); absent: sandboxes and ./data/drop. */
  installation?: InstallationFacts;
}

/**
 * Why a staff member reads a patient's records, for the audit (HIPAA purpose of use), when the
 * same read serves several roles: the compliance officer reviews, those who work accounts collect,
 * the front desk takes payments, and the billing office runs operations.
 */
export function purposeOfRoles(roles: readonly string[]): Purpose {
  if (roles.includes('compliance_officer')) return 'compliance_review';
  if (can(roles, 'worklist.use')) return 'collections';
  if (roles.includes('access_representative')) return 'payment';
  return 'operations';
}

/** The installation's facts, or the embedded defaults (sandbox gateway, `data/drop`) when the app was built without them. */
export function installationOf(deps: AppDeps): InstallationFacts {
  return deps.installation ?? { smtp: false, gateway: 'sandbox', dropDir: resolve('data', 'drop') };
}

/** The installation-wide services a tenant falls back on when it sets none of its own. */
export interface InstallationFacts {
  smtp: boolean;
  gateway: 'sandbox' | 'stripe';
  /** The drop-folder root; each tenant's folder is under it. */
  dropDir: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffSession | null;
  }
}

/** The staff session token of a request: its cookie, or a bearer token for API clients. */
export function staffToken(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  return req.cookies?.[SESSION_COOKIE] ?? (header?.startsWith('Bearer ') ? header.slice(7) : undefined);
}

/** Loads the staff session from its cookie (or a bearer token for API clients). */
export async function loadStaff(deps: AppDeps, req: FastifyRequest): Promise<void> {
  const token = staffToken(req);
  req.staff = token ? await resolveSession(deps.database.db, deps.clock, token, deps.sessionPolicy) : null;
}

/**
 * Route guard: 401 without a session, 403 (audited as `denied`) without the permission.
 * Returns the access context the route's queries run under.
 */
export async function requirePermission(deps: AppDeps, req: FastifyRequest, permission: Permission, purpose: Purpose | 'by_role' = 'payment'): Promise<AccessContext> {
  const staff = req.staff;
  if (!staff) throw new AppError('unauthenticated');
  const ctx: AccessContext = {
    tenantId: staff.tenantId,
    actor: { kind: 'user', id: staff.userId, roles: staff.roles },
    purpose: purpose === 'by_role' ? purposeOfRoles(staff.roles) : purpose,
    requestId: String(req.id),
    clock: deps.clock,
  };
  if (!can(staff.roles, permission)) {
    await audit(deps.database.db, ctx, {
      action: 'denied',
      recordType: 'route',
      recordId: `${req.method} ${req.routeOptions.url ?? req.url}`,
      details: { permission },
    });
    throw new AppError('forbidden', { message: `role(s) ${staff.roles.join(', ')} lack permission ${permission}` });
  }
  return ctx;
}

export function noStore(reply: FastifyReply): void {
  // PHI responses must not be cached by browsers or proxies.
  reply.header('cache-control', 'no-store');
}
