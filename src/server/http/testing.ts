import { ManualClock } from '../../platform/clock/index.js';
import type { Database } from '../../platform/db/index.js';
import { createLogger } from '../../platform/logging/index.js';
import { buildApp, type ZodApp } from './app.js';
import { routeGroups } from './routes/index.js';
import type { AppDeps } from './context.js';
import type { JobQueue } from '../../platform/jobs/index.js';

export interface TestApp {
  app: ZodApp;
  deps: AppDeps;
  clock: ManualClock;
  /** Signs in and returns the Cookie header value for later requests. */
  signIn(email: string, password?: string): Promise<string>;
}

/** The real HTTP app on a test database (requests go through app.inject, no port needed). */
export async function createTestApp(
  database: Database,
  opts: { now?: string; jobs?: JobQueue } & Partial<Pick<AppDeps, 'publicUrl' | 'trustProxy' | 'sessionPolicy' | 'docsPublic' | 'staffMailer' | 'sms'>> = {},
): Promise<TestApp> {
  const clock = new ManualClock(opts.now ?? '2026-11-23T15:00:00Z');
  const deps: AppDeps = {
    database, clock, logger: createLogger({ level: 'silent' }), jobs: opts.jobs, secret: 'test-secret-0123456789', publicUrl: opts.publicUrl ?? 'http://localhost:3000',
    trustProxy: opts.trustProxy, sessionPolicy: opts.sessionPolicy, docsPublic: opts.docsPublic, staffMailer: opts.staffMailer, sms: opts.sms,
  };
  const app = await buildApp(deps, routeGroups, { strictResponses: true });
  await app.ready();
  return {
    app,
    deps,
    clock,
    async signIn(email, password = 'kindly-demo') {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'kindly_session');
      if (!cookie) throw new Error('no session cookie');
      return `kindly_session=${cookie.value}`;
    },
  };
}
