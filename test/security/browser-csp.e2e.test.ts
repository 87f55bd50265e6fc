import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, HAS_CHROMIUM, startProductForBrowser, type BrowserProduct } from '../e2e/helpers.js';

/** Collects what the browser refused under the Content-Security-Policy. */
function watchCsp(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  return refused;
}

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`the built web app under its security headers${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let product: BrowserProduct;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    product = await startProductForBrowser();
    ({ browser, base } = product);
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('runs with a CSP that allows no inline script: sign-in, pages and sign-out work and nothing is refused', async () => {
    const page = await browser.newPage();
    const refused = watchCsp(page);
    const first = await page.goto(base);
    const csp = first!.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self';/);
    expect(first!.headers()['referrer-policy']).toBe('no-referrer');
    await page.getByLabel('Email').fill('admin@riverbend.example');
    await page.locator('input[type=password]').fill('kindly-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-row').first().waitFor();
    for (const area of ['Analytics', 'Admin', 'Worklist']) await page.getByRole('link', { name: area }).click();
    // Sign-out is a cookie-carrying POST from our own page: the origin check lets it through.
    const loggedOut = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/logout'));
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect((await loggedOut).status()).toBe(204);
    expect((await page.evaluate(async () => (await fetch('/api/v1/me')).status))).toBe(401);
    expect(refused).toEqual([]);
    await page.close();
  });

  it('refuses to be framed by another page', async () => {
    const page = await browser.newPage();
    const refusal = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/i.test(m.text()), timeout: 30_000 });
    await page.setContent(`<iframe id="f" src="${base}/"></iframe>`);
    expect((await refusal).text()).toContain("frame-ancestors 'none'");
    const frame = page.frames().find((f) => f.url().startsWith(base));
    const framedContent = frame ? await frame.content().catch(() => '') : '';
    expect(framedContent).not.toContain('Sign in');
    await page.close();
  });
});
