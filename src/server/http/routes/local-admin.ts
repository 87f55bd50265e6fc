import { z } from 'zod';
import { constantTimeEqual } from '../../../platform/crypto/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { createDemoLink } from '../../demo-link.js';
import type { RouteGroup } from '../app.js';

export const LOCAL_TOKEN_HEADER = 'x-kindly-local-token';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Endpoints for the `kindly` command line on the same machine, while this server holds the
 * embedded database: the CLI cannot open the folder itself (one process per folder), so it asks
 * here. Authenticated by a random token written only to the lock file (mode 0600, readable by the
 * account that runs the server) and answered only on the loopback interface.
 */
export function localAdminRoutes(token: string): RouteGroup {
  return (app, deps) => {
    app.post(
      '/api/v1/internal/demo-link',
      {
        schema: {
          hide: true,
          body: z.object({ patient: z.string().max(200).optional() }).default({}),
        },
      },
      async (req) => {
        const given = req.headers[LOCAL_TOKEN_HEADER];
        if (typeof given !== 'string' || !constantTimeEqual(given, token) || !LOOPBACK.has(req.socket.remoteAddress ?? '')) {
          throw new AppError('unauthenticated', { message: 'local endpoints need the token from the data folder lock, from this machine' });
        }
        const link = await createDemoLink({ database: deps.database, appSecret: deps.secret, publicUrl: deps.publicUrl, patient: req.body.patient });
        if (!link) throw new AppError('not_found', { message: `no demo patient${req.body.patient ? ` ${req.body.patient}` : ''} with a balance to pay (is the demo tenant seeded?)` });
        return link;
      },
    );
  };
}
