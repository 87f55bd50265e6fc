import type { z } from 'zod';

/** One invalid field: `path` is like `policy.maxMonths` or `installments[2].amountCents`. */
export interface FieldError {
  path: string;
  message: string;
}

/** Formats a zod path as `a.b[2].c` (CONVENTIONS example 4). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Every problem of a failed parse, listed at once. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
