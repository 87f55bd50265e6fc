import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, spawnKindly, stopProcess, waitFor } from '../e2e/helpers.js';

const exitOf = (child: ReturnType<typeof spawnKindly>) => new Promise<number | null>((resolve) => child.once('exit', resolve));

describe('security: `npm start` holds the embedded data folder; the CLI asks it instead of opening it', () => {
  let dataDir: string;
  let server: ReturnType<typeof spawnKindly>;
  let base: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kindly-lock-e2e-'));
    const port = await freePort();
    base = `http://localhost:${port}`;
    env = { PORT: String(port), DATABASE_URL: '', KINDLY_PUBLIC_URL: base, KINDLY_OUTREACH_PASS_SECONDS: '0' };
    server = spawnKindly(['--data-dir', dataDir, 'start'], env);
    await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 120_000, `server at ${base}: ${server.output().slice(-2000)}`);
  });
  afterAll(async () => {
    if (server) await stopProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('demo-link works while the server runs and prints the demo patient with the identity-check answers', async () => {
    const cli = spawnKindly(['--data-dir', dataDir, 'demo-link'], env);
    const code = await exitOf(cli);
    expect(code, cli.output()).toBe(0);
    const line = cli.output().split('\n').find((l) => l.startsWith('{'))!;
    const out = JSON.parse(line) as { url: string; patient: { name: string; identityCheck: { dateOfBirth: string; lastName: string } } };
    expect(out.url.startsWith(`${base}/pay/`)).toBe(true);
    expect(out.patient.name).toContain(out.patient.identityCheck.lastName);
    expect(out.patient.identityCheck.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The link opens, and the identity answers printed pass the check.
    const token = decodeURIComponent(out.url.split('/pay/')[1]!);
    const verify = await fetch(`${base}/api/v1/portal/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-portal-link': token },
      body: JSON.stringify({ dateOfBirth: out.patient.identityCheck.dateOfBirth, lastName: out.patient.identityCheck.lastName }),
    });
    expect(verify.status, await verify.clone().text()).toBe(200);
    // The server still serves sign-ins afterwards (two processes on one folder broke them).
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@riverbend.example', password: 'kindly-demo' }) });
    expect(login.status).toBe(200);
  });

  it('a command that would open the folder itself gets a clear error naming the running server', async () => {
    const cli = spawnKindly(['--data-dir', dataDir, 'seed', '--demo'], env);
    const code = await exitOf(cli);
    expect(code).not.toBe(0);
    expect(cli.output()).toContain(`pid ${server.pid}`);
    expect(cli.output()).toMatch(/in use by another Kindly process/);
  });

  it('the local endpoint refuses a caller without the lock file token', async () => {
    const res = await fetch(`${base}/api/v1/internal/demo-link`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-kindly-local-token': 'guess' }, body: '{}' });
    expect(res.status).toBe(401);
  });
});
