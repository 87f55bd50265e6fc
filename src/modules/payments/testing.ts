import { sql } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { rows, type Database } from '../../platform/db/index.js';
import { DEMO_TENANT_SLUG, seedDemoTenant } from '../simulation/index.js';
import { SandboxGateway } from './sandbox-gateway.js';
import { DbSandboxStore } from './db-sandbox-store.js';
import { useGateway } from './gateway-registry.js';
import { decryptContactValue, decryptPersonFields } from '../people/index.js';

/** A demo account with a patient balance and what the patient would type to verify (tests only). */
export interface PayableAccount {
  tenantId: string;
  accountId: string;
  personId: string;
  dueCents: number;
  birthDate: string;
  familyName: string;
  postalCode: string;
  email: string | null;
}

/** Seeds the demo tenant once (idempotent) and lists accounts that have a patient balance, largest first. */
export async function payableAccounts(database: Database, clock: Clock, opts: { persons?: number } = {}): Promise<PayableAccount[]> {
  await seedDemoTenant(database.db, clock, { persons: opts.persons ?? 25 });
  const found = await rows<{ tenant_id: string; id: string; person_id: string; patient_due_cents: number; birth_date: string; family_name: string; postal_code: string; email: string | null }>(
    database.db,
    sql`select a.tenant_id, a.id, a.person_id, a.patient_due_cents, p.birth_date, p.family_name, p.postal_code,
          (select value from contact_points c where c.person_id = p.id and c.system = 'email' order by rank limit 1) as email
        from accounts a join persons p on p.id = a.person_id join tenants t on t.id = a.tenant_id
        where t.slug = ${DEMO_TENANT_SLUG} and a.patient_due_cents > 1000 and p.birth_date is not null
        order by a.patient_due_cents desc, a.id`,
  );
  for (const r of found) {
    decryptPersonFields(r);
    r.email = decryptContactValue(r.email);
  }
  return found.map((r) => ({
    tenantId: r.tenant_id,
    accountId: r.id,
    personId: r.person_id,
    dueCents: Number(r.patient_due_cents),
    birthDate: r.birth_date,
    familyName: r.family_name,
    postalCode: r.postal_code,
    email: r.email,
  }));
}

/** The sandbox on the test's clock, shared through the database, registered for `database`. */
export function useSandbox(database: Database, clock: Clock): SandboxGateway {
  const gateway = new SandboxGateway({ store: new DbSandboxStore(database), clock: () => clock.now() });
  useGateway(database, gateway);
  return gateway;
}

export function staffCtx(tenantId: string, clock: Clock, id = 'test-staff'): AccessContext {
  return { tenantId, actor: { kind: 'user', id, roles: ['admin'] }, purpose: 'payment', clock };
}

export async function ledgerSum(database: Database, accountId: string, kind?: string): Promise<number> {
  const [r] = await rows<{ s: number }>(database.db, sql`select coalesce(sum(amount_cents), 0)::bigint as s from ledger_entries where account_id = ${accountId} ${kind ? sql`and kind = ${kind}` : sql``}`);
  return Number(r?.s ?? 0);
}
