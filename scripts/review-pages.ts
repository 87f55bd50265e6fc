// Screenshots of every page each demo role can reach, at 1440 px and 390 px, with axe findings.
// Usage: npx tsx scripts/review-pages.ts <out dir> [now ISO] [roles,comma,separated]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { axeViolations, CHROMIUM, CHROMIUM_ARGS, freePort, spawnKindly, stopProcess, waitFor } from '../test/e2e/helpers.js';

const out = process.argv[2] ?? '/tmp/shots';
const now = process.argv[3] ?? '';
const roles = (process.argv[4] ?? 'coordinator,counselor,billing,access,compliance,admin').split(',');
const dataDir = mkdtempSync(join(tmpdir(), 'kindly-review-'));
const port = await freePort();
const base = `http://localhost:${port}`;
const server = spawnKindly(['--data-dir', dataDir, 'start'], { PORT: String(port), DATABASE_URL: '', KINDLY_PUBLIC_URL: base, KINDLY_NOW: now });
try {
  await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 120_000, 'server');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  for (const role of roles) {
    for (const width of [1440, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(base);
      await page.getByLabel('Email').fill(`${role}@riverbend.example`);
      await page.locator('input[type=password]').fill('kindly-demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'detached' });
      await page.waitForTimeout(1500);
      const links = width === 1440
        ? await page.$$eval('nav a[href^="/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))])
        : [];
      const visit = width === 1440 ? links : ((globalThis as any).__links?.[role] ?? []);
      (globalThis as any).__links ??= {};
      if (width === 1440) (globalThis as any).__links[role] = links;
      for (const href of visit as string[]) {
        await page.goto(base + href);
        await page.waitForTimeout(2500);
        const name = `${role}${href.replace(/\//g, '_')}-${width}`;
        await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
        const v = await axeViolations(page);
        console.log(`${name}: ${v.length ? v.join(' | ') : 'axe clean'}`);
      }
      // The first account in the worklist or account list, when the role may open one.
      const first = await page.goto(base + '/workspace').then(() => page.waitForTimeout(2500)).then(() => page.$('a[href^="/workspace/accounts/"]'));
      if (first) {
        await first.click();
        await page.waitForTimeout(3500);
        const name = `${role}_account-${width}`;
        await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
        const v = await axeViolations(page);
        console.log(`${name}: ${v.length ? v.join(' | ') : 'axe clean'}`);
      }
      await page.close();
    }
  }
  await browser.close();
} finally {
  await stopProcess(server);
}
