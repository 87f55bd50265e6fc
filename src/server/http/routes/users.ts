import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../../platform/audit/index.js';
import { hashToken } from '../../../platform/crypto/index.js';
import { AppError } from '../../../platform/errors/index.js';
import {
  addUser, changePassword, changeUserRoles, confirmTotpEnrolment, disableTotp, listSessions, listUsers, resetPasswordLink, revokeSession,
  ROLES, setUserActive, startTotpEnrolment, tenants, users, type UserAdminContext,
} from '../../../modules/identity/index.js';
import type { ZodApp } from '../app.js';
import { LinkResult, MySecurity, RecoveryCodes, StaffSessionList, StaffUser, StaffUserList, TotpEnrolment } from '../contracts/users.js';
import { noStore, requirePermission, staffToken, type AppDeps } from '../context.js';

/**
 * Staff mail goes out through the installation's staff mailer (its SMTP server). Without one
 * there is no way to email, and the link is handed to the administrator to pass on (as
 * `kindly user add` prints it).
 */
async function sendStaffMail(deps: AppDeps, m: { to: string; subject: string; text: string }): Promise<boolean> {
  if (!deps.staffMailer) return false;
  return (await deps.staffMailer.send(m)).accepted;
}

function adminCtx(req: { staff: { tenantId: string; userId: string } | null; id: unknown }): UserAdminContext {
  if (!req.staff) throw new AppError('unauthenticated');
  return { tenantId: req.staff.tenantId, actorId: req.staff.userId, requestId: String(req.id) };
}

