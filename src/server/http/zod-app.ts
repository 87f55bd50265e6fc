import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from './context.js';

// The app's type lives apart from app.ts so route files can name it without importing the file
// that assembles them (which would be an import loop).
export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** A group of routes; every group is listed once, in routes/index.ts. */
export type RouteGroup = (app: ZodApp, deps: AppDeps) => void;
