import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, HAS_CHROMIUM, startProductForBrowser, waitFor, type BrowserProduct } from './helpers.js';

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`live sentiment, intents and cues in the workspace${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let product: BrowserProduct;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    product = await startProductForBrowser({ env: { KINDLY_NOW: '2026-11-24T16:00:00Z' } });
    ({ browser, base } = product);
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('shows live analysis while the agent chats, and "stop calling" blocks the next call', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.getByLabel('Email').fill('coordinator@riverbend.example');
    await page.locator('input[type=password]').fill('kindly-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-row').first().waitFor();
    const accountId = await page.evaluate(async () => {
      const r = await fetch('/api/v1/accounts?limit=200');
      const items = ((await r.json()) as any).items as Array<{ id: string; patientDueCents: number }>;
      for (const a of items.filter((x) => x.patientDueCents > 0)) {
        const d = (await (await fetch(`/api/v1/accounts/${a.id}`)).json()) as any;
        const check = (await (await fetch(`/api/v1/accounts/${a.id}/contact-check?channel=call`)).json()) as any;
        if (d.person.state === 'OH' && d.holds.length === 0 && check.allowed) return a.id;
      }
      return null;
    });
    expect(accountId).not.toBeNull();
    await page.goto(`${base}/workspace/accounts/${accountId}`);
    await page.getByTestId('contact-call').waitFor();
    expect(await page.getByTestId('contact-call').textContent()).toContain('allowed now');

    await page.getByRole('button', { name: 'Start chat' }).click();
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.fill("Thanks for explaining, that actually helps a lot.");
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('live-sentiment').waitFor();
    expect(await page.getByTestId('live-sentiment').textContent()).toBe('positive');

    await message.fill("I lost my job and I can't afford this. Stop calling me!");
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('live-intents').waitFor();
    await waitFor(async () => (await page.getByTestId('live-sentiment').textContent()) === 'negative', 10_000, 'negative sentiment');
    const intents = await page.getByTestId('live-intents').textContent();
    expect(intents).toContain('cease communication');
    expect(intents).toContain('hardship');
    expect(await page.getByTestId('live-cues').locator('li').count()).toBeGreaterThan(1);
    await waitFor(async () => (await page.getByTestId('contact-call').textContent())?.includes('blocked'), 10_000, 'the call to be blocked');
    await page.close();
  });
});
