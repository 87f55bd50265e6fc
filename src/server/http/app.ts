import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors/index.js';
import { newId } from '../../platform/ids/index.js';
import { repoRoot } from '../../platform/shared-data/index.js';
import { loadStaff, servedOverTls, type AppDeps } from './context.js';
import { docsCsp, registerSecurity } from './security.js';
import { registerEdgeGuards } from './edge.js';
import { responseSerializer } from './serializer.js';
import type { RouteGroup, ZodApp } from './zod-app.js';

export type { RouteGroup, ZodApp } from './zod-app.js';

export const WEB_DIST = join(repoRoot, 'web', 'dist');

/**
 * The HTTP app with the given route groups (`routeGroups` from routes/index.ts, the one list of
 * them). This file imports no route, so routes may import its types without an import loop.
 * `strictResponses` (tests) fails a response whose schema would drop a field the handler returned.
 */
export async function buildApp(deps: AppDeps, routes: RouteGroup[], opts: { strictResponses?: boolean } = {}): Promise<ZodApp> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : newId();
    },
    // Only configured proxies may say who the client is; otherwise X-Forwarded-For is ignored and
    // the per-IP rate limits key on the socket address.
    trustProxy: deps.trustProxy && deps.trustProxy.length > 0 ? deps.trustProxy : false,
    bodyLimit: 50 * 1024 * 1024,
    // Plugins (the OpenAPI document of every route, the static web app) are registered once at
    // boot; on a busy 2-core machine that can take longer than Fastify's 10 s default, and a
    // slow boot should not be a failed one.
    pluginTimeout: 120_000,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer({ strict: opts.strictResponses ?? false }));
  app.decorateRequest('staff', null);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', String(req.id));
  });

  await app.register(fastifyCookie);
  await registerSecurity(app, deps);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Kindly API', description: 'Empathetic healthcare collections', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kindly_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true, transformStaticCSP: docsCsp(servedOverTls(deps.publicUrl)) });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Who is calling is known before any body is read (uploads are refused unread when anonymous).
  app.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/api/')) await loadStaff(deps, req);
  });
  registerEdgeGuards(app);

  app.setErrorHandler((err, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]'),
        message: v.message ?? 'invalid',
      }));
      const e = new AppError('validation_failed', { message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues });
      return reply.code(e.httpStatus).send({ error: e.toJSON() });
    }
    // Every error a module raises is an AppError (modules declare their reasons with the code each
    // answers with), so only an error nobody named reaches the 500 below.
    if (err instanceof AppError) {
      if (err.httpStatus >= 500) req.log.error({ err, code: err.code, reason: err.reason }, 'request failed');
      return reply.code(err.httpStatus).send({ error: err.toJSON() });
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status === 429) return reply.code(429).send({ error: new AppError('rate_limited').toJSON() });
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: new AppError('bad_request', { message: (err as Error).message }).toJSON() });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: new AppError('internal').toJSON() });
  });

  for (const group of routes) group(app, deps);

  if (existsSync(join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  // The web app routes on the client: unknown non-API GETs get index.html.
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api/') && existsSync(join(WEB_DIST, 'index.html'))) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ error: new AppError('not_found', { message: `${req.method} ${req.url} not found` }).toJSON() });
  });
  return app;
}
