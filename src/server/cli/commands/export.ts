import type { Command } from 'commander';
import { EXIT_USAGE, type RegisterCommand } from '../command.js';

export const registerExport: RegisterCommand = (program: Command) => {
  const cmd = program.command('export').description('Export data as JSON lines');
  cmd
    .command('communications')
    .description('Every outbound and inbound message and call attempt, one JSON line each (blocked contacts with their reasons)')
    .option('--tenant <slug>', 'only this tenant')
    .action(async (opts: { tenant?: string }) => {
      const [{ exportCommunications }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([import('../../../modules/outreach/index.js'), import('../../config.js'), import('../../runtime.js')]);
      const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
      try {
        let tenantId: string | undefined;
        if (opts.tenant) {
          const [t] = await database.query<{ id: string }>('select id from tenants where slug = $1', [opts.tenant]);
          if (!t) {
            process.stderr.write(`kindly export: no tenant ${opts.tenant}\n`);
            process.exitCode = EXIT_USAGE;
            return;
          }
          tenantId = t.id;
        }
        let buffer = '';
        for await (const line of exportCommunications(database, { tenantId })) {
          buffer += JSON.stringify(line) + '\n';
          // Write in chunks and honor back-pressure so a large export streams in flat memory.
          if (buffer.length > 1 << 16) {
            if (!process.stdout.write(buffer)) await new Promise((r) => process.stdout.once('drain', r));
            buffer = '';
          }
        }
        if (buffer) process.stdout.write(buffer);
      } finally {
        await database.close();
      }
    });
};
