import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/index.js';
import type { FieldIssue } from '../../platform/errors/index.js';
import { latestDocumentFromRow, latestDocumentJsonSql } from '../configuration/pure.js';
import { AppError } from '../../platform/errors/index.js';
import { tenants } from '../identity/index.js';
import { DiscountPolicy } from './discounts.schema.js';
import { PlanPolicy } from './plan-quote.schema.js';
import { ServicingPolicy } from './plan-state.js';
import { fieldErrors } from './validation.js';

/**
 * The tenant's payment options as data (`tenants.settings.payments`): discounts, plan terms and
 * servicing. A tenant that sets nothing gets these defaults: 24 interest-free months, at least $25
 * a month unless the patient's own budget is lower, never more than 10% of stated income; 5% off
 * for paying in full within 30 days of the first statement.
 */
export const TenantPaymentPolicy = z.object({
  discounts: DiscountPolicy.default({ earlyOut: { pct: 5, withinDaysOfFirstStatement: 30 } }),
  plan: PlanPolicy.default({ maxMonths: 24, minMonthlyPaymentCents: 2500, maxShareOfMonthlyIncomePct: 10 }),
  servicing: ServicingPolicy.prefault({}),
  /** How many days from today a plan's first installment falls by default. */
  firstInstallmentInDays: z.number().int().min(0).max(90).default(30),
});
export type TenantPaymentPolicy = z.output<typeof TenantPaymentPolicy>;

/** Parses a tenant's settings, listing every problem at once with its path. */
export function parseTenantPaymentPolicy(settings: unknown): TenantPaymentPolicy {
  const raw = (settings && typeof settings === 'object' ? (settings as Record<string, unknown>).payments : undefined) ?? {};
  const parsed = TenantPaymentPolicy.safeParse(raw);
  if (!parsed.success) {
    const issues = fieldErrors(parsed.error).map((e) => ({ path: `settings.payments.${e.path}`, message: e.message }));
    throw new AppError('validation_failed', { message: `tenant payment policy: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues });
  }
  return parsed.data;
}

/** Every problem of a payment policy document (the `payments` object: discounts, plan, servicing) at once. */
export function checkPaymentPolicy(body: unknown): FieldIssue[] {
  const parsed = TenantPaymentPolicy.safeParse(body ?? {});
  return parsed.success ? [] : fieldErrors(parsed.error).map((e) => ({ path: e.path || '(document)', message: e.message }));
}

/** The payment policy in the tenant's settings with its defaults filled in (version 0 in the editor). */
export async function shippedPaymentPolicy(q: Queryable, tenantId: string): Promise<TenantPaymentPolicy> {
  const [t] = await q.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, tenantId));
  return parseTenantPaymentPolicy(t?.settings ?? {});
}

/**
 * The tenant's payment policy: the newest published document (Admin → Policies), else
 * `tenants.settings.payments`, else the defaults; `version` says which (0: not a document).
 */
export async function loadPaymentPolicy(q: Queryable, tenantId: string): Promise<TenantPaymentPolicy & { timeZone: string; state: string | null; version: number }> {
  // The tenant's settings and its published policy document in one statement.
  const [t] = await q
    .select({ settings: tenants.settings, timeZone: tenants.timeZone, state: tenants.state, doc: sql<{ version: number; body: unknown } | null>`${latestDocumentJsonSql(sql`${tenantId}`, 'payment_policy')}` })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  if (!t) throw new AppError('not_found', { message: 'tenant not found' });
  const doc = latestDocumentFromRow(t.doc);
  const policy = parseTenantPaymentPolicy(doc ? { payments: doc.body } : t.settings);
  return { ...policy, timeZone: t.timeZone, state: t.state, version: doc?.version ?? 0 };
}
