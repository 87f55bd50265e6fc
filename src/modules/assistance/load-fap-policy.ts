import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { tenants } from '../identity/index.js';
import { assistanceError } from './errors.js';
import { FapPolicy, type FapPolicyInput } from './fap-policy.schema.js';
import { fapPolicyFromPreset } from './fap-presets.js';

/**
 * A tenant without its own FAP (`tenants.settings.payments.fap`) gets a common nonprofit sliding
 * scale: free care at or below 200% of the poverty guideline, 75% off to 300%, 50% off to 400%,
 * never more than amounts generally billed (40% of gross charges).
 */
export const DEFAULT_FAP_POLICY: FapPolicyInput = {
  name: 'kindly-default',
  tiers: [
    { maxFplPercent: 200, discountPct: 100 },
    { maxFplPercent: 300, discountPct: 75 },
    { maxFplPercent: 400, discountPct: 50 },
  ],
  agbPct: 40,
};

const Setting = z.union([z.object({ preset: z.string() }).passthrough(), z.record(z.string(), z.unknown())]);

/** The tenant's financial assistance policy: a preset with overrides, a full policy, or the default. */
export async function loadFapPolicy(q: Queryable, tenantId: string): Promise<FapPolicy> {
  const [t] = await q.select({ settings: tenants.settings, timeZone: tenants.timeZone }).from(tenants).where(eq(tenants.id, tenantId));
  if (!t) throw new AppError('not_found', { message: 'tenant not found' });
  const payments = (t.settings as { payments?: { fap?: unknown } }).payments;
  const raw = Setting.safeParse(payments?.fap ?? DEFAULT_FAP_POLICY);
  try {
    if (!raw.success) throw assistanceError('invalid_input', { message: 'settings.payments.fap must be an object' });
    const { preset, ...rest } = raw.data as { preset?: string } & Record<string, unknown>;
    if (preset) return fapPolicyFromPreset(preset, { timeZone: t.timeZone, ...(rest as object) });
    return FapPolicy.parse({ timeZone: t.timeZone, ...raw.data });
  } catch (err) {
    throw new AppError('validation_failed', { message: `tenant FAP policy: ${(err as Error).message}`, cause: err });
  }
}
