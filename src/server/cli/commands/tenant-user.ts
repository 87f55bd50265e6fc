import type { Command } from 'commander';
import { systemClock } from '../../../platform/clock/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { TenantKind } from '../../../modules/identity/index.js';
import { EXIT_REJECTED, EXIT_USAGE, printJsonLine, type RegisterCommand } from '../command.js';

const TENANT_TYPES: TenantKind[] = ['provider', 'nonprofit_hospital', 'payer', 'agency'];

/** A URL-safe slug from an organization's name ("St. Mary's Hospital" -> "st-marys-hospital"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function usage(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = EXIT_USAGE;
}

function rejected(err: unknown): void {
  if (!(err instanceof AppError)) throw err;
  process.stderr.write(`rejected: ${err.message}\n`);
  printJsonLine({ error: { code: err.code, message: err.message, issues: err.issues } });
  process.exitCode = EXIT_REJECTED;
}

export const registerTenantUser: RegisterCommand = (program: Command) => {
  const tenant = program.command('tenant').description('Tenants (organizations)');
  tenant
    .command('create')
    .description('Create a tenant (prints {"id","slug","name","type"})')
    .requiredOption('--name <name>', 'the organization name')
    .requiredOption('--type <type>', TENANT_TYPES.join(' | '))
    .option('--state <XX>', 'two-letter US state (state rules apply)')
    .option('--slug <slug>', 'short name used in URLs and `user add --tenant` (default: from the name)')
    .option('--time-zone <iana>', 'the organization time zone', 'America/New_York')
    .option('--json', 'JSON output (the default)')
    .action(async (opts: { name: string; type: string; state?: string; slug?: string; timeZone: string }) => {
      if (!TENANT_TYPES.includes(opts.type as TenantKind)) return usage(`kindly tenant create: --type must be one of ${TENANT_TYPES.join(', ')}`);
      if (opts.state !== undefined && !/^[A-Za-z]{2}$/.test(opts.state)) return usage('kindly tenant create: --state must be a two-letter state code, e.g. NY');
      const slug = opts.slug ?? slugify(opts.name);
      if (!/^[a-z0-9][a-z0-9-]{0,59}$/.test(slug)) return usage('kindly tenant create: --slug must be lowercase letters, digits and dashes');
      if (!Intl.supportedValuesOf('timeZone').includes(opts.timeZone) && opts.timeZone !== 'UTC') return usage(`kindly tenant create: --time-zone ${opts.timeZone} is not an IANA time zone`);
      const [{ eq }, { createTenant, tenants }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([
        import('drizzle-orm'),
        import('../../../modules/identity/index.js'),
        import('../../config.js'),
        import('../../runtime.js'),
      ]);
      const database = await openConfiguredDatabase(loadConfig({ dataDir: program.opts().dataDir }));
      try {
        const [taken] = await database.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug));
        if (taken) return rejected(new AppError('conflict', { message: `a tenant with slug ${slug} already exists`, issues: [{ path: 'slug', message: 'already in use' }] }));
        const r = await createTenant(database.db, { slug, name: opts.name.trim(), kind: opts.type as TenantKind, state: opts.state?.toUpperCase(), timeZone: opts.timeZone });
        printJsonLine({ id: r.tenantId, slug, name: opts.name.trim(), type: opts.type });
      } finally {
        await database.close();
      }
    });

  const user = program.command('user').description('Staff users');
  user
    .command('add')
    .description('Add a staff user (prints {"id","email","roles"}); without --password, a one-time link to set one')
    .requiredOption('--tenant <slug>', 'the tenant slug')
    .requiredOption('--email <email>', 'the person’s work email (their sign-in)')
    .requiredOption('--role <role...>', 'one or more roles (space or comma separated)')
    .option('--password <password>', 'at least 12 characters, not a common password')
    .option('--name <displayName>', 'the name shown in the app')
    .option('--json', 'JSON output (the default)')
    .action(async (opts: { tenant: string; email: string; role: string[]; password?: string; name?: string }) => {
      const [{ addUser }, { loadConfig }, { openConfiguredDatabase }] = await Promise.all([import('../../../modules/identity/index.js'), import('../../config.js'), import('../../runtime.js')]);
      const config = loadConfig({ dataDir: program.opts().dataDir });
      const database = await openConfiguredDatabase(config);
      try {
        const r = await database.db.transaction((tx) =>
          addUser({
            q: tx,
            clock: systemClock,
            tenantSlug: opts.tenant,
            email: opts.email,
            roles: opts.role.flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean),
            password: opts.password,
            displayName: opts.name,
            publicUrl: config.publicUrl,
          }),
        );
        printJsonLine(r);
        if (r.inviteUrl) process.stderr.write(`One-time link to set the password (valid until ${r.inviteExpiresAt}):\n${r.inviteUrl}\n`);
      } catch (err) {
        rejected(err);
      } finally {
        await database.close();
      }
    });
};
