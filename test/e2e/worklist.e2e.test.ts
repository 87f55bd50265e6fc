import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, HAS_CHROMIUM, startProductForBrowser, type BrowserProduct, signInAsDemoUser, demoSessionCookie } from './helpers.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = 'docs/screenshots';

/** Serious or critical accessibility violations on the page (axe-core), as "rule: target" lines. */
async function axeProblems(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the product's CSP rightly refuses inline scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const g = globalThis as unknown as { document: unknown; axe: { run: (ctx: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } };
    return g.axe.run(g.document);
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

// Reason for skipping: a fresh machine may lack Chromium; .ci/run installs it, so CI always runs this.
describe.skipIf(!HAS_CHROMIUM)(`a coordinator's day on the worklist, in a real browser${HAS_CHROMIUM ? '' : ` (${CHROMIUM_MISSING})`}`, () => {
  let product: BrowserProduct;
  let browser: Browser;
  let base: string;

  async function signIn(email: string, width = 1440): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await signInAsDemoUser(page, base, email);
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'attached' });
    return page;
  }
  const rowNames = async (page: Page) => (await page.getByTestId('account-row').locator('td:first-child').allTextContents()).sort();

  beforeAll(async () => {
    // 15:00 UTC on a Tuesday: 10:00 in Chicago, inside calling hours for the mainland.
    product = await startProductForBrowser({ env: { KINDLY_NOW: '2026-03-10T15:00:00Z', KINDLY_OUTREACH_PASS_SECONDS: '0' } });
    ({ browser, base } = product);
    // One outreach pass as the administrator: journeys open the call tasks the coordinator works.
    const cookie = await demoSessionCookie(base, 'admin@riverbend.example');
    const pass = await fetch(`${base}/api/v1/outreach/pass`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(pass.ok).toBe(true);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await product?.stop();
  });

  it('opens the queue, finds Martinez with or without the accent, says so when nothing matches, and opens the next best account (axe-clean, no raw codes)', async () => {
    const page = await signIn('coordinator@riverbend.example');
    await page.getByRole('heading', { name: 'Worklist' }).waitFor();
    await page.getByTestId('account-row').first().waitFor();
    // Raw codes never reach the page.
    const table = (await page.getByRole('table', { name: 'Worklist' }).textContent()) ?? '';
    expect(table).not.toMatch(/patient_due|PATIENT_DUE|policy_|reg_f_/);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/worklist-1440.png`, fullPage: false });

    const search = page.getByLabel('Search', { exact: true });
    await search.fill('Martinez');
    await page.waitForResponse((r) => r.url().includes('search=Martinez') && r.ok());
    await page.getByTestId('account-row').first().waitFor();
    const plain = await rowNames(page);
    expect(plain.length).toBeGreaterThan(0);
    for (const n of plain) expect(n).toMatch(/Mart[ií]nez/);
    await search.fill('Martínez');
    await page.waitForResponse((r) => r.url().includes(`search=${encodeURIComponent('Martínez')}`) && r.ok());
    expect(await rowNames(page)).toEqual(plain);

    await search.fill('Zzyzx Nobody');
    await page.getByText('No results').waitFor();
    expect(await page.getByText('No account matches "Zzyzx Nobody"').isVisible()).toBe(true);
    await search.fill('');

    const top = await page.evaluate(async () => ((await (await fetch('/api/v1/worklist?limit=1')).json()) as { items: Array<{ accountId: string }> }).items[0]!.accountId);
    await page.getByRole('button', { name: 'Next best account' }).click();
    await page.waitForURL(`**/workspace/accounts/${top}`);
    await page.getByRole('heading', { name: 'Ledger and statements' }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    const account = (await page.locator('main').textContent()) ?? '';
    expect(account).not.toMatch(/patient_due|insurance_pending|\bhold: /);
    await page.close();
  }, 180_000);

  it('completes a task with an outcome on the Tasks page, which passes axe', async () => {
    const page = await signIn('coordinator@riverbend.example');
    await page.getByRole('link', { name: 'Tasks' }).click();
    await page.getByRole('heading', { name: 'Tasks' }).waitFor();
    await page.getByTestId('task-row').first().waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/tasks-1440.png`, fullPage: false });

    const before = await page.evaluate(async () => ((await (await fetch('/api/v1/tasks?limit=200')).json()) as { items: Array<{ id: string }> }).items);
    const row = page.getByTestId('task-row').filter({ has: page.getByRole('button', { name: 'Complete' }) }).first();
    await row.getByLabel(/^Outcome:/).click();
    await page.getByRole('option', { name: 'No answer' }).click();
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/v1/tasks/'));
    await row.getByRole('button', { name: 'Complete' }).click();
    expect((await saved).status()).toBe(200);
    const after = await page.evaluate(async () => ((await (await fetch('/api/v1/tasks?limit=200')).json()) as { items: Array<{ id: string }> }).items);
    expect(after.length).toBe(before.length - 1);
    await page.close();
  });

  it('at 390 px the header does not cover the page, and the queue and tasks still read', async () => {
    const page = await signIn('coordinator@riverbend.example', 390);
    const heading = page.getByRole('heading', { name: 'Worklist' });
    await heading.waitFor();
    await page.getByTestId('account-row').first().waitFor();
    const header = (await page.locator('header').first().boundingBox())!;
    const title = (await heading.boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Whether to call is on the card itself, not off to the side.
    expect(await page.getByTestId('account-row').first().getByText(/Call now|Not before|Do not call/).first().isVisible()).toBe(true);
    // The filters fold away behind one button, so the queue starts on the first screen.
    const firstCard = (await page.getByTestId('account-row').first().boundingBox())!;
    expect(firstCard.y + firstCard.height).toBeLessThanOrEqual(900);
    expect(await page.getByRole('combobox', { name: 'Past due' }).count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/worklist-390.png`, fullPage: false });
    const toggle = page.getByRole('button', { name: 'Filters and saved views' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Spanish' }).click();
    await page.waitForResponse((r) => r.url().includes('language=es') && r.ok());
    await page.getByRole('button', { name: 'Hide filters' }).click();
    await page.getByRole('button', { name: 'Filters (1 on)' }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.goto(`${base}/tasks`);
    await page.getByRole('heading', { name: 'Tasks' }).waitFor();
    await page.getByTestId('task-row').first().waitFor();
    // On a phone tasks are cards: every action is reachable without scrolling sideways.
    expect(await page.getByTestId('task-row').first().getByRole('button', { name: 'Snooze' }).isVisible()).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/tasks-390.png`, fullPage: false });
    await page.close();
  });

  it('an access representative sees neither the worklist nor the tasks, and the API agrees', async () => {
    const page = await signIn('access@riverbend.example');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Front desk' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Worklist' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Tasks' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Find an account' }).count()).toBe(1);
    const status = await page.evaluate(async () => [(await fetch('/api/v1/worklist')).status, (await fetch('/api/v1/tasks')).status]);
    expect(status).toEqual([403, 403]);
    await page.goto(`${base}/tasks`);
    await page.getByText('This page is not part of your role').waitFor();
    await page.close();
  });
});
