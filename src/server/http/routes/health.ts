import { z } from 'zod';
import type { ZodApp } from '../app.js';
import type { AppDeps } from '../context.js';

export function healthRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), time: z.string() }), 503: z.object({ status: z.literal('unavailable'), error: z.string() }) },
      },
    },
    async (_req, reply) => {
      try {
        await deps.database.query('select 1');
        return { status: 'ok' as const, database: deps.database.kind, time: deps.clock.now().toISOString() };
      } catch (err) {
        return reply.code(503).send({ status: 'unavailable' as const, error: (err as Error).message });
      }
    },
  );
}
