import type { Command } from 'commander';
import { systemClock } from '../../../platform/clock/index.js';
import { EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

export const registerSeed: RegisterCommand = (program: Command) => {
  program
    .command('seed')
    .description('Create the demo tenant (synthetic population), idempotent')
    .option('--demo', 'seed the demo tenant')
    .option('--persons <n>', 'number of synthetic patients', '120')
    .action(async (opts: { demo?: boolean; persons: string }) => {
      if (!opts.demo) {
        process.stderr.write('kindly seed: pass --demo\n');
        process.exitCode = EXIT_USAGE;
        return;
      }
      const [{ DEMO_TENANT_SLUG, seedDemoTenant }, { runScoring }, { addCoverage }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([
        import('../../../modules/simulation/index.js'),
        import('../../../modules/scoring/index.js'),
        import('../../../modules/frontdesk/index.js'),
        import('../../config.js'),
        import('../../runtime.js'),
      ]);
      const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
      try {
        const counts = await seedDemoTenant(database.db, systemClock, { persons: Number(opts.persons) });
        // The account pages show scores and the assistance screening from the first sign-in.
        const [demo] = await database.query<{ id: string }>('select id from tenants where slug = $1', [DEMO_TENANT_SLUG]);
        // A few demo patients have Medicaid on file (as the front desk would record it), so the
        // presumptive screening has someone to find: the first five, by record number, who owe
        // something and have no coverage yet. Idempotent: a second seed finds them covered.
        if (demo && counts.tenantCreated) {
          const ctx = { tenantId: demo.id, actor: { kind: 'system' as const, id: 'demo-seed', roles: [] }, purpose: 'system' as const, clock: systemClock };
          const picks = await database.query<{ person_id: string }>(
            `select a.person_id from accounts a join persons p on p.tenant_id = a.tenant_id and p.id = a.person_id
             where a.tenant_id = $1 and a.patient_due_cents > 0
               and not exists (select 1 from patient_coverages c where c.tenant_id = a.tenant_id and c.person_id = a.person_id)
             group by a.person_id, p.external_ref order by p.external_ref limit 5`,
            [demo.id],
          );
          for (const [i, p] of picks.entries()) await addCoverage({ q: database.db, ctx, personId: p.person_id, payerName: 'Ohio Medicaid', memberId: `OHMCD-${1000 + i}`, planName: 'Medicaid' });
        }
        const scoring = demo ? await runScoring({ database, now: systemClock.now(), tenantId: demo.id, train: true }) : null;
        const t = scoring?.tenants[0];
        printJsonLine({ ...counts, scored: t?.scored.scored ?? 0, screened: t?.screened.screened ?? 0, likelyEligible: t?.screened.byStatus.likely_eligible ?? 0 });
      } finally {
        await database.close();
      }
    });
};
