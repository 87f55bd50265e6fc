import { clamdScanner, useDocumentScanner } from '../modules/assistance/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../platform/clock/index.js';
import { systemClock } from '../platform/clock/index.js';
import { repoRoot } from '../platform/shared-data/index.js';
import { DEMO_TENANT_SLUG } from '../modules/simulation/index.js';
import { seedDemo } from './demo.js';
import type { ServerConfig } from './config.js';
import { buildApp, WEB_DIST, type ZodApp } from './http/app.js';
import { randomToken } from '../platform/crypto/index.js';
import { hasAnyUser } from '../modules/identity/index.js';
import { createRuntime, dataDirLockOf } from './runtime.js';
import { localAdminRoutes } from './http/routes/local-admin.js';
import { startWorker, type WorkerHandle } from './worker.js';
import { routeGroups } from './http/routes/index.js';
import { staffMailerFor } from './delivery.js';

/** Said once at start when no one can sign in yet (a fresh PostgreSQL installation). */
export const FIRST_ADMIN_HINT =
  'No staff users yet. Create the first tenant and administrator:\n' +
  '  npx kindly tenant create --name "Your Hospital" --type provider --state XX\n' +
  '  npx kindly user add --tenant <slug printed above> --email you@example.org --role admin\n' +
  'The second command prints a one-time link to set the password (or pass --password, 12+ characters).';

export interface RunningServer {
  app?: ZodApp;
  worker?: WorkerHandle;
  url?: string;
  stop(): Promise<void>;
}

/** Builds the web app with Vite when no build is present (a fresh clone that skipped `prepare`). */
export async function ensureWebBuilt(log: (msg: string) => void): Promise<void> {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  log('building the web app (first start)...');
  const { build } = await import('vite');
  await build({ configFile: join(repoRoot, 'web', 'vite.config.ts'), logLevel: 'warn' });
}

/** `kindly start`: API + worker + web UI in one process, or one role per process. */
export async function startServer(config: ServerConfig, clock: Clock = systemClock): Promise<RunningServer> {
  const t0 = performance.now();
  const runtime = await createRuntime(config, clock);
  if (config.clamd) useDocumentScanner(clamdScanner(config.clamd));
  const { database, logger } = runtime;
  if (config.seedDemo && config.role !== 'worker') {
    const [existing] = await database.query<{ n: number }>('select count(*)::int as n from tenants where slug = $1', [DEMO_TENANT_SLUG]);
    if (!existing?.n) {
      // Scored and screened too, so likely-eligible patients are offered assistance before any past-due step.
      const counts = await seedDemo(database, clock);
      logger.info({ counts }, 'seeded the demo tenant');
    }
  }
  if (config.role !== 'worker' && !(await hasAnyUser(database.db))) {
    process.stderr.write(`\n${FIRST_ADMIN_HINT}\n\n`);
  }
  // The API process enqueues (transactional outbox); only worker processes work the queues.
  const worker = await startWorker({ database, clock, logger, enqueueOnly: config.role === 'api', config });
  let app: ZodApp | undefined;
  let url: string | undefined;
  if (config.role !== 'worker') {
    await ensureWebBuilt((m) => logger.info(m));
    const security = {
      trustProxy: config.trustProxy,
      sessionPolicy: { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionMaxHours },
      docsPublic: config.docsPublic,
      staffMailer: staffMailerFor(config.smtp),
      sms: config.sms,
      ...(config.clearinghouse ? { clearinghouse: config.clearinghouse } : {}),
      installation: { smtp: !!config.smtp, gateway: config.payments.kind, dropDir: config.dropDir },
    };
    // With the embedded database this process holds the data folder; the CLI reaches it through
    // local endpoints, with a token only the lock file (mode 0600) carries.
    const lock = dataDirLockOf(database);
    const localToken = lock ? randomToken() : undefined;
    app = await buildApp({ database, clock, logger, jobs: worker.jobs, secret: runtime.secret, publicUrl: config.publicUrl, ...security }, localToken ? [...routeGroups, localAdminRoutes(localToken)] : routeGroups);
    url = await app.listen({ port: config.port, host: config.host });
    if (lock && localToken) {
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      lock.update({ url: `http://127.0.0.1:${port}`, token: localToken });
    }
  }
  logger.info({ role: config.role, database: database.kind, url, startupMs: Math.round(performance.now() - t0) }, 'kindly started');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop taking requests, let in-flight jobs finish, then close the database.
      if (app) await app.close();
      await worker.stop();
      await database.close();
    })());
  return { app, worker, url, stop };
}
