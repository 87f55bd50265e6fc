// Screenshots of the analytics dashboard for docs/screenshots (1440 px and 390 px wide).
// Usage: KINDLY_DATA_DIR=<a data dir after `kindly seed --demo` and `kindly cycle`> \
//   npx tsx scripts/screenshot-analytics.ts <now ISO>
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, freePort, spawnKindly, stopProcess, waitFor } from '../test/e2e/helpers.js';

const dataDir = process.env.KINDLY_DATA_DIR;
if (!dataDir) throw new Error('set KINDLY_DATA_DIR');
const port = await freePort();
const base = `http://localhost:${port}`;
const server = spawnKindly(['--data-dir', dataDir, 'start'], { PORT: String(port), DATABASE_URL: '', KINDLY_PUBLIC_URL: base, KINDLY_NOW: process.argv[2] ?? '', KINDLY_OUTREACH_PASS_SECONDS: '0' });
try {
  await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 90_000, 'server');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  for (const width of [1440, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(base);
    await page.getByLabel('Email').fill('admin@riverbend.example');
    await page.locator('input[type=password]').fill('kindly-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'detached' });
    await page.goto(`${base}/analytics`);
    await page.getByRole('heading', { name: 'Recovery by month billed' }).waitFor();
    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: 'Last 6 months' }).click();
    await page.getByRole('combobox', { name: 'Compare by' }).click();
    await page.getByRole('option', { name: 'Language' }).click();
    await page.getByRole('heading', { name: 'Outcomes by language' }).waitFor();
    // A full-page capture resizes the page and restarts the charts' entry animation: grow the
    // viewport to the page instead, let the charts settle, then capture.
    const full = async (path: string) => {
      await page.setViewportSize({ width, height: await page.evaluate('document.documentElement.scrollHeight') as number });
      await page.waitForTimeout(3000);
      await page.screenshot({ path });
      await page.setViewportSize({ width, height: 900 });
    };
    await full(`docs/screenshots/analytics-${width}.png`);
    await page.getByRole('tab', { name: 'Fairness' }).click();
    await page.getByText('By language').waitFor();
    await full(`docs/screenshots/analytics-fairness-${width}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  await stopProcess(server);
}