export function userRoutes(app: ZodApp, deps: AppDeps): void {
  const db = deps.database.db;
  const currentHash = (req: Parameters<typeof staffToken>[0]) => {
    const t = staffToken(req);
    return t ? hashToken(t) : undefined;
  };

  app.get('/api/v1/admin/users', { schema: { tags: ['admin'], summary: "The tenant's staff", response: { 200: StaffUserList } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'users.manage', 'operations');
    noStore(reply);
    return { items: await listUsers(db, deps.clock, ctx.tenantId) };
  });

  app.post(
    '/api/v1/admin/users',
    {
      schema: {
        tags: ['admin'],
        summary: 'Invites a staff member: a one-time link (72 hours) to set their password, emailed when mail is set up',
        body: z.object({ email: z.string().email().max(200), displayName: z.string().min(1).max(100).optional(), role: z.enum(ROLES) }),
        response: { 200: LinkResult.extend({ id: z.string() }) },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'users.manage', 'operations');
      const [t] = await db.select({ slug: tenants.slug, name: tenants.name }).from(tenants).where(eq(tenants.id, ctx.tenantId));
      const r = await db.transaction(async (tx) => {
        const added = await addUser({ q: tx, clock: deps.clock, tenantSlug: t!.slug, email: req.body.email, roles: [req.body.role], displayName: req.body.displayName, publicUrl: deps.publicUrl });
        await audit(tx, ctx, { action: 'write', recordType: 'user', recordId: added.id, details: { change: 'invited', roles: added.roles } });
        return added;
      });
      const emailed = await sendStaffMail(deps, { to: r.email, subject: `You are invited to ${t!.name} on Kindly`, text: `Set your password within 72 hours: ${r.inviteUrl}\n\nIf you did not expect this, ignore this email.` });
      return { id: r.id, emailed, expiresAt: r.inviteExpiresAt!, ...(emailed ? {} : { link: r.inviteUrl! }) };
    },
  );

  app.patch(
    '/api/v1/admin/users/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Changes a staff member’s role, or deactivates (ending their sessions) or reactivates them',
        params: z.object({ id: z.string() }),
        body: z.object({ roles: z.array(z.enum(ROLES)).min(1).optional(), active: z.boolean().optional() }),
        response: { 200: StaffUser },
      },
    },
    async (req) => {
      const ctx = await requirePermission(deps, req, 'users.manage', 'operations');
      const a = adminCtx(req);
      if (req.body.roles) await changeUserRoles(db, deps.clock, a, req.params.id, req.body.roles);
      if (req.body.active !== undefined) await setUserActive(db, deps.clock, a, req.params.id, req.body.active);
      const u = (await listUsers(db, deps.clock, ctx.tenantId)).find((x) => x.id === req.params.id);
      if (!u) throw new AppError('not_found');
      return u;
    },
  );

  app.post(
    '/api/v1/admin/users/:id/reset-password',
    { schema: { tags: ['admin'], summary: 'Sends a one-time link to choose a new password; the person’s sessions end', params: z.object({ id: z.string() }), response: { 200: LinkResult } } },
    async (req) => {
      await requirePermission(deps, req, 'users.manage', 'operations');
      const r = await resetPasswordLink(db, deps.clock, adminCtx(req), req.params.id, deps.publicUrl);
      const emailed = await sendStaffMail(deps, { to: r.email, subject: 'Choose a new Kindly password', text: `Your administrator reset your password. Choose a new one within 72 hours: ${r.url}\n\nIf you did not expect this, tell your administrator.` });
      return { emailed, expiresAt: r.expiresAt, ...(emailed ? {} : { link: r.url }) };
    },
  );

  app.post(
    '/api/v1/admin/users/:id/two-factor/disable',
    { schema: { tags: ['admin'], summary: 'Turns off a staff member’s two-step sign-in (a lost phone); they can set it up again', params: z.object({ id: z.string() }), response: { 204: z.null() } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'users.manage', 'operations');
      const [u] = await db.select({ tenantId: users.tenantId }).from(users).where(eq(users.id, req.params.id));
      if (!u || u.tenantId !== ctx.tenantId) throw new AppError('not_found');
      await disableTotp(db, deps.clock, { userId: req.params.id, actorId: ctx.actor.id, requestId: String(req.id) });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/admin/sessions',
    { schema: { tags: ['admin'], summary: 'Live staff sessions', querystring: z.object({ userId: z.string().optional() }), response: { 200: StaffSessionList } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'users.manage', 'operations');
      const mine = currentHash(req);
      noStore(reply);
      return { items: (await listSessions(db, deps.clock, ctx.tenantId, req.query.userId)).map((s) => ({ ...s, current: s.id === mine })) };
    },
  );

  app.delete(
    '/api/v1/admin/sessions/:id',
    { schema: { tags: ['admin'], summary: 'Ends a session at once', params: z.object({ id: z.string() }), response: { 204: z.null() } } },
    async (req, reply) => {
      await requirePermission(deps, req, 'users.manage', 'operations');
      await revokeSession(db, deps.clock, adminCtx(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  // The signed-in person's own security: any role.
  app.get(
    '/api/v1/me/security',
    { schema: { tags: ['auth'], summary: 'Your two-step sign-in and your sessions', response: { 200: MySecurity } } },
    async (req, reply) => {
      const a = adminCtx(req);
      const [u] = await db.select({ enabledAt: users.totpEnabledAt, codes: users.recoveryCodeHashes }).from(users).where(eq(users.id, a.actorId));
      const mine = currentHash(req);
      noStore(reply);
      return {
        twoFactor: Boolean(u?.enabledAt), recoveryCodesLeft: u?.codes.length ?? 0,
        sessions: (await listSessions(db, deps.clock, a.tenantId, a.actorId)).map((s) => ({ ...s, current: s.id === mine })),
      };
    },
  );

  app.post(
    '/api/v1/me/password',
    {
      schema: { tags: ['auth'], summary: 'Changes your password (your other sessions end)', body: z.object({ current: z.string().min(1).max(200), next: z.string().min(1).max(200) }), response: { 204: z.null() } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      await changePassword(db, deps.clock, adminCtx(req), { current: req.body.current, next: req.body.next, keepSessionTokenHash: currentHash(req) });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/two-factor/start',
    { schema: { tags: ['auth'], summary: 'Starts two-step sign-in: a secret and its QR code for an authenticator app', response: { 200: TotpEnrolment } } },
    async (req, reply) => {
      const a = adminCtx(req);
      noStore(reply);
      return startTotpEnrolment(db, deps.clock, { userId: a.actorId, requestId: a.requestId });
    },
  );

  app.post(
    '/api/v1/me/two-factor/confirm',
    {
      schema: { tags: ['auth'], summary: 'Confirms two-step sign-in with a code from the app; returns recovery codes, shown once', body: z.object({ code: z.string().min(6).max(10) }), response: { 200: RecoveryCodes } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const a = adminCtx(req);
      noStore(reply);
      return confirmTotpEnrolment(db, deps.clock, { userId: a.actorId, code: req.body.code, requestId: a.requestId });
    },
  );

  app.post(
    '/api/v1/me/two-factor/disable',
    {
      schema: { tags: ['auth'], summary: 'Turns off your two-step sign-in (your password is asked again)', body: z.object({ password: z.string().min(1).max(200) }), response: { 204: z.null() } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const a = adminCtx(req);
      await disableTotp(db, deps.clock, { userId: a.actorId, actorId: a.actorId, password: req.body.password, requestId: a.requestId });
      return reply.code(204).send(null);
    },
  );
}
