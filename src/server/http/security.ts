import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/index.js';
import { loadStaff, servedOverTls, SESSION_COOKIE, type AppDeps } from './context.js';

/** The portal's session cookie (set by the portal routes); named here so the origin check sees it. */
const PORTAL_SESSION_COOKIE = 'kindly_portal';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The browser-facing Content-Security-Policy. Scripts come only from our own files (the Vite build
 * emits no inline script). Styles allow 'unsafe-inline' because Mantine writes its CSS variables
 * into a <style> element at run time and its components set style attributes; style injection
 * cannot run script, and script-src stays strict. object-src allows our own blob: URLs so a PDF
 * letter opened from the portal still shows in the browser's viewer.
 */
export function contentSecurityPolicy(tls: boolean): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'self'", 'blob:'],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    ...(tls ? { upgradeInsecureRequests: [] } : {}),
  };
}

/**
 * The patient pages' policy: the staff policy plus Stripe's documented origins, because a hospital
 * that takes cards on its own Stripe account gets Stripe.js and its card field (an iframe) on the
 * payment form. Only the patient pages' documents get it; staff pages keep script-src 'self'.
 */
export function patientPageCsp(tls: boolean): string {
  const d = contentSecurityPolicy(tls);
  const directives: Record<string, string[]> = {
    ...d,
    scriptSrc: [...d.scriptSrc!, 'https://js.stripe.com'],
    frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
    connectSrc: [...d.connectSrc!, 'https://api.stripe.com'],
  };
  return Object.entries(directives)
    .map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), ...v].join(' '))
    .join(';');
}

/** The browser paths that open the payment form: the portal (`/pay/<token>`) and a message's short link (`/p/<code>`, `/p`). */
const PATIENT_PAGE = /^\/(pay\/|p(\/|$|\?))/;

/** Swagger UI brings its own CSP (hashes of its inline bits); keep its framing and TLS rules ours. */
export function docsCsp(tls: boolean): (header: string) => string {
  return (header) => {
    const h = header.replace("frame-ancestors 'self'", "frame-ancestors 'none'");
    return tls ? h : h.replace(/\s*upgrade-insecure-requests;?/, '');
  };
}

/**
 * Security headers (helmet), the origin check on state-changing requests that carry a session
 * cookie, and the sign-in in front of the API docs outside development.
 */
export async function registerSecurity(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const tls = servedOverTls(deps.publicUrl);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(tls) },
    // HSTS only when the product is configured to be served over TLS: on plain http it would be
    // ignored at best and, on a shared hostname, pin other services to https at worst.
    hsts: tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Portal URLs carry link tokens and staff URLs can carry search terms: never send them onward.
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });

  const publicOrigin = new URL(deps.publicUrl).origin;
  // Answered here rather than thrown: plugins registered before the app's error handler (Swagger UI,
  // static files) would otherwise turn the refusal into a 500.
  const refuse = (reply: FastifyReply, e: AppError) => reply.code(e.httpStatus).send({ error: e.toJSON() });
  const patientCsp = patientPageCsp(tls);
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method === 'GET' && PATIENT_PAGE.test(req.url) && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.header('content-security-policy', patientCsp);
    return payload;
  });
  app.addHook('onRequest', async (req, reply) => {
    if (STATE_CHANGING.has(req.method) && hasSessionCookie(req) && !sameOrigin(req, publicOrigin)) {
      return refuse(reply, new AppError('forbidden', { message: 'cross-origin request refused', userMessage: 'This request came from another site, so it was refused. Please use Kindly directly.' }));
    }
    if (!deps.docsPublic && isDocs(req.url)) {
      await loadStaff(deps, req);
      if (!req.staff) return refuse(reply, new AppError('unauthenticated', { message: 'the API docs need a staff sign-in' }));
    }
  });
}

function hasSessionCookie(req: FastifyRequest): boolean {
  return Boolean(req.cookies?.[SESSION_COOKIE] || req.cookies?.[PORTAL_SESSION_COOKIE]);
}

function isDocs(url: string): boolean {
  return url === '/openapi.json' || url.startsWith('/openapi.json?') || url === '/docs' || url.startsWith('/docs/') || url.startsWith('/docs?');
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * Did a cookie-carrying request come from our own pages? Browsers set Sec-Fetch-Site and Origin
 * themselves (page scripts cannot), so a cross-site form or fetch is recognised even where
 * SameSite is not honoured. A client that sends neither (curl, API scripts) is not a browser
 * riding on a victim's cookie and passes.
 */
function sameOrigin(req: FastifyRequest, publicOrigin: string): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'same-origin') return true;
  const origin = req.headers.origin;
  // With Referrer-Policy no-referrer, browsers send "Origin: null" on same-origin POSTs; the
  // Sec-Fetch-Site check above accepts those, so "null" here is treated as foreign.
  if (typeof origin === 'string' && origin !== '') return origin === publicOrigin;
  const referer = req.headers.referer;
  if (typeof referer === 'string' && referer !== '') return originOf(referer) === publicOrigin;
  return site === undefined || site === 'none';
}
