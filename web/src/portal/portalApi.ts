import { ApiError } from '../ui/api';
import type { Lang } from './i18n';

/** Calls the portal API with the link token; the session cookie rides along (HttpOnly, same origin). */
export async function portalApi<T>(token: string, lang: Lang, path: string, init: { method?: string; json?: unknown; body?: Blob; contentType?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { 'x-portal-link': token, 'x-portal-language': lang };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (init.contentType) headers['content-type'] = init.contentType;
  const res = await fetch(`/api/v1/portal${path}`, {
    method: init.method ?? (init.json !== undefined || init.body ? 'POST' : 'GET'),
    credentials: 'same-origin',
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
  if (res.status === 204) return undefined as T;
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = body?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'internal', e.userMessage ?? 'Something went wrong.', e.issues ?? []);
  }
  return body as T;
}

export type { ApplicationView, LinkStatus, PaymentView, PlanOption, PlanView, PortalPlanQuote as PlanQuote, PortalSummary as Summary } from '@contracts/portal';

export function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
