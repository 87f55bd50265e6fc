import type { Command } from 'commander';
import { systemClock } from '../../../platform/clock/index.js';
import type { Database } from '../../../platform/db/index.js';
import { createPaymentLink } from '../../../modules/payments/index.js';
import { DEMO_TENANT_SLUG, seedDemoTenant } from '../../../modules/simulation/index.js';
import { loadConfig } from '../../config.js';
import { loadSecret, openConfiguredDatabase } from '../../runtime.js';
import { EXIT_REJECTED, printJsonLine, type RegisterCommand } from '../command.js';

export interface DemoLinkOptions {
  database: Database;
  appSecret: string;
  publicUrl: string;
  /** A person id or external ref of the demo tenant; default: the first patient with a balance. */
  patient?: string;
  now?: Date;
}

/** A signed portal link for a demo patient's account with a balance (seeds the demo tenant if needed). */
export async function createDemoLink(opts: DemoLinkOptions): Promise<{ url: string; accountId: string; personId: string; expiresAt: string } | null> {
  const clock = opts.now ? { now: () => opts.now! } : systemClock;
  const [tenant] = await opts.database.query<{ id: string }>('select id from tenants where slug = $1', [DEMO_TENANT_SLUG]);
  if (!tenant) await seedDemoTenant(opts.database.db, clock);
  const [row] = await opts.database.query<{ id: string; tenant_id: string }>(
    `select a.id, a.tenant_id from accounts a join tenants t on t.id = a.tenant_id join persons p on p.id = a.person_id
     where t.slug = $1 and a.patient_due_cents > 0 and p.birth_date is not null
       and ($2::text is null or p.id = $2 or p.external_ref = $2)
     order by (select count(*) from contact_points c where c.person_id = p.id and c.system = 'email') desc, a.patient_due_cents desc, a.id limit 1`,
    [DEMO_TENANT_SLUG, opts.patient ?? null],
  );
  if (!row) return null;
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
  return { url: link.url, accountId: link.accountId, personId: link.personId, expiresAt: link.expiresAt };
}

export const registerDemoLink: RegisterCommand = (program: Command) => {
  program
    .command('demo-link')
    .description('A signed portal link for a demo patient (prints {"url"})')
    .option('--patient <id>', 'person id or external ref of a demo patient with a balance')
    .action(async (opts: { patient?: string }) => {
      const config = loadConfig({ dataDir: program.opts().dataDir });
      const database = await openConfiguredDatabase(config);
      try {
        const secret = await loadSecret(database, config.secret);
        const link = await createDemoLink({ database, appSecret: secret, publicUrl: config.publicUrl, patient: opts.patient });
        if (!link) {
          process.stderr.write(`kindly demo-link: no demo patient${opts.patient ? ` ${opts.patient}` : ''} with a balance to pay\n`);
          process.exitCode = EXIT_REJECTED;
          return;
        }
        printJsonLine({ url: link.url });
      } finally {
        await database.close();
      }
    });
};
