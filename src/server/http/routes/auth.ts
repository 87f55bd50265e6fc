import { z } from 'zod';
import { AppError } from '../../../platform/errors/index.js';
import { permissionsFor, sendLockoutNotice, signIn, signOut } from '../../../modules/identity/index.js';
import type { ZodApp } from '../app.js';
import { SESSION_COOKIE, setSessionCookie, staffToken, type AppDeps } from '../context.js';

const StaffSessionResponse = z.object({
  userId: z.string(),
  tenantId: z.string(),
  tenantName: z.string(),
  tenantKind: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  /** What the roles allow (the API's own table), so pages show only what the person may use. */
  permissions: z.array(z.string()),
});

export function authRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/api/v1/auth/login',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Staff sign-in; sets an HttpOnly session cookie',
        body: z.object({ email: z.string().email(), password: z.string().min(1), code: z.string().max(40).optional() }),
        response: { 200: StaffSessionResponse },
      },
    },
    async (req, reply) => {
      const result = await signIn({ db: deps.database.db, clock: deps.clock, email: req.body.email, password: req.body.password, code: req.body.code, requestId: String(req.id), policy: deps.sessionPolicy });
      if (!result.ok && result.reason === 'invalid' && result.lockout) {
        // After the sign-in transaction: the admins' email never holds the throttle's lock, and
        // a mail server that fails changes nothing in the answer.
        await sendLockoutNotice({ db: deps.database.db, clock: deps.clock, mailer: deps.staffMailer ?? null, lockout: result.lockout, requestId: String(req.id) }).catch((err: unknown) =>
          req.log.warn({ code: (err as { code?: string }).code ?? 'unknown' }, 'lockout notice not recorded'),
        );
      }
      if (!result.ok && result.reason === 'invalid') throw new AppError('unauthenticated', { message: 'bad email or password', userMessage: 'That email and password do not match. Please try again.' });
      if (!result.ok && !('retryAt' in result)) {
        const required = result.reason === 'second_factor_required';
        throw new AppError('unauthenticated', {
          message: required ? 'second factor required' : 'wrong second factor',
          userMessage: required ? 'Enter the 6-digit code from your authenticator app (or a recovery code).' : 'That code does not match. Try the newest code from your app, or a recovery code.',
          issues: [{ path: 'code', message: required ? 'required' : 'does not match' }],
        });
      }
      if (!result.ok) {
        // Same answer for known and unknown emails: the throttle keys on the email, not the account.
        const seconds = Math.max(1, Math.ceil((result.retryAt.getTime() - deps.clock.now().getTime()) / 1000));
        reply.header('retry-after', String(seconds));
        if (result.reason === 'locked') {
          const minutes = Math.ceil(seconds / 60);
          const wait = minutes < 120 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${Math.ceil(minutes / 60)} hours`;
          throw new AppError('locked', { message: `sign-in locked until ${result.retryAt.toISOString()}`, userMessage: `Too many wrong passwords. For your security, sign-in is paused for about ${wait}. An administrator can help if you are stuck.` });
        }
        throw new AppError('rate_limited', { message: `sign-in back-off for ${seconds}s`, userMessage: `Too many wrong passwords. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.` });
      }
      setSessionCookie(req, reply, { name: SESSION_COOKIE, token: result.token, path: '/', expiresAt: result.expiresAt, now: deps.clock.now(), publicUrl: deps.publicUrl });
      return { ...result.session, permissions: permissionsFor(result.session.roles) };
    },
  );

  app.post('/api/v1/auth/logout', { schema: { tags: ['auth'], summary: 'Ends the session (cookie or Bearer token) on the server', response: { 204: z.null() } } }, async (req, reply) => {
    const token = staffToken(req);
    if (token) await signOut(deps.database.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  app.get('/api/v1/me', { schema: { tags: ['auth'], summary: 'The signed-in staff member', response: { 200: StaffSessionResponse } } }, async (req) => {
    if (!req.staff) throw new AppError('unauthenticated');
    return { ...req.staff, permissions: permissionsFor(req.staff.roles) };
  });
}
