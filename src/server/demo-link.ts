import { systemClock } from '../platform/clock/index.js';
import type { Database } from '../platform/db/index.js';
import { createPaymentLink } from '../modules/payments/index.js';
import { decryptPersonFields } from '../modules/people/index.js';
import { DEMO_TENANT_SLUG, seedDemoTenant } from '../modules/simulation/index.js';

export interface DemoLinkOptions {
  database: Database;
  appSecret: string;
  publicUrl: string;
  /** A person id or external ref of the demo tenant; default: the first patient with a balance. */
  patient?: string;
  now?: Date;
  /** Seed the demo tenant when it is missing (the CLI on the embedded default; never the server). */
  seedIfMissing?: boolean;
}

export interface DemoLink {
  url: string;
  accountId: string;
  personId: string;
  expiresAt: string;
  /** Synthetic demo data only: who the link is for and what to type at the identity check. */
  patient: { name: string; identityCheck: { dateOfBirth: string; lastName: string; zip: string | null } };
}

/**
 * A signed portal link for a demo patient's account with a balance. Only the demo tenant's
 * synthetic patients are ever reachable here, so printing their identity answers reveals no one.
 */
export async function createDemoLink(opts: DemoLinkOptions): Promise<DemoLink | null> {
  const clock = opts.now ? { now: () => opts.now! } : systemClock;
  const [tenant] = await opts.database.query<{ id: string }>('select id from tenants where slug = $1', [DEMO_TENANT_SLUG]);
  if (!tenant) {
    if (!opts.seedIfMissing) return null;
    await seedDemoTenant(opts.database.db, clock);
  }
  const [row] = await opts.database.query<{ id: string; tenant_id: string; given_name: string | null; family_name: string; birth_date: string; postal_code: string | null }>(
    `select a.id, a.tenant_id, p.given_name, p.family_name, p.birth_date, p.postal_code
       from accounts a join tenants t on t.id = a.tenant_id join persons p on p.id = a.person_id
     where t.slug = $1 and a.patient_due_cents > 0 and p.birth_date is not null
       and ($2::text is null or p.id = $2 or p.external_ref = $2)
     order by (select count(*) from contact_points c where c.person_id = p.id and c.system = 'email') desc, a.patient_due_cents desc, a.id limit 1`,
    [DEMO_TENANT_SLUG, opts.patient ?? null],
  );
  if (!row) return null;
  // The person columns are stored encrypted.
  decryptPersonFields(row);
  const link = await opts.database.db.transaction((tx) =>
    createPaymentLink({
      q: tx,
      ctx: { tenantId: row.tenant_id, actor: { kind: 'system', id: 'kindly-demo-link', roles: [] }, purpose: 'operations', clock },
      accountId: row.id,
      appSecret: opts.appSecret,
      publicUrl: opts.publicUrl,
      purpose: 'demo',
    }),
  );
  return {
    url: link.url,
    accountId: link.accountId,
    personId: link.personId,
    expiresAt: link.expiresAt,
    patient: {
      name: [row.given_name, row.family_name].filter(Boolean).join(' '),
      identityCheck: { dateOfBirth: String(row.birth_date).slice(0, 10), lastName: row.family_name, zip: row.postal_code },
    },
  };
}
