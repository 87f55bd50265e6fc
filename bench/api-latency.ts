import type autocannon from 'autocannon';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot } from '../src/platform/shared-data/index.js';

const execFileAsync = promisify(execFile);
import { systemClock } from '../src/platform/clock/index.js';
import { createLogger } from '../src/platform/logging/index.js';
import { seedDemoTenant } from '../src/modules/simulation/index.js';
import { payableAccounts } from '../src/modules/payments/testing.js';
import { buildApp } from '../src/server/http/app.js';
import { routeGroups } from '../src/server/http/routes/index.js';
import { openConfiguredDatabase } from '../src/server/runtime.js';
import { loadConfig } from '../src/server/config.js';
import type { Database } from '../src/platform/db/index.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countStatements, statementsPerRequest, withCpu } from './request-stats.js';
import type { Benchmark, BenchResult } from './types.js';

/**
 * Load from a second process (autocannon's CLI), so the load generator does not share the
 * server's event loop and core: the figure is the server's, as a separate client would see it.
 */
async function load(url: string, headers: Record<string, string>, seconds: number, connections: number) {
  const args = [join(repoRoot, 'node_modules', 'autocannon', 'autocannon.js'), '--json', '-c', String(connections), '-d', String(seconds)];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  args.push(url);
  const { stdout } = await execFileAsync(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const r = JSON.parse(stdout) as autocannon.Result;
  return { requests: r.requests.total, requestsPerSecond: Math.round(r.requests.average), p50Ms: r.latency.p50, p97_5Ms: r.latency.p97_5, p99Ms: r.latency.p99, errors: r.errors + r.non2xx };
}

/**
 * CPU time (ns) each of this database's PostgreSQL backends has used so far, from /proc; null on
 * PGlite or when the server is not on this machine. Compared before and after a load, it gives the
 * database's CPU per request beside the server's.
 */
async function backendCpu(database: Database): Promise<Map<number, number> | null> {
  if (database.kind !== 'postgresql') return null;
  const out = new Map<number, number>();
  for (const { pid } of await database.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database()')) {
    try {
      out.set(pid, Number(readFileSync(`/proc/${pid}/schedstat`, 'latin1').split(' ')[0]));
    } catch {
      return null;
    }
  }
  return out;
}

/** Runs a load and adds the PostgreSQL backends' CPU per request (null when it cannot be read). */
async function withDatabaseCpu<T extends { requests: number }>(database: Database, run: () => Promise<T>): Promise<T & { postgresCpuMsPerRequest: number | null }> {
  const before = await backendCpu(database);
  const result = await run();
  const after = before && (await backendCpu(database));
  let ns = 0;
  // Backends opened during the load count from zero; the statement that lists them is one more (negligible).
  if (after) for (const [pid, v] of after) ns += v - (before!.get(pid) ?? 0);
  return { ...result, postgresCpuMsPerRequest: after ? Math.round((ns / 1e6 / Math.max(1, result.requests)) * 100) / 100 : null };
}

/** A verified patient's portal headers (link token and portal session cookie) for one payable account. */
async function portalHeaders(base: string, staffCookie: string, account: { accountId: string; birthDate: string; familyName: string }): Promise<Record<string, string>> {
  const link = await fetch(`${base}/api/v1/accounts/${account.accountId}/payment-links`, { method: 'POST', headers: { cookie: staffCookie, 'content-type': 'application/json' }, body: '{}' });
  if (!link.ok) throw new Error(`payment link: ${link.status} ${await link.text()}`);
  const { token } = (await link.json()) as { token: string };
  const verify = await fetch(`${base}/api/v1/portal/verify`, { method: 'POST', headers: { 'x-portal-link': token, 'content-type': 'application/json' }, body: JSON.stringify({ dateOfBirth: account.birthDate, lastName: account.familyName }) });
  if (!verify.ok) throw new Error(`portal verify: ${verify.status} ${await verify.text()}`);
  const cookie = (verify.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { 'x-portal-link': token, cookie };
}

/**
 * Authenticated account read (a PHI read with its audit row), the first worklist page and the
 * verified patient's portal summary under concurrent load, vs /healthz; with the statements each
 * request sends and the server's and (local PostgreSQL) the database's CPU per request.
 */
export const benchmark: Benchmark = {
  name: 'api-latency',
  async run(ctx): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'kindly-bench-'));
    const config = loadConfig({ dataDir: dir });
    const database = await openConfiguredDatabase(config, process.env.DATABASE_URL ? `bench_${process.pid}` : undefined);
    try {
      await seedDemoTenant(database.db, systemClock, { persons: Math.min(ctx.accounts ?? 500, 5000) });
      const [payable] = await payableAccounts(database, systemClock);
      const app = await buildApp({ database, clock: systemClock, logger: createLogger({ level: 'silent' }), secret: 'bench', publicUrl: 'http://localhost' }, routeGroups);
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'coordinator@riverbend.example', password: 'kindly-demo' }) });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const [account] = await database.query<{ id: string }>('select id from accounts order by id limit 1');
      const seconds = Number(process.env.KINDLY_BENCH_SECONDS ?? 5);
      const counter = countStatements();
      const readUrl = `${base}/api/v1/accounts/${account!.id}`;
      const pageUrl = `${base}/api/v1/worklist?limit=25`;
      const summaryUrl = `${base}/api/v1/portal/summary`;
      const portal = await portalHeaders(base, cookie, payable!);
      const statements = { read: await statementsPerRequest(counter, readUrl, { cookie }), page: await statementsPerRequest(counter, pageUrl, { cookie }), summary: await statementsPerRequest(counter, summaryUrl, portal) };
      counter.restore();
      const measure = (url: string, headers: Record<string, string>) => withDatabaseCpu(database, () => withCpu(seconds, () => load(url, headers, seconds, 20)));
      const floor = await measure(`${base}/healthz`, {});
      const read = await measure(readUrl, { cookie });
      const page = await measure(pageUrl, { cookie });
      const summary = await measure(summaryUrl, portal);
      await app.close();
      const common = { database: database.kind, connections: 20, seconds, floorRequestsPerSecond: floor.requestsPerSecond, floorEndpoint: 'GET /healthz (select 1)', floorServerCpuMsPerRequest: floor.serverCpuMsPerRequest, floorPostgresCpuMsPerRequest: floor.postgresCpuMsPerRequest };
      // Goal: each at least 1/3 of the floor's throughput (ratio <= 3) with p99 <= 50 ms.
      const ratio = (r: { requestsPerSecond: number }) => Number((floor.requestsPerSecond / Math.max(1, r.requestsPerSecond)).toFixed(2));
      return [
        { name: 'api-latency', endpoint: 'GET /api/v1/accounts/:id (authenticated, audited)', ...common, statementsPerRequest: statements.read, ...read, ratioToFloor: ratio(read) },
        { name: 'api-latency-worklist', endpoint: 'GET /api/v1/worklist?limit=25 (authenticated, audited)', ...common, statementsPerRequest: statements.page, ...page, ratioToFloor: ratio(page) },
        { name: 'api-latency-portal-summary', endpoint: 'GET /api/v1/portal/summary (verified patient, audited)', ...common, statementsPerRequest: statements.summary, ...summary, ratioToFloor: ratio(summary) },
      ];
    } finally {
      if (database.kind === 'postgresql') await database.exec(`drop schema if exists "${database.schema}" cascade; drop schema if exists "${database.schema}_boss" cascade`).catch(() => undefined);
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
