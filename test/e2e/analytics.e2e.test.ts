import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, HAS_CHROMIUM, spawnKindly, startProductForBrowser, stopProcess, waitFor, type BrowserProduct, axeViolations, signInAsDemoUser } from './helpers.js';


/** Serious and critical accessibility violations in the page's main content (the shared app shell is not this page's). */
const mainViolations = (page: Page): Promise<string[]> => axeViolations(page, 'main');

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`the analytics dashboard and experiments, in a real browser${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let product: BrowserProduct;
  let dataDir = '';

  beforeAll(async () => {
    // No timed passes: the test runs the one pass it needs, after the experiment exists. The clock
    // is pinned to a weekday afternoon in the demo's zones, when messages may go out at once.
    product = await startProductForBrowser({ env: { KINDLY_OUTREACH_PASS_SECONDS: '0', KINDLY_NOW: '2026-03-10T17:00:00Z' }, before: async (ctx) => void (dataDir = ctx.dataDir) });
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('switches the window and a grouping, downloads a CSV, and runs an experiment whose arms appear in the exported messages', async () => {
    const { browser, base } = product;
    const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1440, height: 1000 } });
    await signInAsDemoUser(page, base, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Analytics' }).click();
    await page.getByRole('heading', { name: 'Recovery by month billed' }).waitFor();
    await page.getByRole('button', { name: 'Update figures now' }).click();
    expect(await page.getByText('Accounts billed').first().isVisible()).toBe(true);

    // Another window, then a grouping: the group table lists the languages in plain words.
    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: 'Last 12 months' }).click();
    await page.getByRole('combobox', { name: 'Compare by' }).click();
    await page.getByRole('option', { name: 'Language' }).click();
    await page.getByRole('heading', { name: 'Outcomes by language' }).waitFor();
    const byLanguage = page.getByRole('region', { name: 'Outcomes by language' });
    await byLanguage.locator('label', { hasText: 'Table' }).click();
    await byLanguage.getByRole('table').getByText('English').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), byLanguage.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('outcomes-by-language.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('group,cohortAccounts,placedCents,collectedCents');
    expect(csv).toMatch(/\nen,/);
    expect(await mainViolations(page)).toEqual([]);

    // An experiment on the check-in step: two tones, started.
    await page.getByRole('tab', { name: 'Experiments' }).click();
    await page.getByLabel('Experiment name').fill('Check-in tone');
    await page.getByRole('combobox', { name: 'Step' }).click();
    await page.getByRole('option', { name: 'check in' }).click();
    await page.getByRole('combobox', { name: 'Arm A: tone' }).click();
    await page.getByRole('option', { name: 'Warm' }).click();
    await page.getByRole('combobox', { name: 'Arm B: tone' }).click();
    await page.getByRole('option', { name: 'Informative' }).click();
    await page.getByRole('button', { name: 'Create experiment' }).click();
    await page.getByRole('region', { name: 'Experiment Check-in tone' }).waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('Running', { exact: true }).waitFor();
    expect(await mainViolations(page)).toEqual([]);

    // A whole-journey experiment (every step after the first two days later, no gentle reminder)
    // stays a draft: one experiment at a time may change a journey's messages.
    await page.getByRole('combobox', { name: 'What to test' }).click();
    await page.getByRole('option', { name: 'Whole journey (timing, skipped steps)' }).click();
    await page.getByLabel('Experiment name').fill('Later reminders');
    await page.getByLabel('Arm B: move the steps after the first (days, earlier when negative)').fill('2');
    await page.getByRole('button', { name: 'Create experiment' }).click();
    const draft = page.getByRole('region', { name: 'Experiment Later reminders' });
    await draft.getByText(/on the whole journey/).waitFor();
    await draft.getByRole('button', { name: 'Start' }).click();
    await page.getByText('Another experiment already runs on this step or journey. Stop it first.').waitFor();
    expect(await draft.getByText('Draft', { exact: true }).isVisible()).toBe(true);

    // One orchestration pass now; the worker delivers what it queued.
    const pass = await page.evaluate(async () => (await (await fetch('/api/v1/outreach/pass', { method: 'POST' })).json()) as { evaluated: number });
    expect(pass.evaluated).toBeGreaterThan(0);
    await waitFor(async () => {
      // Call tasks wait for an agent; every email, text and letter goes out through the worker.
      const r = await page.evaluate(async () => (await (await fetch('/api/v1/outreach/communications?status=queued&limit=500')).json()) as { items: Array<{ channel: string }> });
      return r.items.every((c) => c.channel === 'call');
    }, 90_000, 'queued messages to be delivered');
    await page.getByRole('region', { name: 'Experiment Check-in tone' }).getByRole('button', { name: 'Show results' }).click();
    await page.getByRole('table', { name: 'Results per arm' }).waitFor();
    await page.close();

    // The exported log carries each message's arm.
    await stopProcess(product.server);
    const exporter = spawnKindly(['--data-dir', dataDir, 'export', 'communications'], { DATABASE_URL: '' });
    await new Promise((resolve) => exporter.once('exit', resolve));
    const lines = exporter.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { step: string; variant: string | null; status: string });
    const checkIns = lines.filter((l) => l.step === 'check-in' && l.status !== 'blocked');
    expect(checkIns.length, JSON.stringify(lines.map((l) => `${l.step}:${l.status}:${l.variant}`))).toBeGreaterThan(1);
    const arms = new Set(checkIns.map((l) => l.variant?.split(':')[1]));
    expect([...arms].sort()).toEqual(['A', 'B']);
    expect(lines.filter((l) => l.step !== 'check-in').every((l) => l.variant === null)).toBe(true);
  });
});
