import type { Command } from 'commander';
import { systemClock } from '../../../platform/clock/index.js';
import { EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

export const registerKeys: RegisterCommand = (program: Command) => {
  const keys = program.command('keys').description('Encryption keys of the PHI stored at rest');
  keys
    .command('rotate')
    .description(
      'Re-encrypt every encrypted field under the newest key (the last one in KINDLY_ENCRYPTION_KEY, or in the embedded key file); ' +
        'idempotent, in batches; prints counts. Afterwards older keys may be removed.',
    )
    .option('--new-key', 'embedded database only: first add a newly generated key to its key file')
    .option('--batch <n>', 'rows per batch', '2000')
    .action(async (opts: { newKey?: boolean; batch: string }) => {
      const [{ appendKeyToFile, fieldCipher, generateKey, KeyConfigError, loadKeyring, reencryptTables }, { loadConfig }, { ENCRYPTED_TABLES }, { openConfiguredDatabase }] = await Promise.all([
        import('../../../platform/crypto/index.js'),
        import('../../config.js'),
        import('../../encryption.js'),
        import('../../runtime.js'),
      ]);
      const config = loadConfig({ dataDir: program.opts().dataDir });
      const batch = Number(opts.batch);
      if (!Number.isInteger(batch) || batch < 1) {
        process.stderr.write('kindly keys rotate: --batch must be a positive whole number\n');
        process.exitCode = EXIT_USAGE;
        return;
      }
      if (opts.newKey) {
        if (config.databaseUrl || config.encryptionKey) {
          process.stderr.write('kindly keys rotate: --new-key only applies to the embedded key file; add the new key to KINDLY_ENCRYPTION_KEY (id:key, last) instead\n');
          process.exitCode = EXIT_USAGE;
          return;
        }
        try {
          const { file } = loadKeyring({ external: false, embeddedDataDir: config.dataDir, now: systemClock.now() });
          appendKeyToFile(file!, generateKey(systemClock.now()));
        } catch (err) {
          if (!(err instanceof KeyConfigError)) throw err;
          process.stderr.write(`kindly keys rotate: ${err.message}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
      }
      const database = await openConfiguredDatabase(config);
      try {
        const cipher = fieldCipher();
        const tables = await reencryptTables(database, cipher, ENCRYPTED_TABLES, 'rotate', batch);
        const total = (k: 'scanned' | 'encrypted' | 'reencrypted') => Object.values(tables).reduce((n, t) => n + t[k], 0);
        printJsonLine({ keyId: cipher.currentKeyId, keyIds: [...cipher.keyring.byId.keys()], reencrypted: total('reencrypted'), encrypted: total('encrypted'), scanned: total('scanned'), tables });
      } finally {
        await database.close();
      }
    });
};
