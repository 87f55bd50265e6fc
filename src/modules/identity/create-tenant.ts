import { hashPassword } from '../../platform/crypto/index.js';
import type { Queryable } from '../../platform/db/index.js';
import { stableId } from '../../platform/ids/index.js';
import type { Role } from './roles.js';
import { tenants, users, type TenantKind } from './schema.js';

export interface CreateTenantOptions {
  slug: string;
  name: string;
  kind: TenantKind;
  collectorRole?: 'original_creditor' | 'debt_collector';
  state?: string;
  timeZone?: string;
  settings?: Record<string, unknown>;
  staff?: Array<{ email: string; displayName: string; password: string; roles: Role[] }>;
}

/** Creates a tenant and its staff; idempotent by slug and email (re-running changes nothing). */
export async function createTenant(q: Queryable, opts: CreateTenantOptions): Promise<{ tenantId: string; created: boolean }> {
  const tenantId = stableId('tenant', opts.slug);
  const inserted = await q
    .insert(tenants)
    .values({
      id: tenantId,
      slug: opts.slug,
      name: opts.name,
      kind: opts.kind,
      collectorRole: opts.collectorRole ?? (opts.kind === 'agency' ? 'debt_collector' : 'original_creditor'),
      state: opts.state ?? null,
      timeZone: opts.timeZone ?? 'America/New_York',
      settings: opts.settings ?? {},
    })
    .onConflictDoNothing()
    .returning({ id: tenants.id });
  for (const s of opts.staff ?? []) {
    await q
      .insert(users)
      .values({
        id: stableId('user', s.email.toLowerCase()),
        tenantId,
        email: s.email.toLowerCase(),
        displayName: s.displayName,
        passwordHash: await hashPassword(s.password),
        roles: s.roles,
      })
      .onConflictDoNothing();
  }
  return { tenantId, created: inserted.length > 0 };
}
