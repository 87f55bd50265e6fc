/** Errors from the API carry a code and a message safe to show to people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly userMessage: string,
    readonly issues: Array<{ path: string; message: string }> = [],
  ) {
    super(userMessage);
  }
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const res = await fetch(path, {
    credentials: 'same-origin',
    ...rest,
    headers: { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...(rest.headers ?? {}) },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (res.status === 204) return undefined as T;
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = body?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'internal', e.userMessage ?? 'Something went wrong.', e.issues ?? []);
  }
  return body as T;
}

export function formatCents(cents: number, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(cents / 100);
}

export interface Me {
  userId: string;
  tenantId: string;
  tenantName: string;
  tenantKind: string;
  email: string;
  displayName: string;
  roles: string[];
  /** What the roles allow, from the API's own permission table. */
  permissions?: string[];
}

/** True when the signed-in person may use `permission` (the same table the API enforces). */
export function may(me: Pick<Me, 'permissions'> | null | undefined, permission: string): boolean {
  return !!me?.permissions?.includes(permission);
}
