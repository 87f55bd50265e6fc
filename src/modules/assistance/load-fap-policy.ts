import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/index.js';
import type { FieldIssue } from '../../platform/errors/index.js';
import { latestDocument } from '../configuration/pure.js';
import { AppError } from '../../platform/errors/index.js';
import { tenants } from '../identity/index.js';
import { assistanceError } from './errors.js';
import { FapPolicy } from './fap-policy.schema.js';
import { fapPolicyFromPreset } from './fap-presets.js';
import { DEFAULT_FAP_POLICY } from './default-fap-policy.js';

export { DEFAULT_FAP_POLICY };

const Setting = z.union([z.object({ preset: z.string() }).passthrough(), z.record(z.string(), z.unknown())]);

/** Parses a FAP policy document (a preset with overrides, or a full policy) in the tenant's zone. */
export function parseFapPolicy(body: unknown, timeZone: string): FapPolicy {
  const raw = Setting.safeParse(body);
  if (!raw.success) throw assistanceError('invalid_input', { message: 'the FAP policy must be an object' });
  const { preset, ...rest } = raw.data as { preset?: string } & Record<string, unknown>;
  if (preset) return fapPolicyFromPreset(preset, { timeZone, ...(rest as object) });
  return FapPolicy.parse({ timeZone, ...raw.data });
}

/** Every problem of a FAP policy document at once, with its path. */
export function checkFapPolicy(body: unknown, timeZone: string): FieldIssue[] {
  try {
    parseFapPolicy(body, timeZone);
    return [];
  } catch (err) {
    const zi = (err as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    if (Array.isArray(zi)) return zi.map((i) => ({ path: i.path.map(String).join('.') || '(document)', message: i.message }));
    return [{ path: '(document)', message: (err as Error).message }];
  }
}

/**
 * The tenant's financial assistance policy and its version: the newest published document
 * (Admin → Policies), else `tenants.settings.payments.fap`, else the default (version 0).
 */
export async function loadFapPolicyVersioned(q: Queryable, tenantId: string): Promise<{ policy: FapPolicy; version: number }> {
  const [t] = await q.select({ settings: tenants.settings, timeZone: tenants.timeZone }).from(tenants).where(eq(tenants.id, tenantId));
  if (!t) throw new AppError('not_found', { message: 'tenant not found' });
  const doc = await latestDocument(q, tenantId, 'fap_policy');
  const payments = (t.settings as { payments?: { fap?: unknown } }).payments;
  try {
    return { policy: parseFapPolicy(doc ? doc.body : (payments?.fap ?? DEFAULT_FAP_POLICY), t.timeZone), version: doc?.version ?? 0 };
  } catch (err) {
    throw new AppError('validation_failed', { message: `tenant FAP policy: ${(err as Error).message}`, cause: err });
  }
}

/** The tenant's financial assistance policy (see loadFapPolicyVersioned). */
export async function loadFapPolicy(q: Queryable, tenantId: string): Promise<FapPolicy> {
  return (await loadFapPolicyVersioned(q, tenantId)).policy;
}

/** The FAP policy a tenant's settings give, before any document is published (version 0 in the editor). */
export async function shippedFapPolicy(q: Queryable, tenantId: string): Promise<unknown> {
  const [t] = await q.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, tenantId));
  return (t?.settings as { payments?: { fap?: unknown } } | undefined)?.payments?.fap ?? DEFAULT_FAP_POLICY;
}
