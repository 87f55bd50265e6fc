import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, HAS_CHROMIUM, startProductForBrowser, type BrowserProduct, signInAsDemoUser } from './helpers.js';

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`the product from \`kindly start\`, in a real browser${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
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

  it('signs a coordinator in and lists the demo tenant accounts', async () => {
    const page = await browser.newPage();
    await signInAsDemoUser(page, base, 'coordinator@riverbend.example');
    await page.getByRole('heading', { name: 'Worklist' }).waitFor();
    await page.getByTestId('account-row').first().waitFor();
    expect(await page.getByTestId('account-row').count()).toBeGreaterThan(10);
    expect(await page.getByText('Riverbend Community Hospital').first().isVisible()).toBe(true);
    // Navigation shell: every area of the coordinator's role is reachable, and no other.
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    for (const area of ['Patient portal', 'Analytics', 'Tasks', 'Worklist']) {
      await page.getByRole('link', { name: area }).click();
    }
    await page.close();
  });

  it("renders a demo patient's statement in English and Spanish, and its PDF opens", async () => {
    const page = await browser.newPage();
    await signInAsDemoUser(page, base, 'billing@riverbend.example');
    await page.getByTestId('account-row').first().waitFor();
    const persons = await page.evaluate(async () => {
      const r = await fetch('/api/v1/accounts?limit=200');
      return ((await r.json()) as any).items.filter((a: { patientDueCents: number }) => a.patientDueCents > 0).map((a: { personId: string }) => a.personId);
    });
    const personId = persons[0] as string;
    await page.goto(`${base}/api/v1/persons/${personId}/statement?format=html&language=en`);
    expect(await page.getByRole('heading', { name: 'Your bill, explained' }).isVisible()).toBe(true);
    expect(await page.getByTestId('statement-total').textContent()).toMatch(/^\$[\d,]+\.\d\d$/);
    expect(await page.getByRole('heading', { name: 'Your choices' }).isVisible()).toBe(true);
    await page.goto(`${base}/api/v1/persons/${personId}/statement?format=html&language=es`);
    expect(await page.getByRole('heading', { name: 'Su factura, explicada' }).isVisible()).toBe(true);
    const pdf = await page.evaluate(async (url) => {
      const r = await fetch(url);
      const b = new Uint8Array(await r.arrayBuffer());
      return { type: r.headers.get('content-type'), head: String.fromCharCode(...b.slice(0, 5)), size: b.length };
    }, `/api/v1/persons/${personId}/statement?format=pdf`);
    expect(pdf).toMatchObject({ type: 'application/pdf', head: '%PDF-' });
    expect(pdf.size).toBeGreaterThan(1500);
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
