import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, HAS_CHROMIUM, startProductForBrowser, type BrowserProduct, axeViolations, signInAsDemoUser } from './helpers.js';

const mainViolations = (page: Page): Promise<string[]> => axeViolations(page, 'main');

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`the strategy simulator, in a real browser${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let product: BrowserProduct;

  beforeAll(async () => {
    product = await startProductForBrowser({ env: { KINDLY_OUTREACH_PASS_SECONDS: '0' } });
  }, 120_000);
  afterAll(async () => {
    await product?.stop();
  });

  it('a billing specialist picks two strategies, runs them, and sees both compared, on a phone too', async () => {
    const { browser, base } = product;
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signInAsDemoUser(page, base, 'billing@riverbend.example');
    await page.getByRole('link', { name: 'Strategy simulator' }).click();
    await page.getByRole('heading', { name: 'Strategy simulator' }).waitFor();
    await page.getByText('No results yet').waitFor();
    expect(await page.getByRole('button', { name: 'Run simulation' }).isDisabled()).toBe(true);
    expect(await mainViolations(page)).toEqual([]);

    await page.getByRole('checkbox', { name: 'Gentle and early' }).check();
    await page.getByRole('checkbox', { name: 'Late and insistent' }).check();
    await page.getByLabel('Made-up patients').fill('200');
    await page.getByRole('button', { name: 'Run simulation' }).click();

    const table = page.getByRole('table', { name: 'Simulated strategies compared' });
    await table.waitFor({ timeout: 240_000 });
    expect(await table.getByRole('columnheader', { name: 'Gentle and early' }).isVisible()).toBe(true);
    expect(await table.getByRole('columnheader', { name: 'Late and insistent' }).isVisible()).toBe(true);
    expect(await table.getByRole('columnheader', { name: 'Standard' }).count()).toBe(0);
    await page.getByText('A model, not a forecast').waitFor();
    // The chart has its table view with both strategies.
    const recovery = page.getByRole('region', { name: 'Share of balances collected' });
    await recovery.locator('label', { hasText: 'Table' }).click();
    await recovery.getByRole('table').getByText('Late and insistent').waitFor();
    expect(await mainViolations(page)).toEqual([]);

    // On a phone the comparison stays usable: nothing wider than the screen but the tables' own scroll.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'All figures side by side' }).scrollIntoViewIfNeeded();
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'docs/screenshots/simulation-390.png', fullPage: false });
    expect(await mainViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);
});
