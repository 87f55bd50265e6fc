import type { Command } from 'commander';
import type { DemoLink } from '../../demo-link.js';
import { EXIT_REJECTED, printJsonLine, type RegisterCommand } from '../command.js';

/** Asks the server that holds the embedded data folder (its lock file says where and with which token). */
async function askRunningServer(url: string, token: string, patient: string | undefined): Promise<DemoLink | null> {
  const { LOCAL_TOKEN_HEADER } = await import('../../http/routes/local-admin.js');
  const res = await fetch(`${url}/api/v1/internal/demo-link`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [LOCAL_TOKEN_HEADER]: token },
    body: JSON.stringify(patient ? { patient } : {}),
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`the running server answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as DemoLink;
}

export const registerDemoLink: RegisterCommand = (program: Command) => {
  program
    .command('demo-link')
    .description('A signed portal link for a demo patient (prints {"url"} and, demo data only, the patient and the identity-check answers)')
    .option('--patient <id>', 'person id or external ref of a demo patient with a balance')
    .action(async (opts: { patient?: string }) => {
      const [{ readDataDirLock }, { loadConfig }, { createDemoLink }, { loadSecret, openConfiguredDatabase }] = await Promise.all([
        import('../../../platform/db/index.js'),
        import('../../config.js'),
        import('../../demo-link.js'),
        import('../../runtime.js'),
      ]);
      const config = loadConfig({ dataDir: program.opts().dataDir });
      let link: DemoLink | null;
      const holder = config.databaseUrl ? null : readDataDirLock(config.dataDir);
      if (holder?.url && holder.token) {
        // `npm start` holds the folder: the server makes the link.
        link = await askRunningServer(holder.url, holder.token, opts.patient);
      } else {
        const database = await openConfiguredDatabase(config);
        try {
          const secret = await loadSecret(database, config.secret);
          link = await createDemoLink({ database, appSecret: secret, publicUrl: config.publicUrl, patient: opts.patient, seedIfMissing: !config.databaseUrl });
        } finally {
          await database.close();
        }
      }
      if (!link) {
        process.stderr.write(`kindly demo-link: no demo patient${opts.patient ? ` ${opts.patient}` : ''} with a balance to pay\n`);
        process.exitCode = EXIT_REJECTED;
        return;
      }
      printJsonLine({ url: link.url, patient: link.patient });
      process.stderr.write(
        `Demo patient ${link.patient.name}: at the identity check enter date of birth ${link.patient.identityCheck.dateOfBirth} ` +
          `and last name ${link.patient.identityCheck.lastName}${link.patient.identityCheck.zip ? ` (or ZIP ${link.patient.identityCheck.zip})` : ''}.\n`,
      );
    });
};
