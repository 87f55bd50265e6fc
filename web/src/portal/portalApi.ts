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

export interface LinkStatus {
  tenantName: string;
  actions: string[];
  expiresAt: string;
  verified: boolean;
  locked: boolean;
  lockedUntil: string | null;
}

export interface PaymentView {
  id: string;
  status: string;
  amountCents: number;
  discountCents: number;
  card: { brand: string; last4: string } | null;
  completedAt: string | null;
}

export interface PlanView {
  id: string;
  status: string;
  totalCents: number;
  remainingCents: number;
  monthlyPaymentCents: number;
  nextDue: { seq: number; dueOn: string; amountCents: number } | null;
  installments: Array<{ seq: number; dueOn: string; amountCents: number; paidCents: number }>;
}

export interface ApplicationView {
  id: string;
  status: string;
  missing: Array<{ item: string; message: string; messageEs: string }>;
}

export interface Summary {
  tenantName: string;
  givenName: string;
  account: { id: string; patientDueCents: number; insurancePendingCents: number; status: string };
  statementHtml: string;
  payInFull: { kind: string | null; discountPct: number; discountCents: number; amountDueCents: number; validThrough: string | null };
  plan: PlanView | null;
  assistance: ApplicationView | null;
  payments: PaymentView[];
  actions: string[];
  gateway: string;
}

export interface PlanOption {
  months: number;
  monthlyPaymentCents: number;
  totalCents: number;
  firstDueOn: string;
  lastDueOn: string;
  label: string;
  schedule: Array<{ dueOn: string; amountCents: number }>;
}

export interface PlanQuote {
  balanceCents: number;
  capCents: number;
  options: PlanOption[];
  recommended: number | null;
  referToAssistance: boolean;
}

export function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
