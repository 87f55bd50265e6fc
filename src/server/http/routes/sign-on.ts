import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { constantTimeEqual, hmacSha256 } from '../../../platform/crypto/index.js';
import {
  findSignOnOffer, finishSignOn, getSignOnSettings, removeSignOnSettings, ROLES, saveSignOnSettings, SIGN_ON_ATTEMPT_MS, startSignOn, type PendingSignOn,
} from '../../../modules/identity/index.js';
import type { ZodApp } from '../app.js';
import { noStore, requirePermission, servedOverTls, SESSION_COOKIE, setSessionCookie, type AppDeps } from '../context.js';

/** The cookie that carries one sign-on attempt (state, nonce, PKCE verifier) from start to callback. */
export const SIGN_ON_COOKIE = 'kindly_sign_on';
const COOKIE_PATH = '/api/v1/auth/oidc';

const SettingsSchema = z.object({
  displayName: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  allowedDomains: z.array(z.string()),
  roleClaim: z.string().nullable(),
  roleMap: z.record(z.string(), z.string()),
  enabled: z.boolean(),
  updatedAt: z.string(),
});

function sealPending(secret: string, pending: PendingSignOn): string {
  const body = Buffer.from(JSON.stringify(pending)).toString('base64url');
  return `${body}.${hmacSha256(`sign-on\u0000${secret}`, body)}`;
}

function openPending(secret: string, value: string | undefined): PendingSignOn | null {
  const [body, mac] = (value ?? '').split('.');
  if (!body || !mac || !constantTimeEqual(mac, hmacSha256(`sign-on\u0000${secret}`, body))) return null;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PendingSignOn;
  } catch {
    return null;
  }
}

/** OpenID Connect sign-in per tenant, and its settings in the admin pages. */
export function signOnRoutes(app: ZodApp, deps: AppDeps): void {
  const db = deps.database.db;
  const redirectUri = `${deps.publicUrl.replace(/\/$/, '')}/api/v1/auth/oidc/callback`;
  const backToSignIn = (reply: FastifyReply, query: string) => reply.redirect(`/?${query}`, 303);

  app.get(
    '/api/v1/auth/oidc',
    { schema: { tags: ['auth'], summary: "The tenant's single sign-on button, if it has one (by tenant slug; without one, the installation's only tenant)", querystring: z.object({ tenant: z.string().max(100).optional() }), response: { 200: z.object({ offer: z.object({ tenantSlug: z.string(), displayName: z.string() }).nullable() }) } } },
    async (req) => ({ offer: await findSignOnOffer(db, req.query.tenant) }),
  );

  app.get(
    '/api/v1/auth/oidc/start',
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } }, schema: { tags: ['auth'], summary: "Sends the browser to the tenant's identity provider (authorization code with PKCE)", querystring: z.object({ tenant: z.string().min(1).max(100) }) } },
    async (req, reply) => {
      let started: Awaited<ReturnType<typeof startSignOn>>;
      try {
        started = await startSignOn({ db, clock: deps.clock, tenantSlug: req.query.tenant, redirectUri });
      } catch (err) {
        req.log.warn({ code: (err as { code?: string }).code ?? 'unknown' }, 'identity provider unreachable');
        return backToSignIn(reply, 'sso_error=provider_error');
      }
      if (!started) return backToSignIn(reply, 'sso_error=not_configured');
      // Lax, not Strict: the browser comes back from the provider's site with a top-level GET.
      reply.setCookie(SIGN_ON_COOKIE, sealPending(deps.secret, started.pending), { httpOnly: true, sameSite: 'lax', secure: servedOverTls(deps.publicUrl), path: COOKIE_PATH, maxAge: SIGN_ON_ATTEMPT_MS / 1000 });
      return reply.redirect(started.url, 303);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } }, schema: { tags: ['auth'], summary: 'Where the identity provider sends the browser back; signs the staff member in or explains why not', querystring: z.record(z.string(), z.string()) } },
    async (req: FastifyRequest, reply) => {
      const pending = openPending(deps.secret, req.cookies[SIGN_ON_COOKIE]);
      reply.clearCookie(SIGN_ON_COOKIE, { path: COOKIE_PATH });
      if (!pending) return backToSignIn(reply, 'sso_error=expired');
      const outcome = await finishSignOn({
        db, clock: deps.clock, pending, callbackUrl: new URL(req.url, redirectUri), requestId: String(req.id), policy: deps.sessionPolicy,
        log: (code) => req.log.warn({ code }, 'single sign-on refused by the identity provider'),
      });
      if (!outcome.ok) return backToSignIn(reply, `sso_error=${outcome.reason}`);
      setSessionCookie(req, reply, { name: SESSION_COOKIE, token: outcome.token, path: '/', expiresAt: outcome.expiresAt, now: deps.clock.now(), publicUrl: deps.publicUrl });
      return reply.redirect('/', 303);
    },
  );

  app.get('/api/v1/admin/sign-on', { schema: { tags: ['admin'], summary: "The tenant's identity provider (the client secret is never shown)", response: { 200: z.object({ settings: SettingsSchema.nullable(), redirectUri: z.string() }) } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'users.manage', 'operations');
    noStore(reply);
    return { settings: await getSignOnSettings(db, ctx.tenantId), redirectUri };
  });

  app.put(
    '/api/v1/admin/sign-on',
    {
      schema: {
        tags: ['admin'],
        summary: "Sets up or changes the tenant's OpenID Connect identity provider",
        body: z.object({
          displayName: z.string().trim().min(1).max(60),
          issuer: z.string().max(300),
          clientId: z.string().max(300),
          clientSecret: z.string().max(500).optional(),
          allowedDomains: z.array(z.string().max(200)).max(20),
          roleClaim: z.string().max(100).nullable().optional(),
          roleMap: z.record(z.string().max(200), z.enum(ROLES)).optional(),
          enabled: z.boolean(),
        }),
        response: { 200: SettingsSchema },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'users.manage', 'operations');
      noStore(reply);
      return saveSignOnSettings({ db, clock: deps.clock, tenantId: ctx.tenantId, actorId: req.staff!.userId, requestId: String(req.id), input: req.body });
    },
  );

  app.delete('/api/v1/admin/sign-on', { schema: { tags: ['admin'], summary: "Removes the tenant's identity provider (passwords only again)", response: { 204: z.null() } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'users.manage', 'operations');
    await removeSignOnSettings({ db, clock: deps.clock, tenantId: ctx.tenantId, actorId: req.staff!.userId, requestId: String(req.id) });
    return reply.code(204).send(null);
  });
}
