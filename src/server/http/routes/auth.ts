import { z } from 'zod';
import { AppError } from '../../../platform/errors/index.js';
import { signIn, signOut } from '../../../modules/identity/index.js';
import type { ZodApp } from '../app.js';
import { SESSION_COOKIE, setSessionCookie, type AppDeps } from '../context.js';

const StaffSessionResponse = z.object({
  userId: z.string(),
  tenantId: z.string(),
  tenantName: z.string(),
  tenantKind: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
});

export function authRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/api/v1/auth/login',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Staff sign-in; sets an HttpOnly session cookie',
        body: z.object({ email: z.string().email(), password: z.string().min(1) }),
        response: { 200: StaffSessionResponse },
      },
    },
    async (req, reply) => {
      const result = await signIn(deps.database.db, deps.clock, req.body.email, req.body.password, String(req.id));
      if (!result) throw new AppError('unauthenticated', { message: 'bad email or password', userMessage: 'That email and password do not match. Please try again.' });
      setSessionCookie(req, reply, { name: SESSION_COOKIE, token: result.token, path: '/', expiresAt: result.expiresAt, now: deps.clock.now() });
      return result.session;
    },
  );

  app.post('/api/v1/auth/logout', { schema: { tags: ['auth'], summary: 'Ends the session', response: { 204: z.null() } } }, async (req, reply) => {
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) await signOut(deps.database.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  app.get('/api/v1/me', { schema: { tags: ['auth'], summary: 'The signed-in staff member', response: { 200: StaffSessionResponse } } }, async (req) => {
    if (!req.staff) throw new AppError('unauthenticated');
    return req.staff;
  });
}
