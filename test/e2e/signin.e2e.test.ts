import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_MISSING, HAS_CHROMIUM, freePort, spawnKindly, stopProcess, waitFor } from './helpers.js';

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`the product from \`kindly start\`, in a real browser${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let server: ReturnType<typeof spawnKindly>;
  let browser: Browser;
  let base: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'kindly-e2e-'));

  beforeAll(async () => {
    const port = await freePort();
    base = `http://localhost:${port}`;
    // Embedded PGlite in a fresh data dir, exactly like `npm start` on a fresh clone.
    server = spawnKindly(['--data-dir', dataDir, 'start'], { PORT: String(port), DATABASE_URL: '' });
    await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 90_000, `server at ${base}: ${server.output().slice(-2000)}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await stopProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs a coordinator in and lists the demo tenant accounts', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.getByLabel('Email').fill('coordinator@riverbend.example');
    await page.locator('input[type=password]').fill('kindly-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await page.getByTestId('account-row').first().waitFor();
    expect(await page.getByTestId('account-row').count()).toBeGreaterThan(10);
    expect(await page.getByText('Riverbend Community Hospital').first().isVisible()).toBe(true);
    // Navigation shell: every area is reachable.
    for (const area of ['Patient portal', 'Analytics', 'Admin', 'Workspace']) {
      await page.getByRole('link', { name: area }).click();
    }
    await page.close();
  });

  it('shows a kind message for a wrong password', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.getByLabel('Email').fill('coordinator@riverbend.example');
    await page.locator('input[type=password]').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/do not match/);
    await page.close();
  });
});
