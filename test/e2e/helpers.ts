import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/platform/shared-data/index.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const CHROMIUM_MISSING = `${CHROMIUM} not found: browser tests need Debian's chromium (apt-get install -y chromium; .ci/run installs it)`;
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Spawns `node bin/kindly.js ...` as a real process. */
export function spawnKindly(args: string[], env: Record<string, string | undefined>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'kindly.js'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  return Object.assign(child, { output: () => out });
}

/**
 * How much longer than expected a wait may last before it counts as a hang: the figures tests pass
 * are what a quiet machine needs, and a loaded one (CI beside benchmarks) may be many times slower.
 * KINDLY_TEST_SLOWDOWN changes it.
 */
export const SLOWDOWN = Number(process.env.KINDLY_TEST_SLOWDOWN ?? 10);

/** A browser's wait for an element or an event, as a hang guard (Playwright's own default is 30 s). */
export const BROWSER_TIMEOUT_MS = 30_000 * SLOWDOWN;

/** Polls `probe` until it returns something; fails after `expectedMs` times SLOWDOWN (a hang). */
export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, expectedMs: number, what: string): Promise<T> {
  const until = Date.now() + expectedMs * SLOWDOWN;
  let lastError: unknown;
  while (Date.now() < until) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`);
}

export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
    setTimeout(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    }, 10_000).unref();
  });
}

export interface BrowserProduct {
  base: string;
  browser: import('playwright-core').Browser;
  server: ReturnType<typeof spawnKindly>;
  stop(): Promise<void>;
}

/**
 * `kindly start` on a fresh embedded data dir (as after `npm start` on a fresh clone) plus a
 * headless Chromium, for browser tests. `before` runs CLI steps on the data dir before the server.
 */
export async function startProductForBrowser(
  opts: { env?: Record<string, string>; before?: (ctx: { base: string; dataDir: string; env: Record<string, string> }) => Promise<void> } = {},
): Promise<BrowserProduct> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { chromium } = await import('playwright-core');
  const dataDir = mkdtempSync(join(tmpdir(), 'kindly-e2e-'));
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const env = { PORT: String(port), DATABASE_URL: '', KINDLY_PUBLIC_URL: base, ...opts.env };
  if (opts.before) await opts.before({ base, dataDir, env });
  const server = spawnKindly(['--data-dir', dataDir, 'start'], env);
  await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 240_000, `server at ${base}: ${server.output().slice(-2000)}`);
  const browser = slowMachineTolerant(await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }));
  return {
    base,
    browser,
    server,
    stop: async () => {
      await browser.close();
      await stopProcess(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Gives every page and context the browser opens BROWSER_TIMEOUT_MS as its default wait. */
export function slowMachineTolerant(browser: import('playwright-core').Browser): import('playwright-core').Browser {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(BROWSER_TIMEOUT_MS);
    return context;
  };
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    page.setDefaultNavigationTimeout(BROWSER_TIMEOUT_MS);
    return page;
  };
  return browser;
}

const AXE_SOURCE_PATH = join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js');
let axeSource: string | undefined;

/**
 * Serious and critical accessibility violations (axe-core) on the page as it is now, inside
 * `include` (a CSS selector) or the whole document, as "rule (impact) at target" lines. axe is
 * evaluated through the DevTools protocol, which the app's Content-Security-Policy (no inline
 * scripts) does not govern, so pages are checked exactly as they are served.
 */
export async function axeViolations(page: { evaluate(script: string): Promise<unknown> }, include?: string): Promise<string[]> {
  axeSource ??= readFileSync(AXE_SOURCE_PATH, 'utf8');
  await page.evaluate(axeSource);
  const context = include ? JSON.stringify({ include: [include] }) : 'document';
  const found = (await page.evaluate(`axe.run(${context}, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => {
    const n = v.nodes[0];
    const d = n && n.any[0] && n.any[0].data;
    return { id: v.id, impact: v.impact, target: v.nodes.slice(0, 8).map((x) => x.target.join(' ')).join(', ') + (d && d.fgColor ? ' (' + d.fgColor + ' on ' + d.bgColor + ', ' + d.contrastRatio + ':1)' : '') };
  }))`)) as Array<{ id: string; impact: string | null; target: string }>;
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.target}`);
}

/** Signs a demo user (password `kindly-demo`, the embedded demo only) in on the staff sign-in page. */
export async function signInAsDemoUser(page: import('playwright-core').Page, base: string, email: string): Promise<void> {
  await page.goto(base);
  await page.getByLabel('Email').fill(email);
  await page.locator('input[type=password]').fill('kindly-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A demo user's session cookie, signed in through the API (for setting up what a browser test then checks). */
export async function demoSessionCookie(base: string, email: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'kindly-demo' }) });
  if (!login.ok) throw new Error(`demo sign-in as ${email} failed: ${login.status}`);
  return login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}
