import { z } from 'zod';
import { acceptInvite } from '../../../modules/identity/index.js';
import type { ZodApp } from '../app.js';
import type { AppDeps } from '../context.js';

/** The "set your password" step of a one-time invitation (`kindly user add` without --password). */
export function inviteRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/api/v1/auth/invites/accept',
    {
      schema: {
        tags: ['auth'],
        security: [],
        summary: 'Sets the password of an invited staff user (the invitation works once, until it expires)',
        body: z.object({ token: z.string().min(16).max(200), password: z.string().min(1).max(200) }),
        response: { 200: z.object({ email: z.string() }) },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req) => acceptInvite(deps.database.db, deps.clock, { token: req.body.token, password: req.body.password, requestId: String(req.id) }),
  );
}
